import { resolve } from "node:path";
import pg from "pg";
import { resolveDatabase } from "@frikommune/db/embedded";
import { ROOT } from "@frikommune/stack";

const NAME = "frikommune_bench";

/**
 * A fresh database for one benchmark run: on DATABASE_URL's server when set, else on an embedded
 * PostgreSQL of its own (`.data/bench-postgres`), so the data `pnpm start` keeps is never touched.
 */
export async function benchDatabase(serverUrl: string | null): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await resolveDatabase({ url: serverUrl, dataDir: resolve(ROOT, ".data/bench-postgres"), embeddedPort: 54330 });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${NAME}" with (force)`);
    await admin.query(`create database "${NAME}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${NAME}`;
  return { url: url.toString(), stop: server.stop };
}
