import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from "graphql";
import { AuditEntryEntity, openSchemaDatabase, sqlStatementCount } from "@frikommune/db";
import { SUPERGRAPH_PATH } from "@frikommune/gateway";
import {
  createVersionLoader, MAX_CHALLENGES, MAX_COUNCILS, MAX_EVALUATIONS, MAX_GOALS, MAX_GROUP_MEMBERS, MAX_INVITED, MAX_MILESTONES,
  MAX_POLICIES, MAX_THEME_DAYS,
} from "@frikommune/municipality-kit";
import { as as asCaller, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph, type GraphQLResponse } from "./support/graph.js";

const graph = useTestGraph();

const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => asCaller(graph, caller, query, variables);
const sql = (text: string, values: unknown[] = []) => withClient(graph.databaseUrl, async (c) => (await c.query(text, values)).rows);
const count = async (from: string, values: unknown[] = []) => (await sql(`select count(*)::int as n from ${from}`, values))[0].n as number;

const EDITOR: Caller = ["editor", "holbaek"];
const NETWORK_COORDINATOR: Caller = ["network-coordinator"];

/** The writes that grow lists, by name. */
const MUTATIONS: Record<string, string> = {
  createHolbaekCouncil: `mutation ($input: CouncilInput!) { createHolbaekCouncil(input: $input) { id } }`,
  createAssensCouncil: `mutation ($input: CouncilInput!) { createAssensCouncil(input: $input) { id } }`,
  adoptHolbaekPolicy: `mutation ($input: PolicyInput!) { adoptHolbaekPolicy(input: $input) { id } }`,
  addHolbaekMilestone: `mutation ($trialId: ID!, $input: MilestoneInput!) { addHolbaekMilestone(trialId: $trialId, input: $input) { id } }`,
  recordHolbaekEvaluation: `mutation ($trialId: ID!, $input: EvaluationInput!) { recordHolbaekEvaluation(trialId: $trialId, input: $input) { id } }`,
  scheduleThemeDay: `mutation ($input: ThemeDayInput!) { scheduleThemeDay(input: $input) { id } }`,
  bringChallenge: `mutation ($themeDayId: ID!, $input: ChallengeInput!) { bringChallenge(themeDayId: $themeDayId, input: $input) { id } }`,
  addGroupMember: `mutation ($groupId: ID!, $input: GroupMemberInput!) { addGroupMember(groupId: $groupId, input: $input) { id } }`,
};

