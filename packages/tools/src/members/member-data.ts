// A leaving member's data: every table of its PostgreSQL schema as JSON, and dropping the schema.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import pg from "pg";
import { withClient } from "@frikommune/db";

export interface SchemaExport {
  schema: string;
  exportedAt: string;
  /** Every row of every table, by table name, as PostgreSQL writes a row as JSON. */
  tables: Record<string, unknown[]>;
}

/** Every table of `schema` with all its rows, read in one snapshot; null when the database has no such schema. */
export function exportSchema(url: string, schema: string): Promise<SchemaExport | null> {
  return withClient(url, async (client) => {
    await client.query("begin isolation level repeatable read read only");
    try {
      const { rows: [found] } = await client.query("select to_regnamespace($1) is not null as present", [schema]);
      if (!found.present) return null;
      const { rows: tables } = await client.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by table_name", [schema]);
      const exported: SchemaExport = { schema, exportedAt: new Date().toISOString(), tables: {} };
      for (const { name } of tables) {
        const table = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
        const { rows: [all] } = await client.query(`select coalesce(json_agg(row_to_json(t)), '[]'::json) as rows from ${table} t`);
        exported.tables[name] = all.rows;
      }
      return exported;
    } finally {
      await client.query("rollback");
    }
  });
}

/** Writes an export to `file`, making its folder. */
export async function writeExport(file: string, exported: SchemaExport): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(exported, null, 2)}\n`, { mode: 0o600 });
}

/** Drops `schema` with everything in it; false when there was none. */
export function dropSchema(url: string, schema: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows: [found] } = await client.query("select to_regnamespace($1) is not null as present", [schema]);
    if (!found.present) return false;
    await client.query(`drop schema ${pg.escapeIdentifier(schema)} cascade`);
    return true;
  });
}
