import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sqlStatementCount } from "@frikommune/db";
import { members } from "@frikommune/members";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();

/** Statements all subgraphs send to PostgreSQL while the gateway answers one request. */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  const before = sqlStatementCount();
  const response = await graph.query(query, variables);
  expect(response.errors).toBeUndefined();
  return { statements: sqlStatementCount() - before, response };
}

/** Adds `factor` times as many generated trials to every member, each with milestones and exemptions. */
async function multiplyTrials(factor: number) {
  await withClient(graph.databaseUrl, async (client) => {
    for (const m of members) {
      const schema = m.slug.replace(/-/g, "_");
      const { rows } = await client.query(`select count(*)::int as n from "${schema}".trial`);
      for (let i = 0; i < rows[0].n * factor; i++) {
        const id = randomUUID();
        await client.query(`insert into "${schema}".trial (id, key, title, purpose, status) values ($1, $2, $3, 'Genereret til måling', 'ACTIVE')`, [id, `generated-${id}`, `Genereret forsøg ${i}`]);
        await client.query(`insert into "${schema}".trial_exemption (trial_id, code) values ($1, $2)`, [id, "ABCD"[i % 4]]);
        for (let p = 0; p < 3; p++) {
          await client.query(`insert into "${schema}".milestone (id, trial_id, position, title, due_on) values ($1, $2, $3, $4, '2018')`, [randomUUID(), id, p, `Milepæl ${p + 1}`]);
        }
      }
    }
  });
}

describe("SQL statements per request", () => {
  it("do not grow with the number of trials and milestones (no N+1)", async () => {
    const seed = await statementsFor(MINISTRY_QUERY, { first: 100 });
    const seedTrials = seed.response.data.municipalities.reduce((n: number, m: any) => n + m.trials.nodes.length, 0);

    await multiplyTrials(20);
    const grown = await statementsFor(MINISTRY_QUERY, { first: 100 });
    const grownTrials = grown.response.data.municipalities.reduce((n: number, m: any) => n + m.trials.nodes.length, 0);

    expect(grownTrials).toBeGreaterThan(seedTrials * 5);
    expect(grown.statements).toBe(seed.statements);
    console.log(`ministry query: ${seed.statements} SQL statements for ${seedTrials} trials and for ${grownTrials} trials`);
  });

  it("do not grow with the number of overdue milestones, nor with the evaluations counted per dimension", async () => {
    const OVERDUE = `{ municipalities { overdueMilestones(first: 100) { milestone { id dueOn } trial { id title } } trialSummary { overdueMilestones evaluatedByDimension { dimension trials } } } }`;
    const overdueCount = (response: { data?: any }) => response.data.municipalities.reduce((n: number, m: any) => n + m.trialSummary.overdueMilestones, 0);
    const before = await statementsFor(OVERDUE, {});
    await multiplyTrials(2);
    const after = await statementsFor(OVERDUE, {});
    expect(overdueCount(after.response)).toBeGreaterThan(overdueCount(before.response));
    expect(after.statements).toBe(before.statements);
    expect(after.response.data.municipalities.every((m: any) => m.overdueMilestones.length === Math.min(100, m.trialSummary.overdueMilestones))).toBe(true);
  });
});
