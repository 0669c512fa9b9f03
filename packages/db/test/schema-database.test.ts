import { afterAll, describe, expect, inject, it } from "vitest";
import { defineEntity, p } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import pg from "pg";
import { openSchemaDatabase, sqlStatementCount } from "../src/index.js";

class CreateNote extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table note (id integer primary key, body text not null)");
  }
}

const Note = defineEntity({ name: "Note", tableName: "note", properties: { id: p.integer().primary(), body: p.text() } });

const opened: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(opened.map((o) => o.close())));

async function open(schema: string) {
  const orm = await openSchemaDatabase({ url: inject("databaseUrl"), schema, entities: [Note], migrations: [{ name: "0001-note", class: CreateNote }] });
  opened.push(orm);
  return orm;
}

describe("a subgraph's own schema", () => {
  const schema = `db_test_${Math.random().toString(36).slice(2, 8)}`;

  it("is created and migrated once, however often it is opened", async () => {
    await open(schema);
    await open(schema);
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const tables = await client.query("select table_name from information_schema.tables where table_schema = $1 order by 1", [schema]);
      expect(tables.rows.map((r) => r.table_name)).toEqual(["note", "schema_migrations"]);
      const applied = await client.query(`select name from "${schema}".schema_migrations`);
      expect(applied.rows.map((r) => r.name)).toEqual(["0001-note"]);
    } finally {
      await client.end();
    }
  });

  it("resolves unqualified names inside the schema and counts every statement", async () => {
    const orm = await open(schema);
    const before = sqlStatementCount();
    await orm.em.getConnection().execute("insert into note (id, body) values (1, 'x') on conflict do nothing");
    const rows = await orm.em.getConnection().execute("select body from note");
    expect(rows).toEqual([{ body: "x" }]);
    expect(sqlStatementCount() - before).toBe(2);
  });
});

describe("replicas of a service starting together on a fresh database", () => {
  const schema = `db_test_${Math.random().toString(36).slice(2, 8)}`;

  it("take turns: the schema is migrated and its data prepared once, and every replica starts", async () => {
    let inside = 0;
    let most = 0;
    const prepare = async (orm: { em: { getConnection(): { execute(sql: string): Promise<unknown> } } }) => {
      most = Math.max(most, ++inside);
      // Reads, then writes what is missing, as a seed does: two at once would both insert.
      const rows = (await orm.em.getConnection().execute("select count(*)::int as n from note")) as { n: number }[];
      await new Promise((r) => setTimeout(r, 100));
      if (rows[0]!.n === 0) await orm.em.getConnection().execute("insert into note (id, body) values (1, 'seeded')");
      inside--;
    };
    const replicas = await Promise.all(
      [1, 2, 3].map(() => openSchemaDatabase({ url: inject("databaseUrl"), schema, entities: [Note], migrations: [{ name: "0001-note", class: CreateNote }], prepare })),
    );
    opened.push(...replicas);
    expect(most).toBe(1);
    expect(await replicas[0]!.em.getConnection().execute("select body from note")).toEqual([{ body: "seeded" }]);
  });
});
