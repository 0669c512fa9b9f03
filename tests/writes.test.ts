import { describe, expect, it } from "vitest";
import type { Role } from "@frikommune/auth";
import { as as asCaller, CALLERS, expectOutcome, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => asCaller(graph, caller, query, variables);

const EDITOR: [Role, string] = ["editor", "holbaek"];
const CREATE = `mutation ($input: CreateTrialInput!) { createHolbaekTrial(input: $input) { id title status exemptions { code title } municipality { name } } }`;
const SET_STATUS = `mutation ($id: ID!, $status: TrialStatus!, $note: String) { setHolbaekTrialStatus(id: $id, status: $status, note: $note) { id status } }`;
const ADD_MILESTONE = `mutation ($trialId: ID!, $input: MilestoneInput!) { addHolbaekMilestone(trialId: $trialId, input: $input) { id title dueOn completedOn } }`;
const COMPLETE_MILESTONE = `mutation ($id: ID!, $on: String!) { completeHolbaekMilestone(id: $id, completedOn: $on) { id completedOn overdue } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateTrialInput!) { updateHolbaekTrial(id: $id, input: $input) { id title purpose validFrom validTo exemptions { code } } }`;
const EVALUATE = `mutation ($trialId: ID!, $input: EvaluationInput!) { recordHolbaekEvaluation(trialId: $trialId, input: $input) { id recordedOn answers { dimension answer } } }`;
const CREATE_COUNCIL = `mutation ($input: CouncilInput!) { createHolbaekCouncil(input: $input) { id name kind count } }`;
const UPDATE_COUNCIL = `mutation ($id: ID!, $input: UpdateCouncilInput!) { updateHolbaekCouncil(id: $id, input: $input) { id name kind count } }`;
const ADOPT_POLICY = `mutation ($input: PolicyInput!) { adoptHolbaekPolicy(input: $input) { id title kind adoptedOn goals } }`;
const UPDATE_POLICY = `mutation ($id: ID!, $input: UpdatePolicyInput!) { updateHolbaekPolicy(id: $id, input: $input) { id title goals } }`;
const fullEvaluation = {
  answers: [
    { dimension: "EFFECTS", answer: "Flere borgere deltog" },
    { dimension: "LEGAL_CERTAINTY", answer: "Uændret" },
    { dimension: "ECONOMIC_CONSEQUENCES", answer: "Ingen merudgifter" },
    { dimension: "ADMINISTRATIVE_CONSEQUENCES", answer: "Færre sagsskridt" },
  ],
};
const newCouncil = { name: "Lokalforum Tølløse", kind: "LOKALFORUM" };
const newPolicy = { title: "Frivillighedsstrategi", kind: "STRATEGI", adoptedOn: "2017", goals: ["Bedre rammer for frivillige"] };
const newTrial = { title: "Borgerbudget i lokalforum", purpose: "Afprøve et lokalt borgerbudget", exemptionCodes: ["a"] };

async function createdTrial() {
  const { data, errors } = await as(EDITOR, CREATE, { input: newTrial });
  expect(errors).toBeUndefined();
  return data.createHolbaekTrial.id as string;
}
async function createdMilestone() {
  const { data } = await as(EDITOR, ADD_MILESTONE, { trialId: await createdTrial(), input: { title: "Første borgermøde", dueOn: "2017-03" } });
  return data.addHolbaekMilestone.id as string;
}

async function createdCouncil() {
  const { data } = await as(EDITOR, CREATE_COUNCIL, { input: newCouncil });
  return data.createHolbaekCouncil.id as string;
}
async function adoptedPolicy() {
  const { data } = await as(EDITOR, ADOPT_POLICY, { input: newPolicy });
  return data.adoptHolbaekPolicy.id as string;
}

/** Every mutation, each with arguments that succeed for a caller who may make it. */
const mutations: [name: string, run: (caller: Caller) => Promise<{ data?: any; errors?: any[] }>][] = [
  ["createHolbaekTrial", (caller) => as(caller, CREATE, { input: newTrial })],
  ["setHolbaekTrialStatus", async (caller) => as(caller, SET_STATUS, { id: await createdTrial(), status: "APPLICATION_SENT" })],
  ["addHolbaekMilestone", async (caller) => as(caller, ADD_MILESTONE, { trialId: await createdTrial(), input: { title: "Evaluering", dueOn: "2018" } })],
  ["completeHolbaekMilestone", async (caller) => as(caller, COMPLETE_MILESTONE, { id: await createdMilestone(), on: "2017-04-02" })],
  ["updateHolbaekTrial", async (caller) => as(caller, UPDATE, { id: await createdTrial(), input: { purpose: "Nyt formål" } })],
  ["recordHolbaekEvaluation", async (caller) => as(caller, EVALUATE, { trialId: await createdTrial(), input: fullEvaluation })],
  ["createHolbaekCouncil", (caller) => as(caller, CREATE_COUNCIL, { input: newCouncil })],
  ["updateHolbaekCouncil", async (caller) => as(caller, UPDATE_COUNCIL, { id: await createdCouncil(), input: { count: 2 } })],
  ["adoptHolbaekPolicy", (caller) => as(caller, ADOPT_POLICY, { input: newPolicy })],
  ["updateHolbaekPolicy", async (caller) => as(caller, UPDATE_POLICY, { id: await adoptedPolicy(), input: { goals: [] } })],
];

const MAY_WRITE_HOLBAEK = new Set(["Holbæk's editor", "Holbæk's coordinator"]);

describe("who may write a municipality's data (authorization matrix)", () => {
  const matrix = mutations.flatMap(([name, run]) =>
    CALLERS.map(([who, caller]) => [name, who, caller === null ? "UNAUTHENTICATED" : MAY_WRITE_HOLBAEK.has(who) ? "allowed" : "FORBIDDEN", () => run(caller)] as const),
  );
  it.each(matrix)("%s by %s: %s", async (name, _who, expected, run) => {
    expectOutcome(await run(), name, expected);
  });
});

async function rowCounts() {
  return withClient(graph.databaseUrl, async (client) => {
    const { rows } = await client.query(`select
      (select count(*) from holbaek.trial)::int as trials, (select count(*) from holbaek.trial_exemption)::int as exemptions,
      (select count(*) from holbaek.milestone)::int as milestones, (select count(*) from holbaek.audit_entry)::int as audit,
      (select count(*) from holbaek.evaluation)::int as evaluations,
      (select string_agg(c.id || c.name || coalesce(c.count, 0), ',' order by c.id) from holbaek.council c) as councils,
      (select string_agg(p.id || p.title || array_to_string(p.goals, '|'), ',' order by p.id) from holbaek.policy p) as policies,
      (select string_agg(t.id || t.title || t.purpose || coalesce(t.valid_to, '-'), ',' order by t.id) from holbaek.trial t) as trial_fields,
      (select string_agg(t.id || t.status || coalesce(m.completed_on, '-'), ',' order by t.id, m.id) from holbaek.trial t left join holbaek.milestone m on m.trial_id = t.id) as state`);
    return rows[0];
  });
}

describe("bad input is refused with BAD_USER_INPUT and nothing is written", () => {
  const unknownId = "00000000-0000-4000-8000-000000000000";
  const cases: [what: string, query: string, variables: () => Promise<Record<string, unknown>>, field: string][] = [
    ["a title that is too short", CREATE, async () => ({ input: { ...newTrial, title: "x" } }), "input.title"],
    ["an empty purpose", CREATE, async () => ({ input: { ...newTrial, purpose: "   " } }), "input.purpose"],
    ["an unknown exemption code", CREATE, async () => ({ input: { ...newTrial, exemptionCodes: ["A", "Q"] } }), "input.exemptionCodes"],
    ["a malformed date", CREATE, async () => ({ input: { ...newTrial, validFrom: "primo 2017" } }), "input.validFrom"],
    ["a period that ends before it starts", CREATE, async () => ({ input: { ...newTrial, validFrom: "2018", validTo: "2017-05" } }), "input.validTo"],
    ["an owner council that does not exist", CREATE, async () => ({ input: { ...newTrial, ownerCouncilId: unknownId } }), "input.ownerCouncilId"],
    ["a status the life cycle does not allow", SET_STATUS, async () => ({ id: await createdTrial(), status: "ACTIVE" }), "status"],
    ["a trial that does not exist", SET_STATUS, async () => ({ id: unknownId, status: "APPLICATION_SENT" }), "id"],
    ["a milestone on a trial that does not exist", ADD_MILESTONE, async () => ({ trialId: "not-a-uuid", input: { title: "Evaluering" } }), "trialId"],
    ["a milestone with a malformed due date", ADD_MILESTONE, async () => ({ trialId: await createdTrial(), input: { title: "Evaluering", dueOn: "2017-13" } }), "input.dueOn"],
    ["completing a milestone in the future", COMPLETE_MILESTONE, async () => ({ id: await createdMilestone(), on: "2999-01-01" }), "completedOn"],
    ["an update with an unknown exemption code", UPDATE, async () => ({ id: await createdTrial(), input: { purpose: "Nyt", exemptionCodes: ["E"] } }), "input.exemptionCodes"],
    ["an update that ends the period before it starts", UPDATE, async () => ({ id: await createdTrial(), input: { title: "Gyldig titel", validFrom: "2019", validTo: "2018" } }), "input.validTo"],
    ["an evaluation that leaves a dimension unanswered", EVALUATE, async () => ({ trialId: await createdTrial(), input: { answers: fullEvaluation.answers.slice(1) } }), "input.answers"],
    ["an evaluation with an unknown dimension", EVALUATE, async () => ({ trialId: await createdTrial(), input: { answers: [...fullEvaluation.answers, { dimension: "HAPPINESS", answer: "Høj" }] } }), "input.answers.4.dimension"],
    ["a council with a count of zero", CREATE_COUNCIL, async () => ({ input: { ...newCouncil, count: 0 } }), "input.count"],
    ["a council update with an empty name", UPDATE_COUNCIL, async () => ({ id: await createdCouncil(), input: { name: " ", count: 3 } }), "input.name"],
    ["a policy with a malformed adoption date", ADOPT_POLICY, async () => ({ input: { ...newPolicy, adoptedOn: "sidste år" } }), "input.adoptedOn"],
    ["a policy update of a policy that does not exist", UPDATE_POLICY, async () => ({ id: unknownId, input: { title: "Ny titel" } }), "id"],
    ["completing a milestone twice", COMPLETE_MILESTONE, async () => {
      const id = await createdMilestone();
      await as(EDITOR, COMPLETE_MILESTONE, { id, on: "2017-04" });
      return { id, on: "2017-05" };
    }, "id"],
  ];

  it.each(cases)("%s", async (_what, query, variables, field) => {
    const vars = await variables();
    const before = await rowCounts();
    const { data, errors } = await as(EDITOR, query, vars);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|node_modules|at .*\.ts/);
    expect(data ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });
});

describe("writes", () => {
  it("return the changed object, joined with the network's data, and are recorded in the audit trail", async () => {
    const { data } = await as(["coordinator", "holbaek"], CREATE, { input: { ...newTrial, exemptionCodes: ["d", "A"] } });
    expect(data.createHolbaekTrial).toMatchObject({
      title: newTrial.title,
      status: "IDEA",
      exemptions: [{ code: "A" }, { code: "D", title: expect.stringMatching(/forsikring/i) }],
      municipality: { name: "Holbæk" },
    });
    const id = data.createHolbaekTrial.id;
    await as(EDITOR, SET_STATUS, { id, status: "APPLICATION_SENT", note: "Sendt til ministeriet" });

    const entries = await withClient(graph.databaseUrl, async (client) =>
      (await client.query("select author, role, municipality, action, changes from holbaek.audit_entry where entity_id = $1 order by at", [id])).rows);
    expect(entries).toEqual([
      { author: expect.any(String), role: "coordinator", municipality: "holbaek", action: "create", changes: expect.objectContaining({ title: { before: null, after: newTrial.title }, exemptionCodes: { before: null, after: ["A", "D"] } }) },
      { author: expect.any(String), role: "editor", municipality: "holbaek", action: "setStatus", changes: { status: { before: "IDEA", after: "APPLICATION_SENT" }, note: { before: null, after: "Sendt til ministeriet" } } },
    ]);
    expect(entries[0].author).not.toBe(entries[1].author);
  });

  it("record an evaluation with every dimension of the template", async () => {
    const trialId = await createdTrial();
    const { data, errors } = await as(EDITOR, EVALUATE, { trialId, input: { ...fullEvaluation, recordedOn: "2019-06" } });
    expect(errors).toBeUndefined();
    expect(data.recordHolbaekEvaluation).toMatchObject({ recordedOn: "2019-06", answers: expect.arrayContaining([{ dimension: "EFFECTS", answer: "Flere borgere deltog" }]) });
    const read = await as(null, `query ($id: ID!) { holbaekTrial(id: $id) { evaluations { recordedOn answers { dimension } } } }`, { id: trialId });
    expect(read.data.holbaekTrial.evaluations).toHaveLength(1);
    expect(read.data.holbaekTrial.evaluations[0].answers).toHaveLength(4);
  });

  it("update only the fields given", async () => {
    const id = await createdTrial();
    const { data } = await as(EDITOR, UPDATE, { id, input: { validFrom: "2017", exemptionCodes: ["C", "b"] } });
    expect(data.updateHolbaekTrial).toMatchObject({ title: newTrial.title, purpose: newTrial.purpose, validFrom: "2017", validTo: null, exemptions: [{ code: "B" }, { code: "C" }] });
  });

  it("show up in the ministry's view at once", async () => {
    const id = await createdTrial();
    const { data } = await as(["ministry"], `{ municipality(slug: "holbaek") { trials(first: 100) { nodes { id } } } }`);
    expect(data.municipality.trials.nodes.map((t: { id: string }) => t.id)).toContain(id);
  });
});

describe("history and mirroring", () => {
  const VERSIONS = `query ($id: ID!, $after: String) { holbaekTrial(id: $id) { createdAt updatedAt versions(first: 1, after: $after) {
    totalCount nodes { at author role action changes { field before after } } pageInfo { hasNextPage endCursor } } } }`;

  it("show every write to a trial, oldest first, page by page", async () => {
    const id = await createdTrial();
    await as(["coordinator", "holbaek"], SET_STATUS, { id, status: "APPLICATION_SENT" });
    const first = await as(["ministry"], VERSIONS, { id });
    expect(first.errors).toBeUndefined();
    const page1 = first.data.holbaekTrial.versions;
    expect(page1).toMatchObject({ totalCount: 2, nodes: [{ author: expect.any(String), role: "editor", action: "create" }], pageInfo: { hasNextPage: true } });
    const second = await as(EDITOR, VERSIONS, { id, after: page1.pageInfo.endCursor });
    expect(second.data.holbaekTrial.versions).toMatchObject({
      nodes: [{ role: "coordinator", action: "setStatus", changes: [{ field: "status", before: '"IDEA"', after: '"APPLICATION_SENT"' }] }],
      pageInfo: { hasNextPage: false },
    });
    expect(new Date(first.data.holbaekTrial.updatedAt) >= new Date(first.data.holbaekTrial.createdAt)).toBe(true);
  });

  it.each([
    ["anonymous", null, "UNAUTHENTICATED"],
    ["Assens' editor", ["editor", "assens"] as Caller, "FORBIDDEN"],
    ["a network coordinator", ["network-coordinator"] as Caller, "FORBIDDEN"],
  ] as const)("are not shown to %s", async (_who, caller, code) => {
    const id = await createdTrial();
    const { data, errors } = await as(caller, VERSIONS, { id });
    expect(data.holbaekTrial.versions).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });

  it("let a mirror fetch only the trials changed since it last looked, milestones included", async () => {
    const untouched = await createdTrial();
    const changed = await createdTrial();
    const since = new Date().toISOString();
    await as(EDITOR, ADD_MILESTONE, { trialId: changed, input: { title: "Midtvejsevaluering", dueOn: "2018" } });
    const { data, errors } = await as(["ministry"], `query ($since: DateTime!) { municipality(slug: "holbaek") { trials(updatedSince: $since, first: 100) { nodes { id milestones { title } } } } }`, { since });
    expect(errors).toBeUndefined();
    const ids = data.municipality.trials.nodes.map((t: { id: string }) => t.id);
    expect(ids).toContain(changed);
    expect(ids).not.toContain(untouched);
  });
});
