import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { loadSubgraphConfig } from "@frikommune/config";
import { commonExemptionTrials, CouncilKind, defineMunicipality, startMunicipalitySubgraph, type MunicipalitySubgraph } from "../src/index.js";

const slug = `kit-test-${Math.random().toString(36).slice(2, 8)}`;
const schema = slug.replace(/-/g, "_");
const module = defineMunicipality({
  slug,
  name: "Prøvekommune",
  typePrefix: "KitTest",
  data: {
    councils: [{ key: "lokalraad", name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: null, count: 3, validFrom: null, validTo: null }],
    policies: [],
    trials: commonExemptionTrials(),
  },
});

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

describe("seeding a member's schema", () => {
  it("inserts the member's data once and keeps later edits across restarts", async () => {
    running.push(await startMunicipalitySubgraph(module, loadSubgraphConfig(0, { ...process.env, DATABASE_URL: inject("databaseUrl"), PORT: "0" })));
    const counts = `select (select count(*) from "${schema}".trial)::int as trials, (select count(*) from "${schema}".milestone)::int as milestones,
      (select count(*) from "${schema}".trial_exemption)::int as exemptions, (select count(*) from "${schema}".council)::int as councils`;
    const first = await sql(counts);
    expect(first).toEqual([{ trials: 4, milestones: 12, exemptions: 4, councils: 1 }]);

    await sql(`update "${schema}".trial set status = 'APPLICATION_SENT' where key = 'common-b'`);
    running.push(await startMunicipalitySubgraph(module, loadSubgraphConfig(0, { ...process.env, DATABASE_URL: inject("databaseUrl"), PORT: "0" })));

    expect(await sql(counts)).toEqual(first);
    expect(await sql(`select status from "${schema}".trial where key = 'common-b'`)).toEqual([{ status: "APPLICATION_SENT" }]);
  });
});
