import { beforeAll, describe, expect, it } from "vitest";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members } from "@frikommune/members";
import { removeScale, seedScale, TrialStatus } from "@frikommune/municipality-kit";
import { useTestGraph } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();
const TRIALS = 25;

const TOTALS = /* GraphQL */ `{ municipalities { slug trials(first: 100) { totalCount } trialSummary { total } } }`;
type Totals = { municipalities: { slug: string; trials: { totalCount: number }; trialSummary: { total: number } }[] };

let before: Totals;

beforeAll(async () => {
  const response = await graph.query<Totals>(TOTALS);
  expect(response.errors).toBeUndefined();
  before = response.data!;
  await seedScale(graph.databaseUrl, await Promise.all(members.map((m) => loadMemberModule(m.slug))), { trials: TRIALS, milestones: 3 });
});

describe("generated trials through the gateway", () => {
  it("every member serves exactly the generated number more", async () => {
    const { data, errors } = await graph.query<Totals>(TOTALS);
    expect(errors).toBeUndefined();
    expect(data!.municipalities).toEqual(
      before.municipalities.map((m) => ({ slug: m.slug, trials: { totalCount: m.trials.totalCount + TRIALS }, trialSummary: { total: m.trialSummary.total + TRIALS } })),
    );
  });

  it("the ministry's query answers over them, counting every status", async () => {
    const { data, errors } = await graph.query(MINISTRY_QUERY, { first: 20 });
    expect(errors).toBeUndefined();
    expect(data.municipalities.map((m: any) => m.slug)).toEqual(members.map((m) => m.slug));
    for (const m of data.municipalities) {
      expect(m.trials.nodes).toHaveLength(20);
      expect(m.trials.pageInfo.hasNextPage).toBe(true);
      const byStatus = Object.fromEntries(m.trialSummary.byStatus.map((s: any) => [s.status, s.count]));
      for (const status of Object.values(TrialStatus)) expect(byStatus[status]).toBeGreaterThan(0);
      expect(Object.values(byStatus).reduce((a: number, b: any) => a + b, 0)).toBe(m.trialSummary.total);
    }
  });

  it("are gone again after removal", async () => {
    await removeScale(graph.databaseUrl, members);
    const { data, errors } = await graph.query<Totals>(TOTALS);
    expect(errors).toBeUndefined();
    expect(data).toEqual(before);
  });
});
