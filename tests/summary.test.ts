import { describe, expect, it } from "vitest";
import { as, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
const EDITOR: Caller = ["editor", "assens"];

const SUMMARY = `{ municipality(slug: "assens") { trialSummary { total overdueMilestones byStatus { status count } evaluatedByDimension { dimension trials } }
  overdueMilestones(first: 100) { milestone { id overdue } trial { id } } trials(first: 1) { totalCount }
  active: trials(first: 1, status: ACTIVE) { totalCount } ideas: trials(first: 1, status: IDEA) { totalCount } } }`;

/** The same figures counted from the rows themselves. */
const counted = () =>
  withClient(graph.databaseUrl, async (client) => {
    const statuses = await client.query(`select status, count(*)::int as n from assens.trial group by status`);
    const overdue = await client.query(`select count(*)::int as n from assens.milestone where state in ('PLANNED', 'NOT_DONE') and due_end < current_date`);
    const overdueList = await client.query(`select id, trial_id from assens.milestone where state in ('PLANNED', 'NOT_DONE') and due_end < current_date order by due_end, trial_id, position limit 100`);
    const evaluated = await client.query(`select k as dimension, count(distinct trial_id)::int as n from assens.evaluation, jsonb_object_keys(answers) k group by k`);
    const byStatus = Object.fromEntries(statuses.rows.map((r) => [r.status, r.n]));
    const total = statuses.rows.reduce((sum, r) => sum + r.n, 0);
    return {
      total,
      overdue: overdue.rows[0].n as number,
      overdueList: overdueList.rows.map((r) => ({ milestone: { id: r.id, overdue: true }, trial: { id: r.trial_id } })),
      evaluated: Object.fromEntries(evaluated.rows.map((r) => [r.dimension, r.n])),
      active: byStatus.ACTIVE ?? 0,
      ideas: byStatus.IDEA ?? 0,
      byStatus,
    };
  });

async function expectSummaryToMatchRows() {
  const { data, errors } = await as(graph, null, SUMMARY);
  expect(errors).toBeUndefined();
  const rows = await counted();
  const m = data.municipality;
  expect(m.trialSummary.total).toBe(rows.total);
  expect(m.trials.totalCount).toBe(rows.total);
  expect(m.active.totalCount).toBe(rows.active);
  expect(m.ideas.totalCount).toBe(rows.ideas);
  expect(m.trialSummary.overdueMilestones).toBe(rows.overdue);
  expect(m.overdueMilestones).toEqual(rows.overdueList);
  expect(m.trialSummary.evaluatedByDimension.map((d: { dimension: string }) => d.dimension)).toEqual(["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"]);
  expect(Object.fromEntries(m.trialSummary.evaluatedByDimension.filter((d: { trials: number }) => d.trials > 0).map((d: { dimension: string; trials: number }) => [d.dimension, d.trials]))).toEqual(rows.evaluated);
  expect(Object.fromEntries(m.trialSummary.byStatus.filter((s: { count: number }) => s.count > 0).map((s: { status: string; count: number }) => [s.status, s.count]))).toEqual(rows.byStatus);
}

describe("the trial summary and counts, kept by the database as rows change", () => {
  it("match the rows after writes through the API", async () => {
    await expectSummaryToMatchRows();
    const created = await as(graph, EDITOR, `mutation { createAssensTrial(input: { title: "Lokalråd som forsøgsarena", purpose: "Afprøve", exemptionCodes: ["A"] }) { id } }`);
    const id = created.data.createAssensTrial.id;
    await as(graph, EDITOR, `mutation ($id: ID!) { setAssensTrialStatus(id: $id, status: APPLICATION_SENT) { id } }`, { id });
    const milestones = [];
    for (const dueOn of ["2016", "2017-02", "2017-03-15", "2999"]) {
      milestones.push((await as(graph, EDITOR, `mutation ($id: ID!, $dueOn: String) { addAssensMilestone(trialId: $id, input: { title: "Milepæl", dueOn: $dueOn }) { id } }`, { id, dueOn })).data.addAssensMilestone.id);
    }
    await as(graph, EDITOR, `mutation ($id: ID!) { completeAssensMilestone(id: $id, completedOn: "2017-01") { id } }`, { id: milestones[1] });
    await expectSummaryToMatchRows();
    const { data } = await as(graph, null, SUMMARY);
    expect(data.municipality.overdueMilestones.filter((o: { trial: { id: string } }) => o.trial.id === id)).toHaveLength(2);
    const before = (await as(graph, null, SUMMARY)).data.municipality.trialSummary.evaluatedByDimension;
    // Two evaluations of one trial count it once per dimension.
    for (let i = 0; i < 2; i++) {
      const answers = ["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"].map((dimension) => ({ dimension, answer: `Svar ${i}` }));
      const recorded = await as(graph, EDITOR, `mutation ($id: ID!, $answers: [EvaluationAnswerInput!]!) { recordAssensEvaluation(trialId: $id, input: { answers: $answers }) { id } }`, { id, answers });
      expect(recorded.errors).toBeUndefined();
    }
    await expectSummaryToMatchRows();
    const after = (await as(graph, null, SUMMARY)).data.municipality.trialSummary.evaluatedByDimension;
    expect(after.map((d: { trials: number }) => d.trials)).toEqual(before.map((d: { trials: number }) => d.trials + 1));
  });

  it("match the rows after changes made around the API, in bulk", async () => {
    await withClient(graph.databaseUrl, async (client) => {
      await client.query(`insert into assens.trial (id, key, title, purpose, status)
        select gen_random_uuid(), 'bulk-' || n, 'Masseindlæst ' || n, 'Prøve', (array['IDEA', 'ACTIVE', 'COMPLETED'])[1 + n % 3] from generate_series(1, 300) n`);
      await client.query(`insert into assens.milestone (id, trial_id, position, title, due_on)
        select gen_random_uuid(), t.id, 0, 'Milepæl', (array['2016', '2018-06', '2019-01-31', '3000'])[1 + (row_number() over ()) % 4] from assens.trial t where t.key like 'bulk-%'`);
      await client.query(`update assens.milestone set completed_on = '2018' where title = 'Milepæl' and due_on = '2016'`);
      await client.query(`update assens.trial set status = 'STOPPED' where key in ('bulk-1', 'bulk-2', 'bulk-4')`);
      // Evaluations recorded before the template was whole answer only some dimensions.
      await client.query(`insert into assens.evaluation (id, trial_id, recorded_on, answers)
        select gen_random_uuid(), t.id, '2017', case when t.key like '%7' then '{"EFFECTS": "Ja"}'::jsonb else '{"EFFECTS": "Ja", "LEGAL_CERTAINTY": "Ja"}'::jsonb end
        from assens.trial t where t.key like 'bulk-%7' or t.key like 'bulk-%9'`);
      await client.query(`delete from assens.trial where key in ('bulk-3', 'bulk-5')`);
    });
    await expectSummaryToMatchRows();
  });
});
