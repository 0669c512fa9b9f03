// A member joins and leaves by one command each, in a scratch copy of the repository: every file
// that lists the graph's services follows, and the composition, the schema, the deployments and
// the copy's own tests of them hold before and after.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { members, schemaName } from "@frikommune/members";
import { createTestDatabase, withClient } from "./support/database.js";
import { startService } from "./support/processes.js";
import { scratchCopy } from "@frikommune/tools";
import { ROOT } from "./support/deployment.js";

/** Made-up municipalities, valid names, none of them the registry's (whichever members it holds). */
const JOINING = ["Nordby", "Sønderå", "Vesterlund", "Østerholm"]
  .map((name) => {
    // As the registry derives them: æøå spelled out, ASCII PascalCase, and its slug in lowercase.
    const typePrefix = name.replace(/ø/g, "o").replace(/Ø/g, "O").replace(/å/g, "aa").replace(/æ/g, "ae");
    return { name, typePrefix, slug: typePrefix.toLowerCase() };
  })
  .filter((m) => !members.some((o) => o.slug === m.slug || o.typePrefix === m.typePrefix))
  .slice(0, 2);
const [leaving, staying] = JOINING as [(typeof JOINING)[number], (typeof JOINING)[number]];

const copy = scratchCopy(ROOT, "members");
afterAll(() => copy.remove());

/** The files a member of its own brings into the repository. */
const folderOf = (slug: string) => ["package.json", "src/data.ts", "src/main.ts", "src/module.ts", "test/module.test.ts", "tsconfig.build.json"].map((f) => `subgraphs/${slug}/${f}`);
/** The files that list the graph's services, and the composed and published schema. */
const SHARED = ["compose.yaml", "deploy/k8s/base/gateway/heap.yaml", "deploy/k8s/base/subgraphs/kustomization.yaml", "deploy/k8s/postgres/roles.yaml", "deploy/k8s/postgres/schemas.yaml", "gateway/CHANGELOG.md", "gateway/api-schema.graphql", "gateway/supergraph.graphql", "packages/members/src/index.ts", "pnpm-lock.yaml"];

// Inside the copy, its tests run as this run's do: on this run's PostgreSQL, with secrets of their own.
const testEnv = inject("testEnv");
const copyEnv = (): Record<string, string | undefined> => ({
  ...Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith("VITEST") || k in testEnv || k === "NODE_ENV").map((k) => [k, undefined])),
  DATABASE_URL: inject("databaseUrl"),
  NO_COLOR: "1",
});

/** The checks `pnpm test` runs on a change of members, and the copy's tests of the deployments and of reading the graph. */
function checkEverything() {
  expect(copy.sh("pnpm", ["--silent", "compose:check"])).toContain("up to date");
  expect(copy.sh("pnpm", ["--silent", "schema:check"])).toContain("matches the published one");
  expect(copy.sh("pnpm", ["--silent", "deployment:check"])).toContain("match the member registry");
  // The Dockerfile's check of SERVICE and PORT reads the compiled registry.
  copy.sh("pnpm", ["exec", "tsc", "-b", "packages/members/tsconfig.build.json"]);
  const { status, output } = copy.run("pnpm", ["vitest", "run", "tests/kubernetes.test.ts", "tests/packaging.test.ts", "tests/read-contract.test.ts"], copyEnv());
  expect(status, output.slice(-20_000)).toBe(0);
  expect(output).toMatch(/Test Files\s+3 passed \(3\)/);
}

