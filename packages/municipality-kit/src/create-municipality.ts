// `pnpm create-municipality <slug> "<Name>"`: a new member, registered, installed and composed.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { scaffoldMunicipality } from "./scaffold.js";

const [slug, name] = process.argv.slice(2);
if (!slug || !name) {
  console.error('usage: pnpm create-municipality <slug> "<Name>"');
  process.exit(2);
}
const root = resolve(import.meta.dirname, "../../..");
try {
  const member = await scaffoldMunicipality(root, slug, name);
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
  // The lockfile gains the new package, so it may not be frozen (CI freezes it by default).
  run("pnpm", ["install", "--silent", "--no-frozen-lockfile"]);
  run("pnpm", ["--silent", "compose"]);
  run("pnpm", ["--silent", "schema:publish"]);
  console.log(`\n${member.name} joins as subgraphs/${member.slug} (types ${member.typePrefix}…, port ${member.port}).`);
  console.log("Next: fill subgraphs/" + member.slug + "/src/data.ts, then `pnpm start`.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
