import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from "@mikro-orm/core";
import { Migrator, type Migration } from "@mikro-orm/migrations";
import { MikroORM, type EntitySchema } from "@mikro-orm/postgresql";
import { countSqlStatement } from "./statements.js";

export type MigrationClass = new (...args: any[]) => Migration;

export interface SchemaDatabaseOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; its tables and migration log live there. */
  schema: string;
  entities: EntitySchema<any, any>[];
  migrations: { name: string; class: MigrationClass }[];
}

/** Counts every statement; prints them only when FRIKOMMUNE_SQL_LOG is set. */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    countSqlStatement();
    if (process.env.FRIKOMMUNE_SQL_LOG) super.logQuery(context);
  }
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === "query" || super.isEnabled(namespace, context);
  }
}

/** Opens a connection pool confined to one schema and brings that schema up to date. */
export async function openSchemaDatabase(options: SchemaDatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    // Unqualified names in migrations and raw SQL resolve inside the subgraph's own schema.
    driverOptions: { options: `-c search_path="${options.schema}"` },
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    debug: ["query"],
    loggerFactory: (o: LoggerOptions) => new CountingLogger(o),
    allowGlobalContext: false,
    pool: { min: 0, max: 5 },
    migrations: {
      tableName: "schema_migrations",
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
  await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  await orm.migrator.up();
  return orm;
}
