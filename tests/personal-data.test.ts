import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { as as asCaller, type Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => asCaller(graph, caller, query, variables);
async function write(caller: Caller, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await as(caller, query, variables);
  expect(errors).toBeUndefined();
  return data;
}

const NETWORK_COORDINATOR: Caller = ["network-coordinator"];

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
