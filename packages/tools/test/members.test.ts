import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { members, network, type Member } from "@frikommune/members";
import { addChangelogItem } from "../src/members/changelog.js";
import { dropSchema, exportSchema } from "../src/members/member-data.js";
import { register, SLUG, typePrefixOf, unregister } from "../src/members/registry.js";
import { acknowledgeRemoval, isMembersOwn } from "../src/members/schema-removal.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const REGISTRY = "packages/members/src/index.ts";
const scratch = mkdtempSync(join(tmpdir(), "frikommune-members-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding copies of the repository's files at their paths. */
function copyOf(...paths: string[]): string {
  const root = mkdtempSync(join(scratch, "root-"));
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(ROOT, path), join(root, path));
  }
  return root;
}

/** Made-up names of members-to-be, none of them the registry's (whichever members it holds). */
const [first, second] = ["Nordby", "Sønderå", "Vesterlund", "Østerholm"]
  .map((name) => ({ name, typePrefix: typePrefixOf(name), slug: typePrefixOf(name).toLowerCase() }))
  .filter((m) => !members.some((o) => o.slug === m.slug || o.typePrefix === m.typePrefix)) as [Pick<Member, "name" | "slug" | "typePrefix">, Pick<Member, "name" | "slug" | "typePrefix">];

describe("the registry's source, as the member commands edit it", () => {
  it("gains a member as one line at the end, on the next free port, and loses it again to the byte", async () => {
    const root = copyOf(REGISTRY);
    const before = readFileSync(join(root, REGISTRY), "utf8");
    const highest = Math.max(network.port, ...members.map((m) => m.port));
    expect(await register(root, first.slug, first.name)).toEqual({ ...first, port: highest + 1 });
    expect(await register(root, second.slug, second.name)).toEqual({ ...second, port: highest + 2 });
    const after = readFileSync(join(root, REGISTRY), "utf8");
    expect(after.split("\n").filter((line) => !before.split("\n").includes(line))).toEqual(
      [first, second].map((m, i) => `  { slug: "${m.slug}", name: ${JSON.stringify(m.name)}, typePrefix: "${m.typePrefix}", port: ${highest + 1 + i} },`),
    );
    await unregister(root, first.slug);
    await unregister(root, second.slug);
    expect(readFileSync(join(root, REGISTRY), "utf8")).toBe(before);
  });

  it.each([
    ["a slug that can never be one", "not a member!", first.name, "slug must be lowercase kebab-case ASCII"],
    ["a member's slug", members[0]!.slug, first.name, "is in the member registry already"],
    ["a member's type prefix", first.slug, members[0]!.name, "no free GraphQL type prefix"],
    ["a name of no letters", first.slug, "–", "no free GraphQL type prefix"],
    ["a name of two lines", first.slug, `${first.name}\n${second.name}`, "one line"],
    ["a name with spaces around it", first.slug, ` ${first.name}`, "one line"],
  ])("refuses %s", async (_what, slug, name, message) => {
    const root = copyOf(REGISTRY);
    await expect(register(root, slug, name)).rejects.toThrow(message);
    await expect(unregister(root, "not a member!")).rejects.toThrow("is not in the member registry");
  });

  it("makes ASCII type prefixes from Danish names, and slugs are kebab-case ASCII", () => {
    expect(["Ringkøbing-Skjern", "Sønderå", "Æblebæk", "Ørby Strand"].map(typePrefixOf)).toEqual(["RingkobingSkjern", "Sonderaa", "Aeblebaek", "OrbyStrand"]);
    expect(members.every((m) => SLUG.test(m.slug))).toBe(true);
    expect(["not a member!", "Nordby", "nord_by", "-nordby", ""].filter((s) => SLUG.test(s))).toEqual([]);
  });
});

describe("the changelog, as the member commands add to it", () => {
  const CHANGELOG = "gateway/CHANGELOG.md";

  it("puts each item under the day's date and its Members heading, making them when they are missing", async () => {
    const root = copyOf(CHANGELOG);
    const before = readFileSync(join(root, CHANGELOG), "utf8");
    await addChangelogItem(root, "- **Added**: Nordby joins the network.", "2999-01-01");
    await addChangelogItem(root, "- **Removed (breaking, acknowledged)**: Nordby left the network.", "2999-01-01");
    await addChangelogItem(root, "- **Added**: Sønderå joins the network.", "2999-01-02");
    const after = readFileSync(join(root, CHANGELOG), "utf8");
    const firstDay = before.indexOf("\n## ") + 1;
    expect(after.slice(0, firstDay)).toBe(before.slice(0, firstDay));
    expect(after.slice(firstDay)).toBe(
      ["## 2999-01-02", "", "### Members", "- **Added**: Sønderå joins the network.", "", "## 2999-01-01", "", "### Members", "- **Added**: Nordby joins the network.", "- **Removed (breaking, acknowledged)**: Nordby left the network.", "", ""].join("\n") + before.slice(firstDay),
    );
  });

  it("adds to a day that has other headings, above them", async () => {
    const root = copyOf(CHANGELOG);
    const before = readFileSync(join(root, CHANGELOG), "utf8");
    const day = /^## (\d{4}-\d{2}-\d{2})$/m.exec(before)![1]!;
    await addChangelogItem(root, "- **Added**: Nordby joins the network.", day);
    const heading = `## ${day}\n\n`;
    expect(readFileSync(join(root, CHANGELOG), "utf8")).toBe(before.replace(heading, `${heading}### Members\n- **Added**: Nordby joins the network.\n\n`));
  });
});