const council = { name: "Lokalforum Tølløse", kind: "LOKALFORUM" };
const policy = { title: "Frivillighedsstrategi", kind: "STRATEGI" };
const milestone = { title: "Midtvejsevaluering", dueOn: "2018" };
const evaluation = {
  answers: ["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"].map((dimension) => ({ dimension, answer: "Uændret" })),
};
const themeDay = { title: "Temadag om frivillighed", heldOn: "2017-09", description: "Sparring om frivilliges vilkår", invited: ["De fem borgmestre"] };
const challenge = { title: "Frivillige i plejen", description: "Hvordan sikrer vi gode rammer?" };
const groupMember = { role: "Stedfortræder", municipalitySlug: "assens" };
const many = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what} ${i + 1}`);

/** Parents and rows inserted directly with SQL, as a bulk import would. */
async function newTrial() {
  const [{ id }] = await sql(`insert into holbaek.trial (id, key, title, purpose, status) select id, id::text, 'Forsøg ' || id, 'Genereret', 'IDEA' from gen_random_uuid() id returning id`);
  return id as string;
}
async function newThemeDay(heldOn: string | null = null) {
  const [{ id }] = await sql(`insert into network.theme_day (id, key, title, held_on, description) select id, id::text, 'Temadag ' || id, $1, 'Genereret' from gen_random_uuid() id returning id`, [heldOn]);
  return id as string;
}
const groupId = async (kind: string) => (await sql(`select id from network.network_group where kind = $1`, [kind]))[0].id as string;
const insertCouncils = (schema: string, n: number) =>
  sql(`insert into ${schema}.council (id, key, name, kind) select id, id::text, 'Råd ' || id, 'FORUM' from (select gen_random_uuid() id from generate_series(1, $1)) g`, [n]);
const insertPolicies = (schema: string, n: number) =>
  sql(`insert into ${schema}.policy (id, key, title, kind) select id, id::text, 'Politik ' || id, 'POLITIK' from (select gen_random_uuid() id from generate_series(1, $1)) g`, [n]);
const insertMilestones = (trialId: string, n: number) =>
  sql(`insert into holbaek.milestone (id, trial_id, position, title)
       select gen_random_uuid(), $1, p, 'Milepæl ' || lpad(p::text, 3, '0') from generate_series((select count(*) from holbaek.milestone where trial_id = $1), (select count(*) from holbaek.milestone where trial_id = $1) + $2 - 1) p`, [trialId, n]);
const insertEvaluations = (trialId: string, n: number) =>
  sql(`insert into holbaek.evaluation (id, trial_id, recorded_on, answers) select gen_random_uuid(), $1, '2018-01-' || lpad(d::text, 2, '0'), '{}' from generate_series(1, $2) d`, [trialId, n]);
const insertThemeDays = (n: number) =>
  sql(`insert into network.theme_day (id, key, title, description) select id, id::text, 'Temadag ' || id, 'Genereret' from (select gen_random_uuid() id from generate_series(1, $1)) g`, [n]);
const insertChallenges = (themeDayId: string, n: number) =>
  sql(`insert into network.challenge (id, theme_day_id, municipality_slug, title, description) select gen_random_uuid(), $1, 'holbaek', 'Udfordring ' || lpad(i::text, 3, '0'), 'Genereret' from generate_series(1, $2) i`, [themeDayId, n]);
const insertMembers = (group: string, n: number) =>
  sql(`insert into network.group_member (id, group_id, position, role)
       select gen_random_uuid(), $1, (select count(*) from network.group_member where group_id = $1) + i, 'Medlem ' || lpad(i::text, 3, '0') from generate_series(0, $2 - 1) i`, [group, n]);

interface Collection {
  list: string;
  max: number;
  mutation: string;
  caller: Caller;
  /** Sets up the parent, returns the mutation's variables. */
  variables: () => Promise<Record<string, unknown>>;
  rows: (variables: Record<string, any>) => Promise<number>;
  insert: (variables: Record<string, any>, n: number) => Promise<unknown>;
  /** The mutation's answer when the list is full. */
  full: ReturnType<typeof refused>;
}

/** The whole answer to a refused write: no data, and one BAD_USER_INPUT naming the input at fault. */
const refused = (mutation: string, serviceName: string, field: string, message: string) => ({
  data: null,
  errors: [{ message, path: [mutation], extensions: { code: "BAD_USER_INPUT", field, serviceName } }],
});
const answer = ({ data, errors }: GraphQLResponse) => ({ data: data ?? null, errors });

/** Every list a write grows: filled to its maximum, the next write is refused. */
const collections: Collection[] = [
  {
    list: "councils of a municipality", max: MAX_COUNCILS, mutation: "createHolbaekCouncil", caller: EDITOR,
    variables: async () => ({ input: council }),
    rows: () => count("holbaek.council"),
    insert: (_, n) => insertCouncils("holbaek", n),
    full: refused("createHolbaekCouncil", "holbaek", "input", `There may be at most ${MAX_COUNCILS} councils per municipality`),
  },
  {
    list: "policies of a municipality", max: MAX_POLICIES, mutation: "adoptHolbaekPolicy", caller: ["coordinator", "holbaek"],
    variables: async () => ({ input: policy }),
    rows: () => count("holbaek.policy"),
    insert: (_, n) => insertPolicies("holbaek", n),
    full: refused("adoptHolbaekPolicy", "holbaek", "input", `There may be at most ${MAX_POLICIES} policies per municipality`),
  },
  {
    list: "milestones of a trial", max: MAX_MILESTONES, mutation: "addHolbaekMilestone", caller: EDITOR,
    variables: async () => ({ trialId: await newTrial(), input: milestone }),
    rows: ({ trialId }) => count("holbaek.milestone where trial_id = $1", [trialId]),
    insert: ({ trialId }, n) => insertMilestones(trialId, n),
    full: refused("addHolbaekMilestone", "holbaek", "trialId", `There may be at most ${MAX_MILESTONES} milestones per trial`),
  },
  {
    list: "evaluations of a trial", max: MAX_EVALUATIONS, mutation: "recordHolbaekEvaluation", caller: EDITOR,
    variables: async () => ({ trialId: await newTrial(), input: evaluation }),
    rows: ({ trialId }) => count("holbaek.evaluation where trial_id = $1", [trialId]),
    insert: ({ trialId }, n) => insertEvaluations(trialId, n),
    full: refused("recordHolbaekEvaluation", "holbaek", "trialId", `There may be at most ${MAX_EVALUATIONS} evaluations per trial`),
  },
  {
    list: "theme days of the network", max: MAX_THEME_DAYS, mutation: "scheduleThemeDay", caller: NETWORK_COORDINATOR,
    variables: async () => ({ input: themeDay }),
    rows: () => count("network.theme_day"),
    insert: (_, n) => insertThemeDays(n),
    full: refused("scheduleThemeDay", "network", "input", `There may be at most ${MAX_THEME_DAYS} theme days`),
  },
  {
    list: "challenges of a theme day", max: MAX_CHALLENGES, mutation: "bringChallenge", caller: ["coordinator", "slagelse"],
    variables: async () => ({ themeDayId: await newThemeDay(), input: challenge }),
    rows: ({ themeDayId }) => count("network.challenge where theme_day_id = $1", [themeDayId]),
    insert: ({ themeDayId }, n) => insertChallenges(themeDayId, n),
    full: refused("bringChallenge", "network", "themeDayId", `There may be at most ${MAX_CHALLENGES} challenges per theme day`),
  },
  {
    list: "current members of a group", max: MAX_GROUP_MEMBERS, mutation: "addGroupMember", caller: NETWORK_COORDINATOR,
    variables: async () => ({ groupId: await groupId("COORDINATION_GROUP"), input: groupMember }),
    rows: ({ groupId }) => count("network.group_member where group_id = $1 and deleted_at is null", [groupId]),
    insert: ({ groupId }, n) => insertMembers(groupId, n),
    full: refused("addGroupMember", "network", "groupId", `There may be at most ${MAX_GROUP_MEMBERS} members per group`),
  },
];

/** List-valued inputs: the maximum is accepted, one more is refused before anything is written. */
const listInputs: [what: string, mutation: string, caller: Caller, input: (n: number) => Record<string, unknown>, max: number, full: ReturnType<typeof refused>][] = [
  ["goals of a policy", "adoptHolbaekPolicy", EDITOR, (n) => ({ input: { ...policy, goals: many(n, "Mål") } }), MAX_GOALS,
    refused("adoptHolbaekPolicy", "holbaek", "input.goals", `input.goals may hold at most ${MAX_GOALS} goals`)],
  ["people invited to a theme day", "scheduleThemeDay", NETWORK_COORDINATOR, (n) => ({ input: { ...themeDay, invited: many(n, "Gæst") } }), MAX_INVITED,
    refused("scheduleThemeDay", "network", "input.invited", `input.invited may hold at most ${MAX_INVITED} invitees`)],
];

const auditRows = () => count("(select id from holbaek.audit_entry union all select id from network.audit_entry) a");

describe("list-valued inputs have a maximum", () => {
  it.each(listInputs)("%s: %s with the maximum is accepted, with one more refused", async (_what, mutation, caller, input, max, full) => {
    const accepted = await as(caller, MUTATIONS[mutation]!, input(max));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data[mutation].id).toEqual(expect.any(String));

    const audit = await auditRows();
    expect(answer(await as(caller, MUTATIONS[mutation]!, input(max + 1)))).toEqual(full);
    expect(await auditRows()).toBe(audit);
  });
});

describe("a write that would grow a list beyond its maximum is BAD_USER_INPUT, and nothing is written", () => {
  it.each(collections)("$list: at most $max ($mutation)", async ({ max, mutation, caller, variables, rows, insert, full }) => {
    const vars = await variables();
    await insert(vars, max - 1 - (await rows(vars)));

    const last = await as(caller, MUTATIONS[mutation]!, vars);
    expect(last.errors).toBeUndefined();
    expect(await rows(vars)).toBe(max);

    const audit = await auditRows();
    expect(answer(await as(caller, MUTATIONS[mutation]!, vars))).toEqual(full);
    expect(await rows(vars)).toBe(max);
    expect(await auditRows()).toBe(audit);
  });
});

describe("concurrent writes at the limit end with exactly the maximum", () => {
  const PARALLEL = 5;
  const list = (name: string) => collections.find((c) => c.list === name)!;
  const cases: Collection[] = [
    list("milestones of a trial"), // the trial is locked
    { ...list("councils of a municipality"), mutation: "createAssensCouncil", caller: ["editor", "assens"], rows: () => count("assens.council"), insert: (_, n) => insertCouncils("assens", n) }, // the table is locked
    { ...list("current members of a group"), variables: async () => ({ groupId: await groupId("NETWORK_GROUP"), input: groupMember }) }, // the group is locked
  ];

  it.each(cases)(`$list: ${PARALLEL} writes with 2 places left ($mutation)`, async ({ max, mutation, caller, variables, rows, insert }) => {
    const vars = await variables();
    await insert(vars, max - 2 - (await rows(vars)));

    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => as(caller, MUTATIONS[mutation]!, vars)));
    const outcomes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? "written").sort();
    expect(outcomes).toEqual([...Array(PARALLEL - 2).fill("BAD_USER_INPUT"), "written", "written"]);
    expect(await rows(vars)).toBe(max);
  });
});

describe("reads return at most the maximum, even of rows added around the API", () => {
  it("councils and policies of a municipality", async () => {
    await insertCouncils("slagelse", MAX_COUNCILS + 5);
    await insertPolicies("slagelse", MAX_POLICIES + 5);
    const { data, errors } = await as(null, `{ municipality(slug: "slagelse") { councils { id } policies { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.municipality.councils).toHaveLength(MAX_COUNCILS);
    expect(data.municipality.policies).toHaveLength(MAX_POLICIES);
  });

  it("milestones and evaluations, per trial, in one request for several trials", async () => {
    const [crowded, small] = [await newTrial(), await newTrial()];
    await insertMilestones(crowded, MAX_MILESTONES + 5);
    await insertMilestones(small, 3);
    await insertEvaluations(crowded, MAX_EVALUATIONS + 5);
    const { data, errors } = await as(null, `query ($a: ID!, $b: ID!) {
      crowded: holbaekTrial(id: $a) { milestones { title } evaluations { recordedOn } }
      small: holbaekTrial(id: $b) { milestones { title } evaluations { recordedOn } } }`, { a: crowded, b: small });
    expect(errors).toBeUndefined();
    const titles = (n: number) => Array.from({ length: n }, (_, p) => ({ title: `Milepæl ${String(p).padStart(3, "0")}` }));
    expect(data).toEqual({
      crowded: {
        milestones: titles(MAX_MILESTONES),
        evaluations: Array.from({ length: MAX_EVALUATIONS }, (_, d) => ({ recordedOn: `2018-01-${String(d + 1).padStart(2, "0")}` })),
      },
      small: { milestones: titles(3), evaluations: [] },
    });
  });

  it("theme days of the network and challenges per theme day", async () => {
    const day = await newThemeDay("2000"); // the earliest, so it is on the list
    await insertThemeDays(MAX_THEME_DAYS + 5);
    await insertChallenges(day, MAX_CHALLENGES + 5);
    const { data, errors } = await as(null, `{ themeDays { id challenges { title } } }`);
    expect(errors).toBeUndefined();
    expect(data.themeDays).toHaveLength(MAX_THEME_DAYS);
    expect(data.themeDays[0]).toEqual({ id: day, challenges: Array.from({ length: MAX_CHALLENGES }, (_, i) => ({ title: `Udfordring ${String(i + 1).padStart(3, "0")}` })) });
  });

  it("members of a group, current ones and those changed since a moment", async () => {
    const since = new Date().toISOString();
    const group = await groupId("STEERING_GROUP");
    await insertMembers(group, MAX_GROUP_MEMBERS + 5);
    const { data, errors } = await as(["ministry"], `query ($since: DateTime!) { groups { id members { id } changed: members(updatedSince: $since) { id } } }`, { since });
    expect(errors).toBeUndefined();
    const steering = data.groups.find((g: { id: string }) => g.id === group);
    expect(steering.members).toHaveLength(MAX_GROUP_MEMBERS);
    expect(steering.changed).toHaveLength(MAX_GROUP_MEMBERS);
  });
});

