import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { as as asCaller, CALLERS, expectOutcome, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => asCaller(graph, caller, query, variables);
const NETWORK_COORDINATOR: Caller = ["network-coordinator"];
// Any member of the registry will do; the last one joined most recently, with no data of its own.
const [first, second] = members;
const latest = members.at(-1)!;

const SCHEDULE = `mutation ($input: ThemeDayInput!) { scheduleThemeDay(input: $input) { id title heldOn invited challenges { title } sources { quote } history { action role } } }`;
const BRING = `mutation ($day: ID!, $input: ChallengeInput!) { bringChallenge(themeDayId: $day, input: $input) { id title municipality { slug name } themeDay { id } sources { quote } } }`;
const DECIDE = `mutation ($code: ID!, $decision: ExemptionDecision!, $on: String!, $note: String) { recordExemptionDecision(code: $code, decision: $decision, decidedOn: $on, note: $note) { code decision decidedOn decisionNote } }`;
const ADD_MEMBER = `mutation ($group: ID!, $input: GroupMemberInput!) { addGroupMember(groupId: $group, input: $input) { id role municipality { slug } } }`;
const REMOVE_MEMBER = `mutation ($id: ID!) { removeGroupMember(id: $id) { id members { id } } }`;
const themeDay = { title: "Temadag om frivillighed", heldOn: "2017-09", description: "Sparring om frivilliges vilkår", invited: ["De fem borgmestre"] };

async function scheduledDay() {
  const { data } = await as(NETWORK_COORDINATOR, SCHEDULE, { input: themeDay });
  return data.scheduleThemeDay.id as string;
}
async function groupId(kind = "COORDINATION_GROUP") {
  const { data } = await as(null, `{ groups { id kind } }`);
  return data.groups.find((g: { kind: string }) => g.kind === kind).id as string;
}
async function addedMember() {
  const { data } = await as(NETWORK_COORDINATOR, ADD_MEMBER, { group: await groupId("NETWORK_GROUP"), input: { role: "Netværksansvarlig", municipalitySlug: latest.slug } });
  return data.addGroupMember.id as string;
}

const mutations: [name: string, mayCall: (who: string) => boolean, run: (caller: Caller) => Promise<{ data?: any; errors?: any[] }>][] = [
  ["scheduleThemeDay", (who) => who === "a network coordinator", (caller) => as(caller, SCHEDULE, { input: themeDay })],
  ["bringChallenge", (who) => who.endsWith("coordinator") && who !== "a network coordinator", async (caller) => as(caller, BRING, { day: await scheduledDay(), input: { title: "Frivillige i plejen", description: "Hvordan sikrer vi gode rammer?" } })],
  ["recordExemptionDecision", (who) => who === "a network coordinator", (caller) => as(caller, DECIDE, { code: "C", decision: "APPLIED", on: "2016-11" })],
  ["addGroupMember", (who) => who === "a network coordinator", async (caller) => as(caller, ADD_MEMBER, { group: await groupId(), input: { role: "Stedfortræder", municipalitySlug: second!.slug } })],
  ["removeGroupMember", (who) => who === "a network coordinator", async (caller) => as(caller, REMOVE_MEMBER, { id: await addedMember() })],
];

describe("who may write the network's data (authorization matrix)", () => {
  const matrix = mutations.flatMap(([name, mayCall, run]) =>
    CALLERS.map(([who, caller]) => [name, who, caller === null ? "UNAUTHENTICATED" : mayCall(who) ? "allowed" : "FORBIDDEN", () => run(caller)] as const),
  );
  it.each(matrix)("%s by %s: %s", async (name, _who, expected, run) => {
    expectOutcome(await run(), name, expected);
  });
});

describe("network writes", () => {
  it("schedule a theme day: the documents name none, so it has no sources, and its history names the write", async () => {
    const { data, errors } = await as(NETWORK_COORDINATOR, SCHEDULE, { input: themeDay });
    expect(errors).toBeUndefined();
    expect(data.scheduleThemeDay).toMatchObject({ title: themeDay.title, heldOn: "2017-09", challenges: [], sources: [], history: [{ action: "schedule", role: "network-coordinator" }] });
  });

  it("bring a challenge for the coordinator's own municipality, whatever the request says", async () => {
    const day = await scheduledDay();
    const { data } = await as(["coordinator", latest.slug], BRING, { day, input: { title: "Tomme butikker", description: "Regler for midlertidig brug" } });
    expect(data.bringChallenge).toMatchObject({ municipality: { slug: latest.slug, name: latest.name }, themeDay: { id: day }, sources: [] });
    const days = await as(null, `{ themeDays { id challenges { title municipality { slug } } } }`);
    expect(days.data.themeDays.find((d: { id: string }) => d.id === day).challenges).toEqual([{ title: "Tomme butikker", municipality: { slug: latest.slug } }]);
    const listed = await as(null, `query ($slug: ID!) { challenges(municipality: $slug, onThemeDay: true) { id themeDay { id } } }`, { slug: latest.slug });
    expect(listed.data.challenges).toContainEqual({ id: data.bringChallenge.id, themeDay: { id: day } });
  });

  it("leave the challenges the application states without a day when others are brought to one", async () => {
    const STATED = `{ challenges(onThemeDay: false) { id title themeDay { id } municipality { slug } } }`;
    const before = (await as(null, STATED)).data.challenges;
    expect(before.length).toBeGreaterThan(0);
    await as(["coordinator", first!.slug], BRING, { day: await scheduledDay(), input: { title: "Frivillige i plejen", description: "Hvordan sikrer vi gode rammer?" } });
    expect((await as(null, STATED)).data.challenges).toEqual(before);
    expect(before.every((c: { themeDay: unknown }) => c.themeDay === null)).toBe(true);
  });

  it("record an exemption decision with its audit entry", async () => {
    const { data } = await as(NETWORK_COORDINATOR, DECIDE, { code: "b", decision: "GRANTED", on: "2017-03-01", note: "Godkendt af ministeriet" });
    expect(data.recordExemptionDecision).toEqual({ code: "B", decision: "GRANTED", decidedOn: "2017-03-01", decisionNote: "Godkendt af ministeriet" });
    const [entry] = await withClient(graph.databaseUrl, async (c) =>
      (await c.query("select author, role, action, changes from network.audit_entry where action = 'recordDecision' order by at desc limit 1")).rows);
    expect(entry).toEqual({
      author: expect.any(String),
      role: "network-coordinator",
      action: "recordDecision",
      changes: { decision: { before: "PROPOSED", after: "GRANTED" }, decidedOn: { before: null, after: "2017-03-01" }, decisionNote: { before: null, after: "Godkendt af ministeriet" } },
    });
  });

  const badInput: [what: string, query: string, variables: () => Promise<Record<string, unknown>>, field: string, caller?: Caller][] = [
    ["a theme day with a malformed date", SCHEDULE, async () => ({ input: { ...themeDay, heldOn: "efterår" } }), "input.heldOn"],
    ["a challenge for a theme day that does not exist", BRING, async () => ({ day: "00000000-0000-4000-8000-000000000000", input: { title: "Titel", description: "x" } }), "themeDayId", ["coordinator", first!.slug]],
    ["a decision on an unknown exemption", DECIDE, async () => ({ code: "E", decision: "GRANTED", on: "2017" }), "code"],
    ["a group member from outside the network", ADD_MEMBER, async () => ({ group: await groupId(), input: { role: "Koordinator", municipalitySlug: "not a member!" } }), "input.municipalitySlug"],
    ["removing a group member who is already removed", REMOVE_MEMBER, async () => {
      const id = await addedMember();
      await as(NETWORK_COORDINATOR, REMOVE_MEMBER, { id });
      return { id };
    }, "id"],
  ];
  it.each(badInput)("refuse %s with BAD_USER_INPUT and write nothing", async (_what, query, variables, field, caller = NETWORK_COORDINATOR) => {
    const vars = await variables();
    const count = () =>
      withClient(graph.databaseUrl, async (c) => (await c.query(`select
        (select count(*) from network.audit_entry)::int as audit, (select count(*) from network.theme_day)::int as days,
        (select count(*) from network.challenge)::int as challenges, (select count(*) filter (where deleted_at is null) from network.group_member)::int as members,
        (select string_agg(code || decision || coalesce(decided_on, '-'), ',' order by code) from network.common_exemption) as decisions`)).rows[0]);
    const before = await count();
    const { errors } = await as(caller, query, vars);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count()).toEqual(before);
  });
});

