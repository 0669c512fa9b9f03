import { beforeAll, describe, expect, it } from "vitest";
import { deployables, fieldPrefix, members, network } from "@frikommune/members";
import { as as asCaller, type Caller, type Person } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

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
