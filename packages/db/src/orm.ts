import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from "@mikro-orm/core";
import { Migrator, type Migration } from "@mikro-orm/migrations";
import { MikroORM, type EntitySchema } from "@mikro-orm/postgresql";
import pg, { type Pool, type PoolClient } from "pg";
import { countSqlStatement } from "./statements.js";
import { createSchemaSql } from "./schema.js";
import { traceQueries } from "./traced-queries.js";
import { watchPool } from "@frikommune/telemetry";

/** How long a query waits for a connection, new or from the pool. */
const CONNECT_TIMEOUT_MS = 10_000;

export type MigrationClass = new (...args: any[]) => Migration;

export interface SchemaDatabaseOptions {
  url: string;
  /**
   * PostgreSQL itself when `url` goes through a transaction pooler: the migration lock is a
   * session's, which a pooler would hand to other clients between statements.
   */
  directUrl?: string | null;
  /** Connections the pool may hold at once (a subgraph's DATABASE_POOL_MAX); 5 by default. */
  poolMax?: number;
  /** The PostgreSQL schema this subgraph owns; its tables and migration log live there. */
  schema: string;
  entities: EntitySchema<any, any>[];
  migrations: { name: string; class: MigrationClass }[];
  /** Print every SQL statement (FRIKOMMUNE_SQL_LOG). */
  sqlLog?: boolean;
  /** Brings the data up to date after the migrations (a subgraph's seed), under the same lock. */
  prepare?: (orm: MikroORM) => Promise<void>;
}

/**
 * Replicas of a service starting together take turns: one migrates and seeds the schema while
 * the others wait, then find it done. The lock is PostgreSQL's, held by a session of its own, so
 * it is released however the work ends, the process's death included.
 */
async function exclusively<T>(url: string, schema: string, work: () => Promise<T>): Promise<T> {
  const session = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await session.connect();
  try {
    await session.query("select pg_advisory_lock(hashtext($1))", [`frikommune schema ${schema}`]);
    return await work();
  } finally {
    await session.end();
  }
}

/** Counts every statement; prints them only when asked to. */
class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly print: boolean) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    countSqlStatement();
    if (this.print) super.logQuery(context);
  }
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === "query" || super.isEnabled(namespace, context);
  }
}

/**
 * Gives a connection the server closed back to the pool at once, whoever holds it. Kysely keeps a
 * connection checked out for good when `begin`, `commit` or `rollback` fails on it, so each write
 * caught by a dropped connection would shrink the pool until every request waits forever.
 */
function releaseClosedConnections(pool: Pool): void {
  const checkedOut = new WeakSet<PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("connect", (client) => {
    client.once("end", () => {
      if (!checkedOut.has(client)) return;
      const release = client.release;
      // Its holder may still release it; the pool must not see a second release.
      client.release = () => {};
      release(new Error("connection closed by the server"));
    });
  });
}

/** Opens a connection pool confined to one schema and brings that schema (and with `prepare`, its data) up to date. */
export async function openSchemaDatabase(options: SchemaDatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    driverOptions: {
      // Unqualified names in migrations and raw SQL resolve inside the subgraph's own schema. A
      // pooler may drop this startup option; then its role's default, "$user", is the same schema
      // (a service's role and its schema share its name, deployables() in the registry).
      options: `-c search_path="${options.schema}"`,
      onPoolCreated: (pool: Pool) => {
        releaseClosedConnections(pool);
        watchPool(options.schema, pool);
        traceQueries(pool, options.schema);
      },
      // A database that cannot be reached fails a request (and `/ready`) rather than holding it forever.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    },
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    debug: ["query"],
    loggerFactory: (o: LoggerOptions) => new CountingLogger(o, options.sqlLog ?? false),
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax ?? 5 },
    migrations: {
      tableName: "schema_migrations",
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
  await exclusively(options.directUrl ?? options.url, options.schema, async () => {
    await orm.em.getConnection().execute(createSchemaSql(options.schema));
    await orm.migrator.up();
    await options.prepare?.(orm);
  });
  return orm;
}
