import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { loadSubgraphConfig } from "@frikommune/config";
import { cite, commonExemptionTrials, CouncilKind, defineMunicipality, startMunicipalitySubgraph, type MunicipalitySeed, type MunicipalitySubgraph } from "../src/index.js";

const slug = `kit-test-${Math.random().toString(36).slice(2, 8)}`;
const schema = slug.replace(/-/g, "_");
const source = cite("ansoegning-2016", "Nordfyn", "Som frikommune forventer vi at kunne styrke det frivillige arbejde i vores 13 lokalråd");
const council = (key: string, count: number) => ({ key, name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: null, count, validFrom: null, validTo: null, sources: [source] });
const module = (data: Partial<MunicipalitySeed>) =>
  defineMunicipality({ slug, name: "Prøvekommune", typePrefix: "KitTest", data: { councils: [council("lokalraad", 3)], policies: [], trials: commonExemptionTrials(), ...data } });

const running: MunicipalitySubgraph[] = [];
afterAll(() => Promise.all(running.map((r) => r.stop())));

async function sql(text: string) {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const start = async (data: Partial<MunicipalitySeed> = {}) =>
  running.push(await startMunicipalitySubgraph(module(data), loadSubgraphConfig(0, { ...process.env, DATABASE_URL: inject("databaseUrl"), PORT: "0" })));

describe("seeding a member's schema", () => {
  const counts = `select (select count(*) from "${schema}".trial)::int as trials, (select count(*) from "${schema}".milestone)::int as milestones,
    (select count(*) from "${schema}".trial_exemption)::int as exemptions, (select count(*) from "${schema}".council)::int as councils,
    (select count(*) from "${schema}".source)::int as sources`;

  it("inserts the member's data with its sources once, and a restart keeps edits made by writes", async () => {
    await start();
    const first = await sql(counts);
    // 4 trials with 2 sources each, 12 milestones and 1 council with one each.
    expect(first).toEqual([{ trials: 4, milestones: 12, exemptions: 4, councils: 1, sources: 21 }]);
    expect(await sql(`select distinct state from "${schema}".milestone`)).toEqual([{ state: "UNKNOWN" }]);

    // An edit through the API leaves an audit entry; the seed never overwrites such a row.
    await sql(`update "${schema}".trial set status = 'APPLICATION_SENT' where key = 'common-b'`);
    await sql(`insert into "${schema}".audit_entry (id, author, role, municipality, entity_type, entity_id, action, changes)
      select gen_random_uuid(), 'editor', 'editor', '${slug}', 'Trial', id, 'setStatus', '{}' from "${schema}".trial where key = 'common-b'`);
    await start();
    expect(await sql(counts)).toEqual(first);
    expect(await sql(`select status from "${schema}".trial where key = 'common-b'`)).toEqual([{ status: "APPLICATION_SENT" }]);
  });

  it("brings unedited rows in line with corrected data, and removes seeded rows the data no longer holds", async () => {
    await sql(`update "${schema}".council set count = 99 where key = 'lokalraad'`);
    await start({ councils: [council("lokalraad", 5)], trials: commonExemptionTrials().filter((t) => t.key !== "common-a") });
    expect(await sql(`select count from "${schema}".council where key = 'lokalraad'`)).toEqual([{ count: 5 }]);
    expect(await sql(`select key from "${schema}".trial order by key`)).toEqual([{ key: "common-b" }, { key: "common-c" }, { key: "common-d" }]);
    expect(await sql(`select count(*)::int as n from "${schema}".source s where not exists (select 1 from "${schema}".trial t where t.id = s.entity_id)
      and s.entity_table = 'trial'`)).toEqual([{ n: 0 }]);
  });
});
