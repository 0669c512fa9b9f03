import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openSchemaDatabase } from "@frikommune/db";
import { stableId } from "@frikommune/municipality-kit";
import { network } from "@frikommune/members";
import type { RunningServer } from "@frikommune/service";
import { erasePerson } from "@frikommune/tools";
import { DOCUMENTED_MEMBERS, networkEntities, networkMigrations, startNetworkSubgraph } from "@frikommune/subgraph-network";
import { createTestDatabase, withClient } from "./support/database.js";
import { subgraphConfig } from "./support/graph.js";

/**
 * A database the first build seeded (invented theme days, a challenge tied to one, the mayors in the
 * political anchoring, one steering-group seat per member, Assens' decision as taken, d) as decided)
 * and then used, brought up to date by the network subgraph's next start.
 */
const id = (...parts: string[]) => stableId("network", ...parts);
const slugs = ["holbaek", "assens", "nordfyn", "ringkobing-skjern", "slagelse"];
const WRITTEN_CHALLENGE = "00000000-0000-4000-8000-000000000001";
/** A steering-group member a coordinator added by name and removed again through the API, before the upgrade. */
const REMOVED_MEMBER = "00000000-0000-4000-8000-000000000002";
const REMOVER = "koordinator@example.invalid";

let databaseUrl: string;
let running: RunningServer | undefined;
const sql = <T = any>(text: string, values: unknown[] = []) => withClient(databaseUrl, async (c) => (await c.query(text, values)).rows as T[]);

beforeAll(async () => {
  databaseUrl = await createTestDatabase(inject("databaseUrl"));
  const orm = await openSchemaDatabase({ url: databaseUrl, schema: "network", entities: networkEntities, migrations: networkMigrations.slice(0, 3) });
  await orm.close();
  const days = ["temadag-2017", "temadag-2018", "temadag-2019"];
  await withClient(databaseUrl, async (c) => {
    await c.query("set search_path = network");
    for (const key of days) {
      await c.query(`insert into theme_day (id, key, title, held_on, description, invited) values ($1, $2, $3, $4, 'Årlig temadag', '{De fem borgmestre}')`,
        [id("theme-day", key), key, `Temadag ${key.slice(-4)}`, key.slice(-4)]);
    }
    await c.query(`insert into challenge (id, theme_day_id, municipality_slug, title, description) values ($1, $2, 'assens', 'Lokalrådene som arena for nye forsøg', 'Seedet')`,
      [id("theme-day", "temadag-2017", "challenge", "assens", "Lokalrådene som arena for nye forsøg"), id("theme-day", "temadag-2017")]);
    // A coordinator brought a challenge to the 2018 day: the day stays, and so does the challenge.
    await c.query(`insert into challenge (id, theme_day_id, municipality_slug, title, description) values ($1, $2, 'slagelse', 'Tomme butikker', 'Bragt')`,
      [WRITTEN_CHALLENGE, id("theme-day", "temadag-2018")]);
    await c.query(`insert into audit_entry (id, subject, role, municipality, entity_type, entity_id, action, changes)
      values (gen_random_uuid(), 'dev-coordinator', 'coordinator', 'slagelse', 'Challenge', $1, 'bring', '{}')`, [WRITTEN_CHALLENGE]);
    for (const [position, key, kind] of [[0, "politisk-forankring", "POLITICAL_ANCHORING"], [1, "tvaerkommunal-styregruppe", "STEERING_GROUP"]] as const) {
      await c.query(`insert into network_group (id, key, position, name, kind, mandate, optional) values ($1, $2, $3, $2, $4, 'Gammel', false)`, [id("group", key), key, position, kind]);
    }
    const seats = [...slugs.map((s) => ["politisk-forankring", s, "Byråd"]), ...slugs.map((s) => ["politisk-forankring", s, "Borgmester"]), ...slugs.map((s) => ["tvaerkommunal-styregruppe", s, "Chef/direktør"])];
    const positions = new Map<string, number>();
    for (const [group, slug, role] of seats) {
      const position = positions.get(group!) ?? 0;
      positions.set(group!, position + 1);
      await c.query(`insert into group_member (id, group_id, position, municipality_slug, role) values ($1, $2, $3, $4, $5)`, [id("group", group!, "member", String(position)), id("group", group!), position, slug, role]);
    }
    await c.query(`insert into group_member (id, group_id, position, municipality_slug, role, name, deleted_at, updated_at)
      values ($1, $2, 5, 'nordfyn', 'Sekretær', 'Jens Eksempel', now() - interval '1 day', now() - interval '1 day')`,
      [REMOVED_MEMBER, id("group", "tvaerkommunal-styregruppe")]);
    for (const [action, changes] of [["add", { name: { before: null, after: "Jens Eksempel" } }], ["remove", { name: { before: "Jens Eksempel", after: null } }]] as const) {
      await c.query(`insert into audit_entry (id, subject, role, entity_type, entity_id, action, changes) values (gen_random_uuid(), $1, 'network-coordinator', 'GroupMember', $2, $3, $4)`,
        [REMOVER, REMOVED_MEMBER, action, changes]);
    }
    await c.query(`insert into member (id, slug, name, position, membership_condition, condition_decided_on) values ($1, 'assens', 'Assens', 1, 'Forudsætter byrådets beslutning', '2016-06-01')`, [id("member", "assens")]);
    await c.query(`insert into common_exemption (id, code, title, description, legal_area, decision, decided_on, decision_note) values
      ($1, 'D', 'Forsikring af frivillige', 'x', 'x', 'NO_LEGAL_BASIS', '2016-04', 'Ingen lovhjemmel'),
      ($2, 'B', 'Frivilligt ulønnet arbejde', 'x', 'x', 'GRANTED', '2017-03-01', 'Godkendt')`, [id("exemption", "D"), id("exemption", "B")]);
    // B's decision was recorded through the API; the documents' correction must not overwrite it.
    await c.query(`insert into audit_entry (id, subject, role, entity_type, entity_id, action, changes)
      values (gen_random_uuid(), 'dev-network-coordinator', 'network-coordinator', 'CommonExemption', $1, 'recordDecision', '{}')`, [id("exemption", "B")]);
  });
  running = await startNetworkSubgraph(subgraphConfig(databaseUrl));
});

