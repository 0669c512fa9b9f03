import type pg from "pg";
import { DOCUMENTED_MEMBERS } from "@frikommune/subgraph-network";

/**
 * The seeded tables (those with a uuid `id`) of `schemas`, and every row of them that has no
 * source, as "schema.table id". A member that joined after the documents is the one row they
 * cannot source.
 */
export async function unsourcedRows(client: pg.Client, schemas: string[]): Promise<{ tables: number; unsourced: string[] }> {
  const { rows: tables } = await client.query<{ schema: string; table: string }>(
    `select table_schema as schema, table_name as table from information_schema.columns
     where column_name = 'id' and data_type = 'uuid' and table_schema = any($1) and table_name <> 'audit_entry'
     order by 1, 2`,
    [schemas],
  );
  const unsourced: string[] = [];
  for (const { schema, table } of tables) {
    const documented = schema === "network" && table === "member" ? "and x.slug = any($1)" : "";
    const { rows } = await client.query(
      `select x.id from "${schema}"."${table}" x where not exists (select 1 from "${schema}".source s where s.entity_id = x.id) ${documented}`,
      documented ? [DOCUMENTED_MEMBERS] : [],
    );
    unsourced.push(...rows.map((r) => `${schema}.${table} ${r.id}`));
  }
  return { tables: tables.length, unsourced };
}
