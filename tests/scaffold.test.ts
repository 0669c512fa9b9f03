import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "./support/database.js";

const repo = resolve(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "frikommune-scaffold-"));
let stack: ChildProcess | undefined;

afterAll(async () => {
  if (stack?.pid && stack.exitCode === null) {
    const exited = new Promise((r) => stack!.once("exit", r));
    process.kill(-stack.pid, "SIGINT");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (stack.exitCode === null) process.kill(-stack.pid, "SIGKILL");
  }
  rmSync(copy, { recursive: true, force: true });
});

const sh = (command: string, args: string[]) => execFileSync(command, args, { cwd: copy, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// `pnpm start` builds first, the web app included, perhaps beside the browser tests on two cores.
async function waitFor(url: string, deadline = Date.now() + 280_000) {
  while (Date.now() < deadline) {
    if (stack?.exitCode != null) throw new Error("pnpm start exited");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

describe("a municipality joining the network", () => {
  it("is scaffolded, registered and composed by one command, touching nothing else", { timeout: 300_000 }, () => {
    // The working tree as it is: a tracked file deleted in it stays deleted in the copy.
    for (const file of sh("git", ["-C", repo, "ls-files", "--cached", "--others", "--exclude-standard"]).split("\n").filter(Boolean)) {
      if (existsSync(join(repo, file))) cpSync(join(repo, file), join(copy, file), { recursive: true });
    }
    sh("git", ["init", "-q"]);
    sh("git", ["add", "-A"]);
    sh("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "before"]);
    sh("pnpm", ["install", "--offline", "--frozen-lockfile", "--silent"]);

    sh("pnpm", ["--silent", "create-municipality", "odsherred", "Odsherred"]);

    const changed = sh("git", ["status", "--porcelain", "--untracked-files=all"]).split("\n").filter(Boolean).map((l) => l.slice(3)).sort();
    expect(changed).toEqual([
      "gateway/api-schema.graphql",
      "gateway/supergraph.graphql",
      "packages/members/src/index.ts",
      "pnpm-lock.yaml",
      "subgraphs/odsherred/package.json",
      "subgraphs/odsherred/src/data.ts",
      "subgraphs/odsherred/src/main.ts",
      "subgraphs/odsherred/src/module.ts",
      "subgraphs/odsherred/test/module.test.ts",
      "subgraphs/odsherred/tsconfig.build.json",
    ]);
    expect(sh("pnpm", ["--silent", "typecheck"])).toBe("");
    expect(sh("pnpm", ["--silent", "compose:check"])).toContain("up to date");
    expect(sh("pnpm", ["--silent", "schema:check"])).toContain("matches the published one");
  });

  it("answers every interface field after pnpm start", { timeout: 300_000 }, async () => {
    const databaseUrl = await createTestDatabase(inject("databaseUrl"));
    stack = spawn("pnpm", ["--silent", "start"], { cwd: copy, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "4090" }, stdio: "ignore", detached: true });
    await waitFor("http://127.0.0.1:4090/health");
    await waitFor("http://127.0.0.1:4106/health");
    const response = await fetch("http://127.0.0.1:4090/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ municipality(slug: "odsherred") { __typename name councils { id } policies { id } trials { totalCount nodes { id } } trialSummary { total } } municipalities { slug } }` }),
    });
    const { data, errors } = (await response.json()) as { data: any; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual({
      __typename: "OdsherredMunicipality",
      name: "Odsherred",
      councils: [],
      policies: [],
      trials: { totalCount: 0, nodes: [] },
      trialSummary: { total: 0 },
    });
    expect(data.municipalities.map((m: { slug: string }) => m.slug)).toContain("odsherred");
  });
});
