import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded.js";

/**
 * The database every process of the graph uses: `url` when given, otherwise a local embedded
 * PostgreSQL in `dataDir` (started here, reused between runs).
 */
export async function resolveDatabase(options: { url: string | null; dataDir: string; embeddedPort: number; maxConnections?: number }): Promise<EmbeddedDatabase> {
  if (options.url) return { url: options.url, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, maxConnections: options.maxConnections });
}