describe("versions are paged in SQL", () => {
  const CREATE = `mutation ($input: CreateTrialInput!) { createHolbaekTrial(input: $input) { id } }`;
  const UPDATE = `mutation ($id: ID!, $input: UpdateTrialInput!) { updateHolbaekTrial(id: $id, input: $input) { id } }`;
  const VERSIONS = `query ($id: ID!, $after: String) { holbaekTrial(id: $id) { versions(first: 2, after: $after) {
    totalCount nodes { action changes { field after } } pageInfo { hasNextPage endCursor } } } }`;
  const UPDATES = 6;

  it("page after page with first: 2, the same answers and the same SQL statements for every page", async () => {
    const created = await as(EDITOR, CREATE, { input: { title: "Forsøg med historik", purpose: "Formål 0", exemptionCodes: [] } });
    const id = created.data.createHolbaekTrial.id;
    for (let i = 1; i <= UPDATES; i++) await as(EDITOR, UPDATE, { id, input: { purpose: `Formål ${i}` } });

    const pages: unknown[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    do {
      const before = sqlStatementCount();
      const { data, errors } = await as(["ministry"], VERSIONS, { id, after });
      statements.push(sqlStatementCount() - before);
      expect(errors).toBeUndefined();
      const { totalCount, nodes, pageInfo } = data.holbaekTrial.versions;
      pages.push({ totalCount, nodes, hasNextPage: pageInfo.hasNextPage });
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);

    const versions = Array.from({ length: UPDATES + 1 }, (_, i) => ({
      action: i === 0 ? "create" : "update",
      changes: expect.arrayContaining([{ field: "purpose", after: JSON.stringify(`Formål ${i}`) }]),
    }));
    const expected = Array.from({ length: Math.ceil(versions.length / 2) }, (_, p) => ({
      totalCount: versions.length,
      nodes: versions.slice(2 * p, 2 * p + 2),
      hasNextPage: 2 * p + 2 < versions.length,
    }));
    expect(pages).toEqual(expected);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(new Set(statements).size).toBe(1);
  });

  it("only the page and one more row leave the database", async () => {
    const entity = randomUUID();
    const writes = 9;
    await sql(`insert into holbaek.audit_entry (id, at, author, role, entity_type, entity_id, action, changes)
               select gen_random_uuid(), now() + make_interval(secs => i), 'bulk', 'editor', 'Trial', $1, 'update', '{}' from generate_series(1, $2) i`, [entity, writes]);
    const orm = await openSchemaDatabase({ url: graph.databaseUrl, schema: "holbaek", entities: [AuditEntryEntity], migrations: [] });
    try {
      const em = orm.em.fork();
      const returned: number[] = [];
      const execute = em.execute.bind(em);
      em.execute = (async (...args: Parameters<typeof execute>) => {
        const rows = await execute(...args);
        returned.push((rows as unknown[]).length);
        return rows;
      }) as typeof em.execute;
      const versions = createVersionLoader(em);

      const seen: number[] = [];
      let after: string | null = null;
      do {
        const page = await versions(entity, { first: 2, after });
        seen.push(page.nodes.length);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);

      expect(seen).toEqual([2, 2, 2, 2, 1]);
      expect(returned).toEqual([3, 3, 3, 3, 1]);
    } finally {
      await orm.close();
    }
  });
});

describe("the schema declares every list's size", () => {
  const named = (type: TypeNode): { list: boolean; name: string } =>
    type.kind === Kind.NON_NULL_TYPE ? named(type.type) : type.kind === Kind.LIST_TYPE ? { list: true, name: named(type.type).name } : { list: false, name: type.name.value };
  const argument = (field: FieldDefinitionNode, name: string) =>
    field.directives?.find((d) => d.name.value === "listSize")?.arguments?.find((a) => a.name.value === name)?.value;

  it("a plain list of objects has @listSize(assumedSize:) and says its maximum; a connection is sized by first", async () => {
    const document = parse(await readFile(SUPERGRAPH_PATH, "utf8"));
    const composite = new Set(document.definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION ? [d.name.value] : [])));
    const undeclared: string[] = [];
    for (const type of document.definitions) {
      if (type.kind !== Kind.OBJECT_TYPE_DEFINITION && type.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
      for (const field of type.fields ?? []) {
        const coordinate = `${type.name.value}.${field.name.value}`;
        const { list, name } = named(field.type);
        const assumed = argument(field, "assumedSize");
        if (field.arguments?.some((a) => a.name.value === "first")) {
          if (argument(field, "slicingArguments")?.kind !== Kind.LIST) undeclared.push(`${coordinate} (connection)`);
        } else if (list && composite.has(name) && !/Connection$/.test(type.name.value)) {
          if (assumed?.kind !== Kind.INT || !field.description?.value.endsWith(`At most ${assumed.value}.`)) undeclared.push(coordinate);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });
});
