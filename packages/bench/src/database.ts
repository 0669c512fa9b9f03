import { resolve } from "node:path";
import { maxConnectionsFor } from "@frikommune/config";
import { withClient } from "@frikommune/db";
import { resolveDatabase } from "@frikommune/db/embedded";
import { subgraphs } from "@frikommune/members";
import { ROOT } from "@frikommune/stack";

const NAME = "frikommune_bench";

/**
 * The server benchmarks run on: DATABASE_URL's when set, else an embedded PostgreSQL of their own
 * (`.data/bench-postgres`), so the data `pnpm start` keeps is never touched. Sized for two of the
 * project's gateways (cache on and off) beside `subgraphCount` subgraphs; the stock ones hold no connection.
 */
export function benchServer(serverUrl: string | null, subgraphCount = subgraphs().length): Promise<{ url: string; stop(): Promise<void> }> {
  const maxConnections = maxConnectionsFor({ subgraphs: subgraphCount, subgraphReplicas: 1, gatewayReplicas: 2 });
  return resolveDatabase({ url: serverUrl, dataDir: resolve(ROOT, ".data/bench-postgres"), embeddedPort: 54330, maxConnections });
}

/** A fresh database for one benchmark run, on the bench server. */
export async function benchDatabase(serverUrl: string | null): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await benchServer(serverUrl);
  await withClient(server.url, async (admin) => {
    await admin.query(`drop database if exists "${NAME}" with (force)`);
    await admin.query(`create database "${NAME}"`);
  });
  const url = new URL(server.url);
  url.pathname = `/${NAME}`;
  return { url: url.toString(), stop: server.stop };
}
