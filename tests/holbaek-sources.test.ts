import { describe, expect, it } from "vitest";
import { MAX_QUOTE, SOURCE_DOCUMENTS, type SourceSeed } from "@frikommune/municipality-kit";
import { sqlStatementCount } from "@frikommune/db";
import { data } from "../subgraphs/holbaek/src/data.js";
import { activities } from "../subgraphs/holbaek/src/local/activities.js";
import { facts } from "../subgraphs/holbaek/src/local/seed.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
const holbaek = (fields: string) => `{ municipality(slug: "holbaek") { ... on HolbaekMunicipality { ${fields} } } }`;

/** Every Holbæk entity the documents seed, with its sources, as a client would ask in a few requests. */
const S = "sources { document { key } location quote }";
const MINUTES = holbaek(`meetings { id ${S} agendaItems { id ${S}
  attachments { id ${S} } presentations { id ${S} presenter { id ${S} } } treatments { id ${S} } amounts { id ${S} } events { id ${S} } } }`);
const EVERYTHING = [
  holbaek(`councils { ... on HolbaekLocalCouncil { id ${S} } } policies { ... on HolbaekPolicy { id ${S} } }
    trials(first: ${data.trials.length}) { nodes { ... on HolbaekTrial { id ${S} milestones { id ${S} } } } } statements { id ${S} }`),
  MINUTES,
  holbaek(`contacts { id ${S} } activities { id ${S} contacts { id ${S} } }`),
  holbaek(`report { id ${S} recommendations { id ${S} } lessons { id ${S} } nextSteps { id ${S} } tips { id ${S} } }
    termsOfReference { id ${S} focusAreas { id ${S} } exampleActivities { id ${S} } provisions { id ${S} } }`),
];

type Sourced = { sources: { document: { key: string }; quote: string }[] };

/** The entities in an answer, by id. */
function sourced(value: unknown, found = new Map<string, Sourced>()) {
  if (Array.isArray(value)) for (const v of value) sourced(v, found);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.id === "string" && Array.isArray(o.sources)) found.set(o.id, o as never);
    for (const v of Object.values(o)) sourced(v, found);
  }
  return found;
}

describe("where each Holbæk fact comes from", () => {
  it("every seeded entity answers its sources: a known document, a place in it and a quote of at most 300 characters", async () => {
    const entities = new Map<string, Sourced>();
    for (const query of EVERYTHING) {
      const { data: answer, errors } = await graph.query(query);
      expect(errors).toBeUndefined();
      sourced(answer, entities);
    }
    // Links between an activity and a contact are rows with sources, but no type of their own.
    const seededLocal = facts().filter((t) => t.entity.meta.tableName !== "activity_contact").reduce((n, t) => n + t.rows.length, 0);
    const seededKit = data.councils.length + data.policies.length + data.trials.reduce((n, t) => n + 1 + t.milestones.length, 0) + (data.statements?.length ?? 0);
    expect(entities.size).toBe(seededLocal + seededKit);
    const documents = new Set<string>(SOURCE_DOCUMENTS.map((d) => d.key));
    for (const [id, entity] of entities) {
      expect(entity.sources.length, id).toBeGreaterThan(0);
      for (const s of entity.sources) {
        expect(documents.has(s.document.key), id).toBe(true);
        expect(s.quote.length, id).toBeGreaterThan(0);
        expect(s.quote.length, id).toBeLessThanOrEqual(MAX_QUOTE);
      }
    }
  });

  it("every row of Holbæk's own tables has a source, and the seed's sources are what the graph answers", async () => {
    const seeded = facts();
    await withClient(graph.databaseUrl, async (client) => {
      for (const { entity, rows } of seeded) {
        const table = entity.meta.tableName;
        const { rows: unsourced } = await client.query(`select id from holbaek.${table} x where not exists (select 1 from holbaek.source s where s.entity_id = x.id)`);
        expect(unsourced, table).toEqual([]);
        const { rows: counted } = await client.query(`select count(*)::int as n from holbaek.source where entity_table = $1`, [table]);
        expect(counted[0].n, table).toBe(rows.reduce((n, r) => n + r.sources.length, 0));
      }
    });
    const { data: answer } = await graph.query(holbaek(`activities { ${S} }`));
    expect(answer.municipality.activities.map((a: { sources: unknown }) => a.sources)).toEqual(
      activities.map((a) => a.sources.map((s: SourceSeed) => ({ document: { key: s.document }, location: s.at, quote: s.quote }))),
    );
  });

  it("answers the minutes with as many SQL statements however many rows their lists hold (no N+1)", async () => {
    const before = sqlStatementCount();
    const seed = await graph.query(MINUTES);
    const seedStatements = sqlStatementCount() - before;
    const seedCount = sourced(seed.data).size;

    // Fill every agenda item's lists up to their maxima, around the API, as a bulk import would.
    await withClient(graph.databaseUrl, async (client) => {
      const items = (await client.query(`select id from holbaek.agenda_item`)).rows.map((r) => r.id);
      const [contact] = (await client.query(`select id from holbaek.contact limit 1`)).rows;
      for (const id of items) {
        await client.query(`insert into holbaek.attachment (id, agenda_item_id, position, title) select gen_random_uuid(), $1, 100 + n, 'Bilag ' || n from generate_series(1, 2) n`, [id]);
        await client.query(`insert into holbaek.treatment (id, agenda_item_id, position, timing, body, when_text, what, certainty)
          select gen_random_uuid(), $1, 100 + n, 'LATER', 'Byrådet', 'senere', 'Behandling ' || n, 'EXPECTED' from generate_series(1, 4) n`, [id]);
        await client.query(`insert into holbaek.presentation (id, agenda_item_id, contact_id, position, topic, certainty) values (gen_random_uuid(), $1, $2, 100, 'Oplæg', 'EXPECTED')`, [id, contact.id]);
      }
    });
    const after = sqlStatementCount();
    const grown = await graph.query(MINUTES);
    expect(grown.errors).toBeUndefined();
    expect(sourced(grown.data).size).toBeGreaterThan(seedCount);
    expect(sqlStatementCount() - after).toBe(seedStatements);
  });
});
