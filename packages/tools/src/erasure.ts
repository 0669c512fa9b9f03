import { randomUUID } from "node:crypto";
import pg from "pg";
import { AUDIT_KEY_QUERY, pseudonymOf } from "@frikommune/db";
import { deployables, network } from "@frikommune/members";

/** Whom to erase: a person by the identity provider's subject (`sub`), or by the name writes gave them as a group member or invitee. */
export type Person = { subject: string } | { name: string };

/** What one subgraph's schema held of the person, by kind, all erased now. */
export interface SchemaErasure {
  service: string;
  schema: string;
  /** Rows changed, by kind; empty when the schema held nothing of the person. */
  erased: Record<string, number>;
  /** Why the schema was not looked at. */
  skipped?: "missing" | "not migrated";
}

export interface Erasure {
  /** The erasure's id, the same in each schema's record of it. */
  id: string;
  schemas: SchemaErasure[];
}

/** The schemas that can hold the person: every subgraph's (subjects author audit entries everywhere), the network's alone for a name. */
export function erasureServices(person: Person, service?: string): { service: string; schema: string }[] {
  const subgraphs = deployables().filter((d) => d.kind === "subgraph");
  const holders = "name" in person ? subgraphs.filter((d) => d.name === network.name) : subgraphs;
  if (service === undefined) return holders.map((d) => ({ service: d.name, schema: d.schema }));
  const chosen = holders.find((d) => d.name === service);
  if (!chosen) {
    const known = deployables().some((d) => d.name === service);
    throw new RangeError(known ? `${service} holds nothing this erasure removes; choose one of ${holders.map((d) => d.name).join(", ")}` : `${JSON.stringify(service)} is not a service of the graph`);
  }
  return [{ service: chosen.name, schema: chosen.schema }];
}

/** The value with every string equal to `name` gone: null in place of a value, left out of a list. */
function without(value: unknown, name: string): unknown {
  if (value === name) return null;
  if (Array.isArray(value)) return value.filter((v) => v !== name).map((v) => without(v, name));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, without(v, name)]));
  return value;
}

type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

async function eraseSubject(query: Query, subject: string): Promise<Record<string, number>> {
  const key: Buffer = (await query(AUDIT_KEY_QUERY)).rows[0].key;
  const entries = await query("update audit_entry set author = null where author = $1", [pseudonymOf(key, subject)]);
  return { auditEntries: entries.rowCount ?? 0 };
}

/** The network's fields that name people, as its writes fill them, and every audit entry that repeats the name. */
async function eraseName(query: Query, name: string): Promise<Record<string, number>> {
  const groupMembers = await query("update group_member set name = null, updated_at = now() where name = $1", [name]);
  const themeDays = await query("update theme_day set invited = array_remove(invited, $1), updated_at = now() where $1 = any(invited)", [name]);
  const { rows } = await query(`select id, changes from audit_entry where jsonb_path_exists(changes, '$.** ? (@ == $name)', jsonb_build_object('name', $1::text))`, [name]);
  for (const row of rows) await query("update audit_entry set changes = $2 where id = $1", [row.id, JSON.stringify(without(row.changes, name))]);
  return { groupMembers: groupMembers.rowCount ?? 0, themeDays: themeDays.rowCount ?? 0, auditEntries: rows.length };
}

/** One schema, in one transaction: the person's data erased, and the erasure recorded without naming them. */
async function eraseIn(client: pg.Client, schema: string, person: Person, erasureId: string): Promise<Pick<SchemaErasure, "erased" | "skipped">> {
  const query: Query = (text, values) => client.query(text, values);
  await query("begin");
  try {
    const { rows: [found] } = await query("select to_regnamespace($1) is not null as schema, to_regclass($2) is not null as migrated", [schema, `"${schema}".audit_key`]);
    if (!found.schema || !found.migrated) {
      await query("rollback");
      return { erased: {}, skipped: found.schema ? "not migrated" : "missing" };
    }
    // Unqualified names resolve inside the schema, as they do for its subgraph.
    await query(`set local search_path = "${schema}"`);
    const counts = "subject" in person ? await eraseSubject(query, person.subject) : await eraseName(query, person.name);
    const erased = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    if (Object.keys(erased).length) {
      const changes = Object.fromEntries(Object.entries(erased).map(([kind, n]) => [kind, { before: n, after: 0 }]));
      await query(
        `insert into audit_entry (id, author, role, municipality, entity_type, entity_id, action, changes) values ($1, null, 'operator', null, 'Person', $2, 'erase', $3)`,
        [randomUUID(), erasureId, JSON.stringify(changes)],
      );
    }
    await query("commit");
    return { erased };
  } catch (error) {
    await query("rollback").catch(() => {});
    throw error;
  }
}

/**
 * Erases a person from the graph's schemas on `databaseUrl` (all of them, or one service's): by
 * subject, the authorship of every audit entry they made, so their pseudonym is gone and cannot be
 * made again from what is left; by name, the name wherever the network's writes put it. Each schema
 * that held something records an `erase` entry with the counts alone. Running it again changes nothing.
 */
export async function erasePerson(databaseUrl: string, person: Person, options: { service?: string } = {}): Promise<Erasure> {
  const services = erasureServices(person, options.service);
  const id = randomUUID();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const schemas: SchemaErasure[] = [];
    for (const { service, schema } of services) schemas.push({ service, schema, ...(await eraseIn(client, schema, person, id)) });
    return { id, schemas };
  } finally {
    await client.end();
  }
}