describe("members joining and leaving", () => {
  it("refuses to remove a slug that no member has, changing nothing", { timeout: 120_000 }, () => {
    const refused = copy.run("pnpm", ["--silent", "remove-municipality", "not a member!"], copyEnv());
    expect(refused.status).toBe(64);
    expect(refused.output).toContain("is not in the member registry");
    expect(copy.changedFiles()).toEqual([]);
  });

  it("join by one command each, written into every file that lists the services and nothing else", { timeout: 600_000 }, () => {
    expect(JOINING).toHaveLength(2);
    for (const m of [leaving, staying]) copy.sh("pnpm", ["--silent", "create-municipality", m.slug, m.name]);
    expect(copy.changedFiles()).toEqual(
      [...SHARED, ...[leaving, staying].flatMap((m) => [`deploy/k8s/base/subgraphs/${m.slug}.yaml`, ...folderOf(m.slug)])].sort(),
    );
    const registry = readFileSync(join(copy.dir, "packages/members/src/index.ts"), "utf8");
    for (const m of [leaving, staying]) expect(registry).toContain(`{ slug: "${m.slug}", name: ${JSON.stringify(m.name)}, typePrefix: "${m.typePrefix}"`);
    expect(copy.sh("pnpm", ["--silent", "typecheck"])).toBe("");
    copy.commit("two members joined");
  });

  it("are then in the composition, the schema, the deployments and the copy's tests of them", { timeout: 900_000 }, () => {
    checkEverything();
  });

  it("leave by one command: the member's data exported first, its schema dropped when asked, nothing of it left", { timeout: 900_000 }, async () => {
    // The leaving member's subgraph has run once on this database: its schema holds its tables.
    const databaseUrl = await createTestDatabase(inject("databaseUrl"));
    const subgraph = await startService(leaving.slug, [`subgraphs/${leaving.slug}/src/main.ts`], { DATABASE_URL: databaseUrl, PORT: "0" }, copy.dir);
    await subgraph.stop();
    const schema = schemaName(leaving.slug);
    const held = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1", [schema]);
      const counts: Record<string, number> = {};
      for (const { name } of rows) counts[name] = (await client.query(`select count(*)::int as n from "${schema}"."${name}"`)).rows[0].n;
      return counts;
    });
    expect(Object.keys(held).length).toBeGreaterThan(0);

    const exportFile = join(copy.dir, ".data/exports/leaving.json");
    copy.sh("pnpm", ["--silent", "remove-municipality", leaving.slug, "--out", exportFile, "--drop-schema"], { DATABASE_URL: databaseUrl });

    const exported = JSON.parse(readFileSync(exportFile, "utf8")) as { schema: string; tables: Record<string, unknown[]> };
    expect(exported.schema).toBe(schema);
    expect(Object.fromEntries(Object.entries(exported.tables).map(([table, rows]) => [table, rows.length]))).toEqual(held);
    expect(await withClient(databaseUrl, async (c) => (await c.query("select to_regnamespace($1) as found", [schema])).rows[0].found)).toBeNull();

    // What the member brought is gone; its leaving is acknowledged and written down.
    expect(copy.changedFiles()).toEqual([...SHARED, "gateway/schema-acknowledgements.json", `deploy/k8s/base/subgraphs/${leaving.slug}.yaml`, ...folderOf(leaving.slug)].sort());
    expect(copy.changedFiles("HEAD~1")).toEqual([...SHARED, "gateway/schema-acknowledgements.json", `deploy/k8s/base/subgraphs/${staying.slug}.yaml`, ...folderOf(staying.slug)].sort());
    const acknowledgements = JSON.parse(readFileSync(join(copy.dir, "gateway/schema-acknowledgements.json"), "utf8")) as { change: string; reason: string }[];
    expect(acknowledgements.filter((a) => a.reason.startsWith(`${leaving.name} left the network`)).map((a) => a.change)).toContainEqual(`TYPE_REMOVED: ${leaving.typePrefix}Municipality was removed.`);
    expect(readFileSync(join(copy.dir, "gateway/CHANGELOG.md"), "utf8")).toContain(`${leaving.name} left the network`);
    // Tests and documents may name made-up members as examples (this file does); the graph and its deployments name it no more.
    const naming = copy.run("git", ["grep", "-l", "-w", "-e", leaving.slug, "-e", leaving.typePrefix, "--", ".", ":!gateway/CHANGELOG.md", ":!gateway/schema-acknowledgements.json", ":!tests", ":(exclude,glob)**/test/**", ":(exclude,glob)**/*.md"]);
    expect(naming.output).toBe("");

    copy.commit("one member left");
    checkEverything();
  });
});
