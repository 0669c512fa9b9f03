import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded.js";

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * The database every process of the graph uses: DATABASE_URL when set, otherwise a local
 * embedded PostgreSQL under `.data/postgres` (started here, reused between runs).
 */
export async function resolveDatabase(dataDir = ".data/postgres"): Promise<EmbeddedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT) });
}
