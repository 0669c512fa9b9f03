import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { buildSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { fieldPrefix, members, type Member } from "@frikommune/members";
import { MAX_GOALS, MAX_INVITED } from "@frikommune/municipality-kit";
import { as, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";
import {
  BODY_LIMIT, codesOf, described, enumValue, generate, HOSTILE_STRINGS, isRefusal, leaksOf, MISSING, MISSING_OPERATION_TYPES, Random, refusing, sendAll, summary, tolerated,
  type Answer, type Generated, type Hostile, type Operation, type ReadCase, type Tables, type Value, type Values, type WriteCase,
} from "./support/malformed.js";

const graph = useTestGraph();

/** A new seed each run; `MALFORMED_SEED=<seed>` sends the same requests again. */
const SEED = Number(process.env.MALFORMED_SEED ?? Math.floor(Math.random() * 2 ** 32));

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const long = (n: number) => "x".repeat(n);
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
/** Sets `path` to each value in turn: one patch per value. */
const at = (path: string, values: Value[]): Values[] => values.map((value) => ({ [path]: value }));

const REQUIRED: Value[] = [null, MISSING];
/** Ids that name nothing: unknown UUIDs, no UUIDs at all, empty, very long, SQL, a number. */
const BAD_IDS: Value[] = [UNKNOWN_ID, "6f1f4a4e-2c5b-4b8e-9d0e-000000000000", "not-a-uuid", "", long(5_000), "' OR '1'='1", "1; DROP TABLE trial; --", `{${UNKNOWN_ID}}`, "00000000-0000-4000-8000-00000000000g", "x\u0000", 12345];
/** Not YYYY, YYYY-MM or YYYY-MM-DD, or not a string at all. */
const BAD_DATES: Value[] = ["", "17", "2017-13", "2017-00", "2017-1", "2017-01-1", "2017-01-32", "20170101", "primo 2017", " 2017", "2017-01-01T00:00:00Z", "2017\u0000", 2017, true];
/** A title of `min`–`max` characters: too short, blank, too long, or of the wrong type. */
const badTitles = (min: number, max: number): Value[] => ["", " ".repeat(min + 1), "x".repeat(min - 1), long(max + 1), "Titel\u0000", 42, false, ["En titel"]];
/** Text of 1–`max` characters. */
const badTexts = (max: number): Value[] => ["", "   ", long(max + 1), 7];

const FIRSTS: Hostile[] = [...refusing(0, -1, 101, 1_000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5, "10", true, [5], {}), ...tolerated(null, 1, 100)];
const STATUSES: Hostile[] = [...refusing(enumValue("NOPE"), enumValue("active"), enumValue("IDEA_"), "", 1, true, [enumValue("ACTIVE")], {}), ...tolerated(null, enumValue("STOPPED"), "ACTIVE")];
const MOMENTS: Hostile[] = [
  ...refusing("yesterday", "", "2017-13-01T00:00:00Z", true, {}, ["2017-01-01T00:00:00Z"]),
  ...tolerated(null, "2017-01-01", 0, "0000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "9999-12-31T23:59:59Z", "2017-02-30T00:00:00Z", "2017-01-01T00:00:00+14:00"),
];
/** `after` values no trial list handed out: random base64, JSON of the wrong shape, huge, empty. */
function badCursors(random: Random, shaped: unknown[]): Hostile[] {
  const randomBase64 = (bytes: number) => Buffer.from(random.bytes(bytes)).toString("base64url");
  return [
    ...refusing(
      randomBase64(12), randomBase64(48), randomBase64(60_000), cursor({}), cursor([]), cursor(["x"]), cursor(["x", UNKNOWN_ID, "z"]), cursor([1, 2]),
      cursor([null, null]), cursor("x"), cursor(42), cursor([["x"], UNKNOWN_ID]), ...shaped.map(cursor), "", "!!!", "=", "%%%", "not-a-cursor", 42, true,
    ),
    ...tolerated(null, cursor([long(20_000), UNKNOWN_ID]), cursor(["", UNKNOWN_ID])),
  ];
}

// The registry's first two members write as an editor and as a coordinator, each with every kind of patch (see `tables`).
const [first, second] = members as [Member, Member, ...Member[]];

/** The seeded graph's own ids, so that a write's only wrong field is the one being changed. */
interface Fixtures {
  members: Map<string, MemberIds>;
  themeDay: string;
  group: string;
  groupMember: string;
}

/** A seeded row of each kind per member; the second milestone is left to `set…MilestoneState`, the first is completed. */
interface MemberIds {
  trial: string;
  council: string;
  policy: string;
  milestone: string;
  openMilestone: string;
}

async function fixturesOf(): Promise<Fixtures> {
  const { data, errors } = await as(graph, ["ministry"], `{
    municipalities { slug councils { id } policies { id } trials(first: 1) { nodes { id milestones { id } } } }
    themeDays { id } groups { id members { id } } }`);
  expect(errors).toBeUndefined();
  const first = (items: { id: string }[] | null | undefined) => items?.[0]?.id ?? UNKNOWN_ID;
  const trials = (m: any) => m.trials?.nodes ?? [];
  return {
    members: new Map(data.municipalities.map((m: any) => [m.slug, {
      trial: first(trials(m)), council: first(m.councils), policy: first(m.policies), milestone: first(trials(m)[0]?.milestones),
      openMilestone: first(trials(m)[0]?.milestones.slice(1)),
    }])),
    // The documents seed no theme day; one is scheduled so that bringing a challenge has a day to name.
    themeDay: data.themeDays[0]?.id ?? (await as(graph, ["network-coordinator"], `mutation { scheduleThemeDay(input: { title: "Temadag", description: "Sparring", invited: [] }) { id } }`)).data.scheduleThemeDay.id,
    group: first(data.groups),
    groupMember: first(data.groups.flatMap((g: any) => g.members)),
  };
}

const mutation = (field: string, args: Record<string, string>, selection: string): Operation & { field: string } => ({
  type: "mutation",
  field,
  args,
  body: (arg) => `{ ${field}(${Object.keys(args).map((name) => `${name}: ${arg(name)}`).join(", ")}) ${selection} }`,
});
const query = (args: Record<string, string>, body: Operation["body"]): Operation => ({ type: "query", args, body });

const ANSWERS = [
  { dimension: "EFFECTS", answer: "Flere borgere deltog" },
  { dimension: "LEGAL_CERTAINTY", answer: "Uændret" },
  { dimension: "ECONOMIC_CONSEQUENCES", answer: "Ingen merudgifter" },
  { dimension: "ADMINISTRATIVE_CONSEQUENCES", answer: "Færre sagsskridt" },
];

function memberWrites({ typePrefix: p }: Member, ids: MemberIds, caller: NonNullable<Caller>): WriteCase[] {
  return [
    {
      op: mutation(`create${p}Trial`, { input: "CreateTrialInput!" }, "{ id title }"),
      valid: { input: { title: "Borgerbudget i lokalforum", purpose: "Afprøve et lokalt borgerbudget", exemptionCodes: ["A"], ownerCouncilId: ids.council, validFrom: "2017", validTo: "2018-06" } },
      invalid: [
        ...at("input", [...REQUIRED, "input", []]),
        ...at("input.title", [...badTitles(3, 200), ...REQUIRED]),
        ...at("input.purpose", [...badTexts(4_000), ...REQUIRED]),
        ...at("input.exemptionCodes", [["E"], ["A", "Q"], [""], ["A\u0000"], [1], [null], {}, ...REQUIRED]),
        ...at("input.ownerCouncilId", [UNKNOWN_ID, "not-a-uuid", "", "' OR '1'='1"]),
        ...at("input.validFrom", BAD_DATES),
        ...at("input.validTo", BAD_DATES),
        { "input.validFrom": "2018", "input.validTo": "2017-12" },
        { "input.status": enumValue("ACTIVE") },
      ],
      caller,
    },
    {
      op: mutation(`update${p}Trial`, { id: "ID!", input: "UpdateTrialInput!" }, "{ id title }"),
      valid: { id: ids.trial, input: { title: "Ny titel", purpose: "Nyt formål" } },
      invalid: [
        ...at("id", [...BAD_IDS, ...REQUIRED]),
        ...at("input", [...REQUIRED, "x"]),
        ...at("input.title", badTitles(3, 200)),
        ...at("input.purpose", badTexts(4_000)),
        ...at("input.exemptionCodes", [["Q"], [""], [null], ["A", "E"]]),
        ...at("input.ownerCouncilId", [UNKNOWN_ID, "not-a-uuid", ""]),
        ...at("input.validFrom", BAD_DATES),
        { "input.validFrom": "2019", "input.validTo": "2018" },
        { "input.status": enumValue("ACTIVE") },
      ],
      caller,
    },
    {
      op: mutation(`set${p}TrialStatus`, { id: "ID!", status: "TrialStatus!", note: "String" }, "{ id status }"),
      valid: { id: ids.trial, status: enumValue("APPLICATION_SENT"), note: "Sendt til ministeriet" },
      invalid: [
        ...at("id", [...BAD_IDS, ...REQUIRED]),
        // No step of the life cycle leads back to IDEA.
        ...at("status", [enumValue("IDEA"), enumValue("NOPE"), enumValue("active"), 1, true, ...REQUIRED]),
        ...at("note", badTexts(2_000)),
      ],
      caller,
    },
    {
      op: mutation(`add${p}Milestone`, { trialId: "ID!", input: "MilestoneInput!" }, "{ id title }"),
      valid: { trialId: ids.trial, input: { title: "Første borgermøde", dueOn: "2017-03" } },
      invalid: [...at("trialId", [...BAD_IDS, ...REQUIRED]), ...at("input", [...REQUIRED, 5]), ...at("input.title", [...badTitles(3, 200), ...REQUIRED]), ...at("input.dueOn", BAD_DATES)],
      caller,
    },
    {
      op: mutation(`complete${p}Milestone`, { id: "ID!", completedOn: "String!" }, "{ id completedOn }"),
      valid: { id: ids.milestone, completedOn: "2017-04-02" },
      invalid: [...at("id", [...BAD_IDS, ...REQUIRED]), ...at("completedOn", [...BAD_DATES, "2999", "2999-01", "2999-12-31", ...REQUIRED])],
      caller,
    },
    {
      op: mutation(`set${p}MilestoneState`, { id: "ID!", state: "MilestoneState!" }, "{ id state }"),
      valid: { id: ids.openMilestone, state: enumValue("NOT_DONE") },
      // DONE needs a date, so it goes through complete…Milestone.
      invalid: [...at("id", [...BAD_IDS, ...REQUIRED]), ...at("state", [enumValue("DONE"), enumValue("NOPE"), enumValue("not_done"), 1, ...REQUIRED])],
      caller,
    },
    {
      op: mutation(`record${p}Evaluation`, { trialId: "ID!", input: "EvaluationInput!" }, "{ id recordedOn }"),
      valid: { trialId: ids.trial, input: { recordedOn: "2018-01-15", answers: ANSWERS } },
      invalid: [
        ...at("trialId", [...BAD_IDS, ...REQUIRED]),
        ...at("input", REQUIRED),
        ...at("input.answers", [ANSWERS.slice(1), [], [...ANSWERS, { dimension: "HAPPINESS", answer: "Høj" }], [...ANSWERS, ANSWERS[0]!], "EFFECTS", ...REQUIRED]),
        ...at("input.answers.0.answer", ["", "   ", long(4_001), null]),
        ...at("input.answers.2.dimension", ["", "NOPE", "EFFECTS", 3, null]),
        ...at("input.recordedOn", BAD_DATES),
      ],
      caller,
    },
    {
      op: mutation(`create${p}Council`, { input: "CouncilInput!" }, "{ id name }"),
      valid: { input: { name: "Lokalforum Tølløse", kind: enumValue("LOKALFORUM"), description: "Et nyt lokalforum", count: 2, validFrom: "2016", validTo: "2019" } },
      invalid: [
        ...at("input", REQUIRED),
        ...at("input.name", [...badTitles(2, 200), ...REQUIRED]),
        ...at("input.kind", [enumValue("NOPE"), enumValue("lokalforum"), 1, ...REQUIRED]),
        ...at("input.description", badTexts(4_000)),
        ...at("input.count", [0, -1, 1.5, "2", 2 ** 31, -(2 ** 31) - 1]),
        ...at("input.validFrom", BAD_DATES),
        { "input.validFrom": "2019-05", "input.validTo": "2019-04" },
      ],
      caller,
    },
    {
      op: mutation(`update${p}Council`, { id: "ID!", input: "UpdateCouncilInput!" }, "{ id name }"),
      valid: { id: ids.council, input: { name: "Lokalforum Nord", count: 3 } },
      invalid: [
        ...at("id", [...BAD_IDS, ...REQUIRED]),
        ...at("input", REQUIRED),
        // A council always has a name and a kind: null cannot take their place.
        ...at("input.name", [...badTitles(2, 200), null]),
        ...at("input.kind", [enumValue("NOPE"), null]),
        ...at("input.count", [0, -7, "3"]),
        ...at("input.validTo", BAD_DATES),
        { "input.validFrom": "2020", "input.validTo": "2019" },
      ],
      caller,
    },
    {
      op: mutation(`adopt${p}Policy`, { input: "PolicyInput!" }, "{ id title }"),
      valid: { input: { title: "Frivillighedsstrategi", kind: enumValue("STRATEGI"), adoptedOn: "2017", adoptedBy: "Byrådet", summary: "Bedre rammer", goals: ["Flere frivillige"] } },
      invalid: [
        ...at("input", REQUIRED),
        ...at("input.title", [...badTitles(2, 200), ...REQUIRED]),
        ...at("input.kind", [enumValue("NOPE"), 2, ...REQUIRED]),
        ...at("input.adoptedOn", BAD_DATES),
        ...at("input.adoptedBy", badTexts(200)),
        ...at("input.summary", badTexts(4_000)),
        ...at("input.goals", [Array<Value>(MAX_GOALS + 1).fill("Et mål"), [""], [long(501)], [null], [1]]),
      ],
      caller,
    },
    {
      op: mutation(`update${p}Policy`, { id: "ID!", input: "UpdatePolicyInput!" }, "{ id title }"),
      valid: { id: ids.policy, input: { title: "Ny titel" } },
      invalid: [
        ...at("id", [...BAD_IDS, ...REQUIRED]),
        ...at("input", REQUIRED),
        // A policy always has a title and a kind: null cannot take their place.
        ...at("input.title", [...badTitles(2, 200), null]),
        ...at("input.kind", [enumValue("NOPE"), null]),
        ...at("input.adoptedOn", BAD_DATES),
        ...at("input.goals", [[""], Array<Value>(MAX_GOALS + 1).fill("Et mål")]),
      ],
      caller,
    },
  ];
}

function networkWrites(f: Fixtures): WriteCase[] {
  const coordinator: NonNullable<Caller> = ["network-coordinator"];
  return [
    {
      op: mutation("scheduleThemeDay", { input: "ThemeDayInput!" }, "{ id title }"),
      valid: { input: { title: "Temadag om frivillighed", heldOn: "2017-09", description: "Sparring om frivilliges vilkår", invited: ["De fem borgmestre"] } },
      invalid: [
        ...at("input", REQUIRED),
        ...at("input.title", [...badTitles(3, 200), ...REQUIRED]),
        ...at("input.heldOn", BAD_DATES),
        ...at("input.description", [...badTexts(4_000), ...REQUIRED]),
        ...at("input.invited", [Array<Value>(MAX_INVITED + 1).fill("Borgmester"), [""], [long(201)], [null], ...REQUIRED]),
      ],
      caller: coordinator,
    },
    {
      op: mutation("bringChallenge", { themeDayId: "ID!", input: "ChallengeInput!" }, "{ id title }"),
      valid: { themeDayId: f.themeDay, input: { title: "Frivillige i plejen", description: "Hvordan sikrer vi gode rammer?" } },
      invalid: [
        ...at("themeDayId", [...BAD_IDS, ...REQUIRED]),
        ...at("input", REQUIRED),
        ...at("input.title", [...badTitles(3, 200), ...REQUIRED]),
        ...at("input.description", [...badTexts(4_000), ...REQUIRED]),
        // The municipality is always the coordinator's own; the input cannot name another.
        { "input.municipalitySlug": first.slug },
      ],
      caller: ["coordinator", second.slug],
    },
    {
      op: mutation("recordExemptionDecision", { code: "ID!", decision: "ExemptionDecision!", decidedOn: "String!", note: "String" }, "{ code decision }"),
      valid: { code: "C", decision: enumValue("APPLIED"), decidedOn: "2016-11", note: "Ansøgning sendt" },
      invalid: [
        ...at("code", ["E", "", "AA", "a\u0000", long(300), "' OR '1'='1", 5, ...REQUIRED]),
        ...at("decision", [enumValue("NOPE"), enumValue("granted"), 1, ...REQUIRED]),
        ...at("decidedOn", [...BAD_DATES, ...REQUIRED]),
        ...at("note", badTexts(4_000)),
      ],
      caller: coordinator,
    },
    {
      op: mutation("addGroupMember", { groupId: "ID!", input: "GroupMemberInput!" }, "{ id role }"),
      valid: { groupId: f.group, input: { role: "Stedfortræder", municipalitySlug: second.slug, name: "Anne Andersen" } },
      invalid: [
        ...at("groupId", [...BAD_IDS, ...REQUIRED]),
        ...at("input", REQUIRED),
        ...at("input.role", [...badTitles(2, 200), ...REQUIRED]),
        // Only a member of the network may be named; an empty slug names none.
        ...at("input.municipalitySlug", ["not a member!", "", first.typePrefix, ` ${first.slug}`, first.slug.toUpperCase(), long(300), 5]),
        ...at("input.name", badTexts(200)),
      ],
      caller: coordinator,
    },
    {
      op: mutation("removeGroupMember", { id: "ID!" }, "{ id }"),
      valid: { id: f.groupMember },
      invalid: at("id", [...BAD_IDS, ...REQUIRED]),
      caller: coordinator,
    },
  ];
}

function reads(f: Fixtures, random: Random): ReadCase[] {
  // A member whose data has trials, for the questions about one of them.
  const reader = members.find((m) => f.members.get(m.slug)!.trial !== UNKNOWN_ID)!;
  const { trial } = f.members.get(reader.slug)!;
  const trialField = `${fieldPrefix(reader.typePrefix)}Trial`;
  return [
    {
      name: "the ministry's question",
      op: query({ status: "TrialStatus", exemption: "ID", first: "Int", after: "String" }, (a) =>
        `{ municipalities { slug trials(status: ${a("status")}, exemption: ${a("exemption")}, first: ${a("first")}, after: ${a("after")}) { totalCount pageInfo { hasNextPage endCursor } nodes { id title status exemptions { code } } } } }`),
      valid: { status: null, exemption: null, first: 20, after: null },
      callers: [["ministry"], null],
      hostile: {
        status: STATUSES,
        exemption: [...tolerated("E", "", "a\u0000", long(300), "' OR '1'='1", 5), ...refusing(true, [], {})],
        first: FIRSTS,
        // A trial cursor is [title, id]: an id that is no UUID, or NUL in the title, is no cursor of ours.
        after: badCursors(random, [["Borgerbudget", "not-a-uuid"], ["Borgerbudget\u0000", UNKNOWN_ID]]),
      },
    },
    {
      name: "a municipality by slug",
      op: query({ slug: "ID!" }, (a) => `{ municipality(slug: ${a("slug")}) { slug name councils { name kind } policies { title kind } trialSummary { total } } }`),
      valid: { slug: reader.slug },
      callers: [null, ["editor", reader.slug]],
      hostile: { slug: [...tolerated(...HOSTILE_STRINGS, reader.slug.toUpperCase(), `${reader.slug} `, long(50_000), 7), ...refusing(...REQUIRED, true, [reader.slug], { slug: reader.slug })] },
    },
    {
      name: "a trial and its versions",
      op: query({ id: "ID!", first: "Int", after: "String" }, (a) =>
        `{ ${trialField}(id: ${a("id")}) { title status versions(first: ${a("first")}, after: ${a("after")}) { totalCount pageInfo { endCursor } nodes { action } } } }`),
      valid: { id: trial, first: 5, after: null },
      callers: [["ministry"], ["editor", reader.slug]],
      hostile: {
        id: [...tolerated(...BAD_IDS), ...refusing(...REQUIRED, true, [trial])],
        first: FIRSTS,
        // A version cursor is [position, id]: the position is a whole number.
        after: [...badCursors(random, [["x", UNKNOWN_ID], ["1\u0000", UNKNOWN_ID], ["-1", UNKNOWN_ID]]), ...tolerated(cursor(["9".repeat(400), UNKNOWN_ID]), cursor(["0", UNKNOWN_ID]))],
      },
    },
    {
      name: "an exemption and its versions",
      op: query({ code: "ID!", first: "Int" }, (a) => `{ exemption(code: ${a("code")}) { code title decision versions(first: ${a("first")}) { totalCount } } }`),
      valid: { code: "A", first: 5 },
      callers: [["ministry"]],
      hostile: { code: [...tolerated("E", "", "a", "a\u0000", long(1_000), "' OR '1'='1", 3), ...refusing(...REQUIRED, false, {})], first: FIRSTS },
    },
    {
      name: "changes since a moment",
      op: query({ since: "DateTime", first: "Int" }, (a) =>
        `{ municipality(slug: "${reader.slug}") { trials(updatedSince: ${a("since")}, first: ${a("first")}) { totalCount } } groups { name members(updatedSince: ${a("since")}) { role deleted } } }`),
      valid: { since: "2016-01-01T00:00:00Z", first: 10 },
      callers: [null, ["ministry"]],
      hostile: { since: MOMENTS, first: FIRSTS },
    },
    {
      name: "who is asking",
      op: query({}, () => `{ viewer { authenticated role subject } network { name } }`),
      valid: {},
      callers: [null, ["ministry"], ["coordinator", second.slug]],
      hostile: {},
    },
  ];
}

function tables(f: Fixtures, random: Random): Tables {
  // The first member's editor and the second's coordinator write for their own municipality; the other members by turns.
  const writer = (m: Member, i: number): NonNullable<Caller> => (m === first ? ["editor", m.slug] : m === second || i % 2 ? ["coordinator", m.slug] : ["editor", m.slug]);
  return {
    reads: reads(f, random),
    writes: [...members.flatMap((m, i) => memberWrites(m, f.members.get(m.slug)!, writer(m, i))), ...networkWrites(f)],
    outsiders: [null, ["ministry"], ["editor", members.at(-1)!.slug], ["coordinator", first.slug], ["network-coordinator"]],
  };
}

// The first member's writes (the kit's, as every member has them) and the network's get every patch, one at a time; the other members a sample.
const ownerOf = (write: WriteCase) => members.find((m) => new RegExp(`^[a-z]+${m.typePrefix}[A-Z]`).test(write.op.field));
const patchesPerWrite = (write: WriteCase) => {
  const owner = ownerOf(write);
  if (!owner || owner === first) return Infinity;
  return owner === second ? 8 : 4;
};

type Snapshot = Record<string, { rows: number; digest: string | null }>;

/**
 * Every table in every schema of the test database: its row count and a digest of its rows. The
 * gateway tokens refused mutations spent are not data, and are left out.
 */
function snapshot(): Promise<Snapshot> {
  return withClient(graph.databaseUrl, async (client) => {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') and table_name <> 'spent_token' order by 1, 2`);
    const result: Snapshot = {};
    for (const { schema, name } of tables) {
      const table = `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
      const { rows } = await client.query<{ rows: number; digest: string | null }>(`select count(*)::int as rows, md5(string_agg(t::text, ',' order by t::text)) as digest from ${table} t`);
      result[`${schema}.${name}`] = rows[0]!;
    }
    return result;
  });
}

/** What a frontend and the ministry ask every day: the answer must not change. */
const EVERYDAY_QUERY = `{
  network { name periodFrom periodTo }
  municipalities { slug name trialSummary { total byStatus { status count } } trials(first: 20) { totalCount nodes { id title status } } }
  exemptions { code title decision decidedOn }
  themeDays { title heldOn }
}`;

let generated: Generated;
let answers: Answer[];
let before: Snapshot;
let after: Snapshot;
let everydayBefore: Awaited<ReturnType<typeof as>>;
let everydayAfter: Awaited<ReturnType<typeof as>>;

beforeAll(async () => {
  const random = new Random(SEED);
  generated = generate(random, tables(await fixturesOf(), random), patchesPerWrite);
  before = await snapshot();
  everydayBefore = await as(graph, ["ministry"], EVERYDAY_QUERY);
  answers = await sendAll(graph.gateway.url, generated.requests, 8);
  after = await snapshot();
  everydayAfter = await as(graph, ["ministry"], EVERYDAY_QUERY);
  console.log(summary(SEED, answers));
});

const MEMBER_PREFIX = new RegExp(members.map((m) => m.typePrefix).join("|"), "g");
/** What a request was, whichever member, form and caller: "write: createMemberTrial input.title=\"ab\"". */
const requestKind = (a: Answer) => a.request.name.replace(/#\d+:/, ":").replace(/ \([^()]*\)$/, "").replace(MEMBER_PREFIX, "Member");
/** What came back, without the values echoed in it: "200 Variable … got invalid value". */
const answerKind = (a: Answer) =>
  `${a.status} ${a.text === "" ? "(empty body)" : String(a.json?.errors?.[0]?.message ?? a.text).replace(/"[^"]*"|\d+/g, "…").replace(/^(Variable …) .*/, "$1 …").slice(0, 70)}`;
/** The failing answers by kind, each kind with one full example; `MALFORMED_SEED` repeats the run. */
function failing(list: Answer[], kindOf: (a: Answer) => string = requestKind) {
  const kinds = new Map<string, Answer[]>();
  for (const answer of list) kinds.set(kindOf(answer), [...(kinds.get(kindOf(answer)) ?? []), answer]);
  return { count: list.length, kinds: [...kinds].slice(0, 30).map(([kind, answers]) => `${kind} (×${answers.length}), e.g. ${described(answers[0]!)}`) };
}
const none = { count: 0, kinds: [] };
const seed = `seed ${SEED} (MALFORMED_SEED=${SEED} repeats it)`;

describe("malformed and mutated requests through the gateway", () => {
  it("are over a thousand, and call every mutation of the published schema", async () => {
    const schema = buildSchema(await readFile(resolve(import.meta.dirname, "../gateway/api-schema.graphql"), "utf8"));
    expect(answers.length).toBeGreaterThanOrEqual(1_000);
    expect([...generated.mutations].sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it.each(MISSING_OPERATION_TYPES)("send %s operations, which the schema lacks, and get them refused as invalid", (type) => {
    const sent = answers.filter((a) => a.request.name.startsWith("operation types the schema lacks#") && a.request.name.includes(`: ${type} `));
    expect(sent.length).toBeGreaterThan(0);
    expect(failing(sent.filter((a) => a.status >= 500 || codesOf(a).join() !== "GRAPHQL_VALIDATION_FAILED"), answerKind), seed).toEqual(none);
  });

  it("are each answered over HTTP, never with a 5xx status", () => {
    expect(failing(answers.filter((a) => a.status === 0 || a.status >= 500), answerKind), seed).toEqual(none);
  });

  it("would be caught showing a stack trace, SQL or a bare refusal", () => {
    const answer = (text: string): Answer => ({ request: generated.requests[0]!, status: 400, contentType: "application/json", text, json: JSON.parse(text) });
    expect(leaksOf(answer('{"errors":[{"message":"x","extensions":{"stacktrace":["    at run (/work/main/a.ts:1:1)"]}}]}'))).toEqual(["    at ", ".ts:", "/work/", "stacktrace", "extensions.stacktrace"]);
    expect(leaksOf(answer('{"errors":[{"message":"relation \\"trial\\" does not exist at 127.0.0.1:5432"}]}'))).toEqual(["127.0.0.1", ":5432", 'relation "']);
    expect(isRefusal(answer('{"data":null}'))).toBe(false);
  });

  it("show no stack trace, internal address or SQL", () => {
    expect(failing(answers.filter((a) => leaksOf(a).length)), seed).toEqual(none);
  });

  it("are refused with JSON carrying an errors array, and no refused mutation answers", () => {
    const refusedBadly = answers.filter((a) => (a.status >= 400 || a.request.refused) && !isRefusal(a));
    const answeredMutations = answers.filter((a) => a.request.mutation && a.json?.data?.[a.request.mutation] != null);
    const notJson = answers.filter((a) => a.status < 400 && a.text !== "" && a.json === undefined);
    expect({ refusedBadly: failing(refusedBadly, answerKind), answeredMutations: failing(answeredMutations), notJson: failing(notJson, answerKind) }, seed).toEqual({ refusedBadly: none, answeredMutations: none, notJson: none });
  });

  it(`refuse bodies over ${BODY_LIMIT} bytes with 413, and only those`, () => {
    const sized = answers.filter((a) => a.request.bodyLimit);
    expect(sized.length).toBeGreaterThan(0);
    expect(failing(sized.filter((a) => (a.status === 413) !== (a.request.bodyLimit === "over"))), seed).toEqual(none);
  });

  it("write nothing: every table of every schema, the audit trail included, is as before", () => {
    const audited = Object.keys(before).filter((table) => table.endsWith(".audit_entry"));
    expect(audited.length).toBe(members.length + 1);
    const changed = Object.keys({ ...before, ...after }).filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]));
    expect(changed.map((table) => `${table}: ${JSON.stringify(before[table])} → ${JSON.stringify(after[table])}`), seed).toEqual([]);
  });

  it("are blamed on the request, never on the graph: no INTERNAL_SERVER_ERROR", () => {
    expect(failing(answers.filter((a) => codesOf(a).includes("INTERNAL_SERVER_ERROR"))), seed).toEqual(none);
  });

  it("get errors that each carry a stable extensions.code", () => {
    expect(failing(answers.filter((a) => codesOf(a).includes("(no code)")), answerKind), seed).toEqual(none);
  });

  it("leave the gateway answering an everyday query as before", () => {
    expect(everydayBefore.errors).toBeUndefined();
    expect(everydayBefore.data.municipalities.map((m: { slug: string }) => m.slug)).toEqual(members.map((m) => m.slug));
    expect(everydayAfter).toEqual(everydayBefore);
  });
});