afterAll(async () => {
  await running?.stop();
});

describe("upgrading a database the first build seeded", () => {
  it("removes the invented theme days and their seeded challenge, keeping the day a coordinator brought a challenge to", async () => {
    expect(await sql(`select key from network.theme_day order by key`)).toEqual([{ key: "temadag-2018" }]);
    expect(await sql(`select id from network.challenge where theme_day_id is not null`)).toEqual([{ id: WRITTEN_CHALLENGE }]);
    const stated = await sql(`select municipality_slug from network.challenge where theme_day_id is null order by 1`);
    expect(stated.map((r) => r.municipality_slug)).toEqual(["holbaek", "nordfyn", "ringkobing-skjern"]);
  });

  it("moves the mayors to their own group and retires unsupported seats as tombstones", async () => {
    const seats = await sql(`select g.key, m.role, m.deleted_at is not null as removed, count(*)::int as n from network.group_member m
      join network.network_group g on g.id = m.group_id where g.key in ('politisk-forankring', 'tvaerkommunal-styregruppe', 'borgmestrenes-erfaringsudveksling')
      group by 1, 2, 3 order by 1, 2, 3`);
    expect(seats).toEqual([
      { key: "borgmestrenes-erfaringsudveksling", role: "Borgmester", removed: false, n: 5 },
      { key: "politisk-forankring", role: "Byråd", removed: false, n: 5 },
      { key: "politisk-forankring", role: null, removed: true, n: 5 },
      { key: "tvaerkommunal-styregruppe", role: null, removed: true, n: 6 },
    ]);
  });

  it("keeps only the id and the time of every tombstone, stamped as changed so mirrors clear their copies", async () => {
    const tombstones = await sql(`select id, role, name, municipality_slug, updated_at > now() - interval '1 hour' as restamped,
      exists (select 1 from network.source s where s.entity_id = m.id) as sourced from network.group_member m where deleted_at is not null order by id`);
    expect(tombstones.length).toBe(11);
    expect(tombstones).toEqual(tombstones.map((t) => ({ id: t.id, role: null, name: null, municipality_slug: null, restamped: true, sourced: false })));
  });

  it("keeps no subject in the audit trail: each author becomes a pseudonym, the same for one person's writes", async () => {
    const columns = await sql(`select column_name from information_schema.columns where table_schema = 'network' and table_name = 'audit_entry'`);
    expect(columns.map((c) => c.column_name)).not.toContain("subject");
    const entries = await sql(`select entity_id, action, author, changes from network.audit_entry order by entity_id, action`);
    expect(JSON.stringify(entries)).not.toContain(REMOVER);
    const removal = entries.filter((e) => e.entity_id === REMOVED_MEMBER);
    expect(removal).toEqual([
      { entity_id: REMOVED_MEMBER, action: "add", author: expect.stringMatching(/^[\w-]{22}$/), changes: { name: { before: null, after: "Jens Eksempel" } } },
      { entity_id: REMOVED_MEMBER, action: "remove", author: removal[0]!.author, changes: { name: { before: "Jens Eksempel", after: null } } },
    ]);
    expect(new Set(entries.map((e) => e.author)).size).toBe(3);
  });

  it("lets the author of entries from before the upgrade be erased by subject", async () => {
    const erasure = await erasePerson(databaseUrl, { subject: REMOVER }, { service: network.name });
    expect(erasure.schemas).toEqual([{ service: network.name, schema: "network", erased: { auditEntries: 2 } }]);
    expect(await sql(`select action, author from network.audit_entry where entity_id = $1 order by action`, [REMOVED_MEMBER])).toEqual([
      { action: "add", author: null },
      { action: "remove", author: null },
    ]);
  });

  it("corrects unedited facts and keeps what a write recorded", async () => {
    expect(await sql(`select condition_decided_on, condition_decision_scheduled_on, condition_certainty from network.member where slug = 'assens'`))
      .toEqual([{ condition_decided_on: null, condition_decision_scheduled_on: "2016-06-01", condition_certainty: "SCHEDULED" }]);
    expect(await sql(`select code, decision, decided_on from network.common_exemption where code in ('B', 'D') order by code`)).toEqual([
      { code: "B", decision: "GRANTED", decided_on: "2017-03-01" },
      { code: "D", decision: "PROPOSED", decided_on: null },
    ]);
    expect(await sql(`select kind, found_on from network.legal_finding`)).toEqual([{ kind: "NO_LEGAL_BASIS", found_on: "2016-04" }]);
  });

  it("gives every fact the documents seed a source, and a restart changes nothing", async () => {
    const counts = `select (select count(*) from network.source)::int as sources, (select count(*) from network.theme_day)::int as days,
      (select count(*) from network.challenge)::int as challenges, (select count(*) from network.group_member)::int as seats`;
    const before = await sql(counts);
    await running!.stop();
    running = await startNetworkSubgraph(subgraphConfig(databaseUrl));
    expect(await sql(counts)).toEqual(before);
    const unsourced = await sql(`select 'network_statement' as t, id from network.network_statement union all select 'ministry_rule', id from network.ministry_rule
      union all select 'ministry_contact', id from network.ministry_contact union all select 'theme_day_participant', id from network.theme_day_participant
      union all select 'network_group', id from network.network_group union all select 'member', id from network.member where slug = any($1)
      union all select 'group_member', id from network.group_member where deleted_at is null`, [DOCUMENTED_MEMBERS])
      .then(async (rows) => {
        const sourced = new Set((await sql(`select distinct entity_id from network.source`)).map((r) => r.entity_id));
        return rows.filter((r) => !sourced.has(r.id));
      });
    expect(unsourced).toEqual([]);
  });
});
