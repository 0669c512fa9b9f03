import { afterAll, describe, expect, inject, it } from "vitest";
import { Migration } from "@mikro-orm/migrations";
import { AuditEntryEntity, openSchemaDatabase, spentTokens, SPENT_TOKEN_TABLE_SQL } from "../src/index.js";

class CreateSpentTokens extends Migration {
  override async up(): Promise<void> {
    for (const sql of SPENT_TOKEN_TABLE_SQL) this.addSql(sql);
  }
}

const schema = `spent_test_${Math.random().toString(36).slice(2, 8)}`;
const opened: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(opened.map((o) => o.close())));

/** One replica of a subgraph: its own connection pool on the shared schema. */
async function replica() {
  const orm = await openSchemaDatabase({ url: inject("databaseUrl"), schema, entities: [AuditEntryEntity], migrations: [{ name: "0001-spent-tokens", class: CreateSpentTokens }] });
  opened.push(orm);
  return orm;
}
const inAMinute = () => new Date(Date.now() + 60_000);

describe("the spent gateway tokens of a subgraph", () => {
  it("take a token once, at whichever replica it comes to first", async () => {
    const [one, other] = [spentTokens(await replica()), spentTokens(await replica())];
    expect(await one.spend("token-1", inAMinute())).toBe(true);
    expect(await one.spend("token-1", inAMinute())).toBe(false);
    expect(await other.spend("token-1", inAMinute())).toBe(false);
    expect(await other.spend("token-2", inAMinute())).toBe(true);
  });

  it("take a token once when it comes to every replica at the same moment", async () => {
    const replicas = await Promise.all([1, 2, 3].map(async () => spentTokens(await replica())));
    const taken = await Promise.all(replicas.flatMap((r) => [r.spend("token-3", inAMinute()), r.spend("token-3", inAMinute())]));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it("forget a token a minute after it expired, and keep the ones still valid", async () => {
    const orm = await replica();
    const connection = orm.em.getConnection();
    await connection.execute("insert into spent_token (id, expires_at) values ('long-expired', now() - interval '2 minutes'), ('just-expired', now() - interval '10 seconds')");
    // A replica sweeps with its first spend, and then once a minute.
    expect(await spentTokens(orm).spend("token-4", inAMinute())).toBe(true);
    const left = (await connection.execute("select id from spent_token order by id")) as { id: string }[];
    expect(left.map((r) => r.id)).toEqual(["just-expired", "token-1", "token-2", "token-3", "token-4"]);
  });
});
