// `pnpm schema:check`: the composed API schema against the published one (gateway/api-schema.graphql).
// `pnpm schema:publish`: publishes it, if every breaking change is acknowledged with a reason.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { composeSupergraph } from "./compose.js";
import { apiSchemaOf, compareApiSchemas, readAcknowledgements, unacknowledged } from "./schema-changes.js";

const PUBLISHED = resolve(import.meta.dirname, "../api-schema.graphql");
const ACKNOWLEDGEMENTS = resolve(import.meta.dirname, "../schema-acknowledgements.json");

const next = apiSchemaOf(await composeSupergraph());
const published = await readFile(PUBLISHED, "utf8").catch(() => null);
const publish = process.argv.includes("--publish");

if (published === null) {
  if (!publish) {
    console.error("No published API schema yet: run `pnpm schema:publish`.");
    process.exit(1);
  }
} else {
  const { breaking, dangerous } = compareApiSchemas(published, next);
  const open = unacknowledged(breaking, await readAcknowledgements(ACKNOWLEDGEMENTS));
  for (const change of breaking) console.log(`${open.includes(change) ? "BREAKING" : "breaking (acknowledged)"}  ${change}`);
  for (const change of dangerous) console.log(`dangerous  ${change}`);
  if (open.length) {
    console.error(`\n${open.length} breaking change(s) would break clients. Deprecate with @deprecated(reason:) instead, or acknowledge each in gateway/schema-acknowledgements.json with a reason.`);
    process.exit(1);
  }
  if (!publish && published !== next) {
    // Clients (the web app among them) are typed against the published file, so it may not lag.
    console.error("The API schema has changes that are not published: `pnpm schema:publish`, and a line in gateway/CHANGELOG.md.");
    process.exit(1);
  }
}
if (publish) {
  await writeFile(PUBLISHED, next);
  console.log("Published gateway/api-schema.graphql");
} else {
  console.log("The API schema matches the published one.");
}
