// `pnpm remove-municipality <slug> [--out <file>] [--drop-schema]`: a member leaves. Its data is
// exported first (every table of its schema as JSON, from DATABASE_URL or the embedded PostgreSQL
// of `pnpm start`); then its registry entry and folder go, every file that lists the graph's
// services is written again, the supergraph recomposed, the removal of its types acknowledged
// and published with a changelog line. Its schema is dropped only with --drop-schema, last.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exitOnConfigError, loadStackConfig } from "@frikommune/config";
import { runOnStackDatabase } from "@frikommune/db/embedded";
import { fieldPrefix, member as registered, schemaName, type Member } from "@frikommune/members";
import { addChangelogItem } from "./members/changelog.js";
import { dropSchema, exportSchema, writeExport } from "./members/member-data.js";
import { recompose, run } from "./members/repository.js";
import { unregister } from "./members/registry.js";
import { acknowledgeRemoval } from "./members/schema-removal.js";

const root = resolve(import.meta.dirname, "../../..");
const USAGE = "usage: pnpm remove-municipality <slug> [--out <file>] [--drop-schema]";

function readArguments(): { member: Member; out: string; drop: boolean } {
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, "drop-schema": { type: "boolean", default: false } } });
    if (positionals.length !== 1) throw new RangeError("name one member by its slug");
    const member = registered(positionals[0]!);
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    return { member, out: resolve(values.out ?? join(root, ".data/exports", `${member.slug}-${stamp}.json`)), drop: values["drop-schema"] };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64);
  }
}

/** Code of the graph, besides the member's folder and the registry, that still names the member: removing it would leave that code pointing at nothing. */
function stillNaming(member: Member): string[] {
  const code = ["gateway/src", "packages/*/src", "subgraphs/*/src"];
  const removed = [`subgraphs/${member.slug}`, "packages/members/src/index.ts"];
  const args = ["grep", "--untracked", "-l", "-w", "-e", member.slug, "-e", member.typePrefix, "-e", fieldPrefix(member.typePrefix), "--", ...code, ...removed.map((path) => `:!${path}`)];
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
  } catch (error) {
    // git grep exits with 1 when nothing matches.
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}

const { member, out, drop } = readArguments();
const naming = stillNaming(member);
if (naming.length) {
  console.error(`This code still names ${member.name} (${member.slug}, ${member.typePrefix}); change it first, so nothing is left pointing at a member that is gone:\n${naming.map((f) => `  ${f}`).join("\n")}`);
  process.exit(1);
}
const schema = schemaName(member.slug);
const config = await exitOnConfigError(async () => loadStackConfig());
await runOnStackDatabase({ url: config.databaseUrl, dataDir: resolve(root, ".data/postgres"), port: config.embeddedPort }, async (url) => {
  const exported = await exportSchema(url, schema);
  if (exported) {
    await writeExport(out, exported);
    const rows = Object.values(exported.tables).reduce((n, table) => n + table.length, 0);
    console.log(`Exported schema ${schema} (${Object.keys(exported.tables).length} tables, ${rows} rows) to ${relative(process.cwd(), out)}`);
  } else {
    console.log(`This database holds no schema ${schema}: nothing to export.`);
  }

  await unregister(root, member.slug);
  rmSync(join(root, "subgraphs", member.slug), { recursive: true, force: true });
  recompose(root);
  const reason = `${member.name} left the network: its subgraph, and with it every type and root field of its own, is gone.`;
  const { acknowledged, others } = await acknowledgeRemoval(root, member, reason);
  await addChangelogItem(root, `- **Removed (breaking, acknowledged)**: ${member.name} left the network; its own types (\`${member.typePrefix}Municipality\`, \`${member.typePrefix}Trial\`, …) and mutations (\`create${member.typePrefix}Trial\`, …) are gone with its subgraph.`);
  console.log(`Acknowledged ${acknowledged.length} breaking changes, ${member.name}'s own, in gateway/schema-acknowledgements.json.`);
  if (others.length) {
    console.error(`Other breaking changes are open, not ${member.name}'s; acknowledge or undo them, then \`pnpm schema:publish\`:\n${others.map((c) => `  ${c}`).join("\n")}`);
    return false;
  }
  run(root, "pnpm", ["--silent", "schema:publish"]);

  if (drop) console.log((await dropSchema(url, schema)) ? `Dropped schema ${schema}.` : `No schema ${schema} to drop.`);
  else if (exported) console.log(`Schema ${schema} stays in the database; --drop-schema drops it.`);
  console.log(`\n${member.name} has left: commit the changes; docs/operations.md (A member leaves) says how it leaves the deployments.`);
  return true;
});
