// `pnpm erase-person <subject> [--service <name>]`, `pnpm erase-person --name "<name>"`: erases a
// person from the graph's schemas on DATABASE_URL or the embedded PostgreSQL `pnpm start` uses.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { exitOnConfigError, loadStackConfig } from "@frikommune/config";
import { runOnStackDatabase } from "@frikommune/db/embedded";
import { erasePerson, erasureServices, type Person, type SchemaErasure } from "./erasure.js";

const root = resolve(import.meta.dirname, "../../..");

const USAGE = `usage: pnpm erase-person <subject> [--service <name>]
       pnpm erase-person --name "<name as a group member or invitee>"`;

/** The command line, or its usage (exit code 64, EX_USAGE) when it makes no sense. */
function readArguments(): { person: Person; service?: string } {
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: "string" }, service: { type: "string" } } });
    const given = values.name !== undefined ? [values.name, ...positionals] : positionals;
    if (given.length !== 1 || !given[0]!.trim()) throw new RangeError("name one person: a subject, or --name");
    const person: Person = values.name !== undefined ? { name: values.name } : { subject: given[0]! };
    erasureServices(person, values.service);
    return { person, service: values.service };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64);
  }
}

const KINDS: Record<string, [one: string, many: string]> = {
  auditEntries: ["audit entry", "audit entries"],
  groupMembers: ["group member's name", "group members' names"],
  themeDays: ["theme day's invitation", "theme days' invitations"],
};

function describe(s: SchemaErasure): string {
  if (s.skipped === "missing") return "skipped: not in this database (run against the database that holds it, with --service)";
  if (s.skipped === "not migrated") return "skipped: not migrated yet (start its subgraph once, then run again)";
  const erased = Object.entries(s.erased).map(([kind, n]) => `${n} ${KINDS[kind]?.[n === 1 ? 0 : 1] ?? kind}`);
  return erased.length ? `erased ${erased.join(", ")}` : "nothing to erase";
}

const { person, service } = readArguments();
const config = await exitOnConfigError(async () => loadStackConfig());
await runOnStackDatabase({ url: config.databaseUrl, dataDir: resolve(root, ".data/postgres"), port: config.embeddedPort }, async (url) => {
  const erasure = await erasePerson(url, person, { service });
  for (const s of erasure.schemas) console.log(`${s.service.padEnd(18)} ${describe(s)}`);
  const recorded = erasure.schemas.filter((s) => Object.keys(s.erased).length).map((s) => s.service);
  console.log(recorded.length ? `recorded as erasure ${erasure.id} in ${recorded.join(", ")}; the records name no one` : "nothing erased, nothing recorded");
  // A schema this database holds but could not erase leaves the erasure unfinished.
  return !(erasure.schemas.some((s) => s.skipped === "not migrated") || erasure.schemas.every((s) => s.skipped));
});
