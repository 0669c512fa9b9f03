// `pnpm create-municipality <slug> "<Name>"`: a new member, registered, installed, written into
// every file that lists the graph's services, composed and published.
import { resolve } from "node:path";
import { addChangelogItem } from "./members/changelog.js";
import { recompose, run } from "./members/repository.js";
import { scaffoldMunicipality } from "./members/scaffold.js";

const [slug, name, ...rest] = process.argv.slice(2);
if (!slug || !name || rest.length) {
  console.error('usage: pnpm create-municipality <slug> "<Name>"');
  process.exit(64);
}
const root = resolve(import.meta.dirname, "../../..");
try {
  const member = await scaffoldMunicipality(root, slug, name);
  recompose(root);
  const types = ["Municipality", "LocalCouncil", "Policy", "Trial"].map((t) => `\`${member.typePrefix}${t}\``).join(", ");
  await addChangelogItem(root, `- **Added**: ${member.name} joins the network, with its own types (${types}) and mutations (\`create${member.typePrefix}Trial\`, …).`);
  run(root, "pnpm", ["--silent", "schema:publish"]);
  console.log(`\n${member.name} joins as subgraphs/${member.slug} (types ${member.typePrefix}…, port ${member.port}).`);
  console.log(`Next: fill subgraphs/${member.slug}/src/data.ts, then \`pnpm start\`; docs/operations.md (A member joins) says how it is deployed.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
