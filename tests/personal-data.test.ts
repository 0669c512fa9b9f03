import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { deployables, fieldPrefix, members, network } from "@frikommune/members";
import { erasePerson } from "@frikommune/tools";
import { as as asCaller, type Caller, type Person } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
const ROOT = resolve(import.meta.dirname, "..");

const as = (caller: Caller | Person, query: string, variables: Record<string, unknown> = {}) => asCaller(graph, caller, query, variables);
async function write(caller: Caller | Person, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await as(caller, query, variables);
  expect(errors).toBeUndefined();
  return data;
}

const NETWORK_COORDINATOR: Caller = ["network-coordinator"];
/** Two people, each an editor of every member and a coordinator of the network, as the identity provider names them. */
const ANNA = "anna.andersen@example.invalid";
const BO = "bo.bertelsen@example.invalid";
const person = (subject: string, role: Person["role"], municipality?: string): Person => ({ subject, role, municipality });

/** Every subgraph's schema, each with an audit trail of its own. */
const SUBGRAPHS = deployables().filter((d) => d.kind === "subgraph");

/** Per subgraph: an entity Anna wrote twice and Bo once, and how its history is read by one of its coordinators. */
const histories = new Map<string, { query: string; variables: Record<string, unknown>; reader: Caller }>();
const VERSION_FIELDS = `versions { nodes { author subject role action } }`;

beforeAll(async () => {
  for (const m of members) {
    const prefix = m.typePrefix;
    const update = `mutation ($id: ID!, $input: UpdateTrialInput!) { update${prefix}Trial(id: $id, input: $input) { id } }`;
    const created = await write(person(ANNA, "editor", m.slug), `mutation ($input: CreateTrialInput!) { trial: create${prefix}Trial(input: $input) { id } }`, {
      input: { title: "Borgerpanel om lokale puljer", purpose: "Afprøve et borgerpanel", exemptionCodes: [] },
    });
    const id = created.trial.id as string;
    await write(person(ANNA, "editor", m.slug), update, { id, input: { title: "Borgerpanel om lokale midler" } });
    await write(person(BO, "editor", m.slug), update, { id, input: { purpose: "Afprøve et borgerpanel i to lokalområder" } });
    histories.set(m.slug, { query: `query ($id: ID!) { entity: ${fieldPrefix(prefix)}Trial(id: $id) { ${VERSION_FIELDS} } }`, variables: { id }, reader: ["coordinator", m.slug] });
  }
  const { exemptions } = await write(null, `{ exemptions { code } }`, {});
  const code = exemptions[0].code as string;
  const decide = `mutation ($code: ID!, $decision: ExemptionDecision!) { recordExemptionDecision(code: $code, decision: $decision, decidedOn: "2017") { code } }`;
  await write(person(ANNA, "network-coordinator"), decide, { code, decision: "APPLIED" });
  await write(person(ANNA, "network-coordinator"), decide, { code, decision: "GRANTED" });
  await write(person(BO, "network-coordinator"), decide, { code, decision: "REFUSED" });
  histories.set(network.name, { query: `query ($code: ID!) { entity: exemption(code: $code) { ${VERSION_FIELDS} } }`, variables: { code }, reader: NETWORK_COORDINATOR });
});

async function history(service: string) {
  const { query, variables, reader } = histories.get(service)!;
  const response = await as(reader, query, variables);
  expect(response.errors).toBeUndefined();
  return { response, versions: response.data.entity.versions.nodes as { author: string | null; subject: string; role: string; action: string }[] };
}
/** The authors of the entity's writes, oldest first: Anna's two, then Bo's. */
const authors = async (service: string) => (await history(service)).versions.map((v) => v.author);

type AuditRow = { id: string; author: string | null; action: string; entity_id: string; changes: unknown } & Record<string, unknown>;
/** Every subgraph's whole audit trail, by schema. */
const trails = () =>
  withClient(graph.databaseUrl, async (client) => {
    const all = new Map<string, AuditRow[]>();
    for (const d of SUBGRAPHS) all.set(d.schema, (await client.query(`select * from "${d.schema}".audit_entry order by id`)).rows);
    return all;
  });

