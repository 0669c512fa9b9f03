import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const tsx = resolve(root, "node_modules/.bin/tsx");

/** Starts an entry point with only the given environment, as a fresh deployment would. */
function start(script: string[], env: Record<string, string | undefined>) {
  const { status, stderr } = spawnSync(tsx, ["--conditions=source", ...script], { cwd: root, env: { PATH: process.env.PATH!, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status, stderr };
}

describe("a process started without its secrets outside development", () => {
  it.each([
    ["the gateway", ["gateway/src/main.ts"], {}, ["AUTH_JWT_SECRET", "GATEWAY_SIGNING_KEY", "AUTH_ISSUER"]],
    ["the network subgraph", ["subgraphs/network/src/main.ts"], { DATABASE_URL: "postgres://127.0.0.1:1/none" }, ["GATEWAY_PUBLIC_KEY"]],
    ["a member subgraph", ["subgraphs/assens/src/main.ts"], { DATABASE_URL: "postgres://127.0.0.1:1/none" }, ["GATEWAY_PUBLIC_KEY"]],
  ])("refuses to start: %s names what is missing", (_what, script, env, missing) => {
    for (const mode of [{}, { NODE_ENV: "staging" }] as Record<string, string>[]) {
      const { status, stderr } = start(script, { ...env, ...mode });
      expect(status).toBe(78);
      for (const name of missing) expect(stderr).toContain(name);
    }
  });
});

describe("a process started with a log level it does not know", () => {
  it.each([
    ["the gateway", ["gateway/src/main.ts"]],
    ["a member subgraph", ["subgraphs/assens/src/main.ts"]],
  ])("refuses to start: %s names LOG_LEVEL", (_what, script) => {
    const { status, stderr } = start(script, { NODE_ENV: "development", DATABASE_URL: "postgres://127.0.0.1:1/none", LOG_LEVEL: "verbose" });
    expect(status).toBe(78);
    expect(stderr).toContain("LOG_LEVEL");
  });
});
