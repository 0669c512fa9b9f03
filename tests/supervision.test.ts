import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { processTree } from "@frikommune/bench/proc";
import { members } from "@frikommune/members";
import { createTestDatabase } from "./support/database.js";
import type { GraphQLResponse } from "./support/graph.js";
import { freePort, freePortRun } from "./support/ports.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const ROOT = resolve(import.meta.dirname, "..");
/** Waiting for what the stack does by itself; generous, as a loaded machine may be slow. */
const EVENTUALLY = { timeout: 120_000, interval: 250 };

let stack: ChildProcess;
let output = "";
let gatewayUrl = "";

/** Whether a process still runs (a zombie has ended: only its exit status is left). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};
const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
};
/** The process the stack runs a service's entry point in, e.g. `subgraphs/assens/src/main.ts`. */
const processOf = (entry: string) => processTree(stack.pid!).find((pid) => pid !== stack.pid && commandOf(pid).includes(entry));

async function ministry(): Promise<GraphQLResponse> {
  const response = await fetch(`${gatewayUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: MINISTRY_QUERY, variables: { first: 10 } }) });
  return (await response.json()) as GraphQLResponse;
}
const bySlug = (data: any): Record<string, any> => Object.fromEntries(data.municipalities.map((m: { slug: string }) => [m.slug, m]));

// The stack as `pnpm start` runs it (here from the sources: no build needed), on a database and ports of its own.
beforeAll(async () => {
  const port = await freePort();
  gatewayUrl = `http://127.0.0.1:${port}`;
  stack = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "packages/stack/src/start.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: await createTestDatabase(inject("databaseUrl")),
      PORT: String(port),
      SUBGRAPH_BASE_PORT: String(await freePortRun(members.length + 1)),
      // Every answer from the subgraphs themselves, none from the cache.
      GATEWAY_RESPONSE_CACHE: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  for (const stream of [stack.stdout!, stack.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await vi.waitFor(() => {
    if (stack.exitCode !== null) throw new Error(`the stack exited (${stack.exitCode}):\n${output}`);
    expect(output).toContain("supergraph ready");
  }, { timeout: 240_000, interval: 250 });
}, 300_000);

afterAll(() => {
  // Whatever a failed test left running.
  if (stack.pid && stack.exitCode === null) process.kill(-stack.pid, "SIGKILL");
});

describe("pnpm start supervises its services", () => {
  const member = members[0]!.slug;

  it("a member's process killed: the others answer at once, and the member is started again and answers by itself", { timeout: 180_000 }, async () => {
    const before = await ministry();
    expect(before.errors).toBeUndefined();
    const gateway = processOf("gateway/src/main.ts")!;
    const killed = processOf(`subgraphs/${member}/src/main.ts`)!;
    expect(killed).toBeDefined();

    process.kill(killed, "SIGKILL");
    await vi.waitFor(() => expect(alive(killed)).toBe(false), EVENTUALLY);
    const without = await ministry();
    expect(without.errors).toEqual([expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: member } })]);
    expect(bySlug(without.data)[member]).toMatchObject({ trials: null, trialSummary: null });
    expect({ ...bySlug(without.data), [member]: undefined }).toEqual({ ...bySlug(before.data), [member]: undefined });

    const again = await vi.waitFor(async () => {
      const answer = await ministry();
      expect(answer.errors).toBeUndefined();
      return answer;
    }, EVENTUALLY);
    expect(again.data).toEqual(before.data);
    const restarted = processOf(`subgraphs/${member}/src/main.ts`)!;
    expect(restarted).not.toBe(killed);
    expect(output).toContain(`${member} exited (SIGKILL); starting it again in 0.5 s`);
    expect(output).toContain(`${member} started again (pid ${restarted})`);
    // The rest of the stack served on: the same gateway process, and the stack itself.
    expect(processOf("gateway/src/main.ts")).toBe(gateway);
    expect(stack.exitCode).toBeNull();
  });

  it("stops on SIGTERM, leaving no process behind", { timeout: 60_000 }, async () => {
    const processes = processTree(stack.pid!);
    expect(processes.length).toBeGreaterThan(members.length + 2);
    const exited = new Promise<number | null>((done) => stack.once("exit", (code) => done(code)));
    stack.kill("SIGTERM");
    expect(await exited).toBe(0);
    // A loader's helper (esbuild) may take a moment to follow its process out; a service left behind stays.
    await vi.waitFor(() => expect(processes.filter(alive).map(commandOf)).toEqual([]), { timeout: 30_000, interval: 250 });
  });
});