/** `pnpm erase-person …` as an operator runs it, on this test's database. */
function eraseAsOperator(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile("pnpm", ["--silent", "erase-person", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: graph.databaseUrl } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("a removed group member", () => {
  const NAME = "Jens Eksempel";
  const ADD = `mutation ($group: ID!, $input: GroupMemberInput!) { addGroupMember(groupId: $group, input: $input) { id } }`;
  const READ = `{ groups { id current: members { id name } mirrored: members(updatedSince: "0001-01-01T00:00:00Z") { id deleted name role municipality { slug } sources { quote } } } }`;

  it("is a tombstone of its id and time alone, to anonymous readers and mirrors, and in the database", async () => {
    const { groups } = await write(null, `{ groups { id } }`, {});
    const group = groups[0].id as string;
    const { addGroupMember } = await write(NETWORK_COORDINATOR, ADD, { group, input: { role: "Sekretær for gruppen", name: NAME, municipalitySlug: members[0]!.slug } });
    const id = addGroupMember.id as string;
    await write(NETWORK_COORDINATOR, `mutation ($id: ID!) { removeGroupMember(id: $id) { id } }`, { id });

    const read = await as(null, READ);
    expect(read.errors).toBeUndefined();
    const mine = read.data.groups.find((g: { id: string }) => g.id === group);
    expect(mine.current.map((m: { id: string }) => m.id)).not.toContain(id);
    expect(mine.mirrored.filter((m: { id: string }) => m.id === id)).toEqual([{ id, deleted: true, name: null, role: null, municipality: null, sources: [] }]);
    expect(JSON.stringify(read)).not.toContain(NAME);

    const stored = await withClient(graph.databaseUrl, async (c) => (await c.query(`select role, name, municipality_slug from network.group_member where id = $1`, [id])).rows);
    expect(stored).toEqual([{ role: null, name: null, municipality_slug: null }]);
  });
});

describe("the history of an entity", () => {
  it.each(SUBGRAPHS.map((d) => d.name))("%s: names each author by a pseudonym, the same for one person's writes, another for another person, never the subject", async (service) => {
    const { response, versions } = await history(service);
    const [anna, annaAgain, bo] = versions.map((v) => v.author);
    expect(versions).toHaveLength(3);
    expect(anna).toMatch(/^[\w-]{22}$/);
    expect(annaAgain).toBe(anna);
    expect(bo).toMatch(/^[\w-]{22}$/);
    expect(bo).not.toBe(anna);
    expect(versions.every((v) => v.subject === v.author)).toBe(true);
    expect(JSON.stringify(response)).not.toContain(ANNA);
    expect(JSON.stringify(response)).not.toContain(BO);
  });

  it("gives one person a pseudonym of its own in every subgraph, so no two members' trails can be joined on it", async () => {
    const annas = await Promise.all(SUBGRAPHS.map(async (d) => (await authors(d.name))[0]));
    expect(new Set(annas).size).toBe(SUBGRAPHS.length);
  });
});

describe("erasing a person", () => {
  it("takes the person's authorship out of every subgraph's audit trail, leaves everyone else's as it was, and records the erasure without naming them", async () => {
    const before = await trails();
    const written = new Map(await Promise.all(SUBGRAPHS.map(async (d) => [d.name, await authors(d.name)] as const)));

    const erasure = await erasePerson(graph.databaseUrl, { subject: ANNA });

    expect(erasure.schemas).toEqual(SUBGRAPHS.map((d) => ({ service: d.name, schema: d.schema, erased: { auditEntries: 2 } })));
    const after = await trails();
    for (const d of SUBGRAPHS) {
      const [anna, , bo] = written.get(d.name)!;
      const trail = after.get(d.schema)!;
      expect(trail.filter((r) => r.action !== "erase")).toEqual(before.get(d.schema)!.map((r) => (r.author === anna ? { ...r, author: null } : r)));
      expect(trail.filter((r) => r.action === "erase")).toEqual([
        { id: expect.any(String), at: expect.any(Date), author: null, role: "operator", municipality: null, entity_type: "Person", entity_id: erasure.id, action: "erase", changes: { auditEntries: { before: 2, after: 0 } } },
      ]);
      expect(JSON.stringify(trail)).not.toContain(anna!);
      expect(JSON.stringify(trail)).not.toContain(ANNA);
      // Her old pseudonym appears nowhere, and what is left cannot make it again.
      expect(await authors(d.name)).toEqual([null, null, bo]);
    }
  });

  it("runs as `pnpm erase-person` against one service's database only, and changes nothing when run again", async () => {
    const only = SUBGRAPHS.find((d) => d.name === members[0]!.slug)!;
    const bo = (await authors(only.name))[2];
    const before = await trails();

    const run = await eraseAsOperator([BO, "--service", only.name]);
    expect(run).toEqual({ code: 0, stdout: expect.stringMatching(new RegExp(`^${only.name} +erased 1 audit entry\nrecorded as erasure [0-9a-f-]{36} in ${only.name}; the records name no one\n$`)), stderr: "" });
    const erasureId = /erasure (\S+)/.exec(run.stdout)![1];
    const after = await trails();
    for (const d of SUBGRAPHS) {
      if (d !== only) expect(after.get(d.schema)).toEqual(before.get(d.schema));
    }
    expect(after.get(only.schema)!.filter((r) => r.entity_id !== erasureId)).toEqual(before.get(only.schema)!.map((r) => (r.author === bo ? { ...r, author: null } : r)));
    expect(after.get(only.schema)!.filter((r) => r.entity_id === erasureId)).toEqual([expect.objectContaining({ author: null, action: "erase", changes: { auditEntries: { before: 1, after: 0 } } })]);

    const again = await eraseAsOperator([ANNA]);
    expect(again).toEqual({ code: 0, stdout: [...SUBGRAPHS.map((d) => `${d.name.padEnd(18)} nothing to erase`), "nothing erased, nothing recorded", ""].join("\n"), stderr: "" });
    expect(await trails()).toEqual(after);
  });

  it.each([
    ["no one", []],
    ["a service the graph does not have", [BO, "--service", "not a member!"]],
    ["the gateway, which keeps no audit trail", [BO, "--service", "gateway"]],
  ])("refuses to erase %s, with its usage", async (_what, args) => {
    const run = await eraseAsOperator(args);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("usage: pnpm erase-person");
  });

  it("by name: clears a person named as a group member or theme-day invitee, and every audit entry repeating the name", async () => {
    const NAME = "Karin Eksempel";
    const { groups } = await write(null, `{ groups { id } }`, {});
    const group = groups[0].id as string;
    const { addGroupMember } = await write(NETWORK_COORDINATOR, `mutation ($group: ID!, $input: GroupMemberInput!) { addGroupMember(groupId: $group, input: $input) { id } }`, {
      group, input: { role: "Referent", name: NAME },
    });
    const { scheduleThemeDay } = await write(NETWORK_COORDINATOR, `mutation ($input: ThemeDayInput!) { scheduleThemeDay(input: $input) { id } }`, {
      input: { title: "Temadag om referater", description: "Sparring", invited: [NAME, "De fem borgmestre"] },
    });

    const erasure = await erasePerson(graph.databaseUrl, { name: NAME });

    const erased = { groupMembers: 1, themeDays: 1, auditEntries: 2 };
    expect(erasure.schemas).toEqual([{ service: network.name, schema: network.name, erased }]);
    const read = await as(null, `{ groups { members { id name role } } themeDays { id invited } }`);
    expect(read.data.groups.flatMap((g: { members: unknown[] }) => g.members)).toContainEqual({ id: addGroupMember.id, name: null, role: "Referent" });
    expect(read.data.themeDays).toContainEqual({ id: scheduleThemeDay.id, invited: ["De fem borgmestre"] });
    const trail = (await trails()).get(network.name)!;
    expect(JSON.stringify(trail)).not.toContain(NAME);
    expect(trail.filter((r) => r.entity_id === erasure.id)).toEqual([expect.objectContaining({ author: null, role: "operator", action: "erase", changes: { groupMembers: { before: 1, after: 0 }, themeDays: { before: 1, after: 0 }, auditEntries: { before: 2, after: 0 } } })]);

    expect((await erasePerson(graph.databaseUrl, { name: NAME })).schemas).toEqual([{ service: network.name, schema: network.name, erased: {} }]);
  });
});