describe("a leaving member's breaking changes", () => {
  const leaving = { typePrefix: "Nord" };
  it.each([
    ["TYPE_REMOVED: NordMunicipality was removed.", true],
    ["FIELD_REMOVED: Query.nordTrial was removed.", true],
    ["FIELD_REMOVED: Mutation.createNordTrial was removed.", true],
    ["FIELD_REMOVED: Mutation.setNordMilestoneState was removed.", true],
    ["TYPE_REMOVED: NordfynTrial was removed.", false],
    ["FIELD_REMOVED: Query.nordfynTrial was removed.", false],
    ["FIELD_REMOVED: Mutation.createNordfynTrial was removed.", false],
    ["FIELD_CHANGED_KIND: MinistryContact.name changed type from String! to String.", false],
  ])("%s is the member's own: %s", (change, own) => {
    expect(isMembersOwn(change, leaving)).toBe(own);
  });
});

describe("acknowledging a leaving member's changes", () => {
  it("acknowledges the member's own breaking changes with the reason, and leaves anyone else's open", async () => {
    const root = copyOf("gateway/api-schema.graphql", "gateway/supergraph.graphql", "gateway/schema-acknowledgements.json");
    const before = JSON.parse(readFileSync(join(root, "gateway/schema-acknowledgements.json"), "utf8"));
    // As published while the member was there, and a change of someone else's not yet acknowledged.
    appendFileSync(join(root, "gateway/api-schema.graphql"), `\ntype ${first.typePrefix}Trial {\n  id: ID!\n}\n\ntype SomeoneElsesType {\n  id: ID!\n}\n`);
    const reason = `${first.name} left the network.`;
    expect(await acknowledgeRemoval(root, first, reason)).toEqual({
      acknowledged: [`TYPE_REMOVED: ${first.typePrefix}Trial was removed.`],
      others: ["TYPE_REMOVED: SomeoneElsesType was removed."],
    });
    expect(JSON.parse(readFileSync(join(root, "gateway/schema-acknowledgements.json"), "utf8"))).toEqual([...before, { change: `TYPE_REMOVED: ${first.typePrefix}Trial was removed.`, reason }]);
  });
});

describe("a leaving member's data", () => {
  const url = inject("databaseUrl");
  const schema = `leaving_${randomBytes(4).toString("hex")}`;
  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  afterAll(() => sql(`drop schema if exists ${schema} cascade`));

  it("is every table of its schema, every row as PostgreSQL writes it as JSON; a view is no table", async () => {
    await sql(`create schema ${schema};
      create table ${schema}.trial (id uuid primary key, title text not null, exemptions text[], changes jsonb, created_at timestamp, key bytea);
      create table ${schema}.milestone (id integer primary key);
      create view ${schema}.titles as select title from ${schema}.trial;
      insert into ${schema}.trial values ('7d4b0b7e-3f3a-4c1e-9a55-6f8f3b1f0d11', 'Frit valg', '{A,C}', '{"status": {"before": "IDEA", "after": "ACTIVE"}}', '2016-01-15 10:00:00', '\\x00ff'),
        ('2b1c7d9e-0a4f-4f7e-8b2d-1c3e5f7a9b0d', 'Lokalråd', null, null, null, null);`);
    const exported = await exportSchema(url, schema);
    expect(exported).toEqual({
      schema,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      tables: {
        milestone: [],
        trial: [
          { id: "7d4b0b7e-3f3a-4c1e-9a55-6f8f3b1f0d11", title: "Frit valg", exemptions: ["A", "C"], changes: { status: { before: "IDEA", after: "ACTIVE" } }, created_at: "2016-01-15T10:00:00", key: "\\x00ff" },
          { id: "2b1c7d9e-0a4f-4f7e-8b2d-1c3e5f7a9b0d", title: "Lokalråd", exemptions: null, changes: null, created_at: null, key: null },
        ],
      },
    });
  });

  it("is nothing where the database holds no such schema, and the schema is dropped only when asked", async () => {
    expect(await exportSchema(url, `${schema}_elsewhere`)).toBeNull();
    expect(await dropSchema(url, `${schema}_elsewhere`)).toBe(false);
    expect(await dropSchema(url, schema)).toBe(true);
    expect(await exportSchema(url, schema)).toBeNull();
  });
});