describe("mirroring the groups", () => {
  it("shows a removed member as a tombstone to members(updatedSince:), and not in the current list", async () => {
    const since = new Date().toISOString();
    const group = await groupId("NETWORK_GROUP");
    const id = await addedMember();
    await as(NETWORK_COORDINATOR, REMOVE_MEMBER, { id });

    const current = await as(null, `{ groups { id members { id } } }`);
    expect(current.data.groups.find((g: { id: string }) => g.id === group).members.map((m: { id: string }) => m.id)).not.toContain(id);

    const mirror = await as(["ministry"], `query ($since: DateTime!) { groups { id members(updatedSince: $since) { id deleted role } } }`, { since });
    const changed = mirror.data.groups.find((g: { id: string }) => g.id === group).members;
    expect(changed).toContainEqual({ id, deleted: true, role: null });
    expect(changed.every((m: { deleted: boolean; id: string }) => m.id === id || m.deleted === false)).toBe(true);
  });

  it("keeps the history of an exemption for network coordinators and the ministry only", async () => {
    await as(NETWORK_COORDINATOR, DECIDE, { code: "A", decision: "APPLIED", on: "2016-11" });
    const HISTORY = `{ exemption(code: "A") { versions { totalCount nodes { action role changes { field after } } } } }`;
    const ministry = await as(["ministry"], HISTORY);
    expect(ministry.data.exemption.versions.nodes.at(-1)).toMatchObject({ action: "recordDecision", role: "network-coordinator" });
    const editor = await as(["editor", second!.slug], HISTORY);
    expect(editor.data.exemption.versions).toBeNull();
    expect(editor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
