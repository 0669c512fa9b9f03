import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { members, network } from "@frikommune/members";
import { createTestDatabase } from "../../support/database.js";
import { freePort, freePortRun } from "../../support/ports.js";
import { startThrowawayPostgres } from "../../support/throwaway-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app as `pnpm start` serves it, in development mode. */
    webUrl: string;
    /** Each subgraph's address in that stack, by name. */
    subgraphUrls: Record<string, string>;
    /** Its database. */
    webDatabaseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, "../../..");

async function database(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: await createTestDatabase(process.env.DATABASE_URL), stop: async () => {} };
  const cluster = await startThrowawayPostgres();
  return { url: await createTestDatabase(cluster.url), stop: () => cluster.stop() };
}

function waitForReady(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the stack did not start in time:\n${output()}`)), 240_000);
    child.stdout!.on("data", () => {
      if (output().includes("supergraph ready")) {
        clearTimeout(timer);
        done();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`the stack exited (${code}):\n${output()}`));
    });
  });
}

/**
 * The browser tests' stack, started as `pnpm start` starts it (compiled, plain `node`, one
 * process per service, development mode for the sign-in picker) on a database of its own and on
 * ports of its own, so it runs beside a developer's `pnpm start`.
 */
export default async function setup(project: TestProject) {
  const db = await database();
  const port = await freePort();
  const base = await freePortRun(members.length + 1);
  let output = "";
  const child = spawn(process.execPath, [join(ROOT, "packages/stack/dist/start.js")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: db.url, PORT: String(port), SUBGRAPH_BASE_PORT: String(base) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForReady(child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    await db.stop();
    throw error;
  }
  const names = [network.name, ...members.map((m) => m.slug)];
  project.provide("webUrl", `http://127.0.0.1:${port}`);
  project.provide("subgraphUrls", Object.fromEntries(names.map((name, i) => [name, `http://127.0.0.1:${base + i}/graphql`])));
  project.provide("webDatabaseUrl", db.url);
  return async () => {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    await db.stop();
  };
}
