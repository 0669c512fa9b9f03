// `pnpm bundle [service…]`: a production bundle per service in `.bundles/<service>` (or `--out <dir>`),
// its compiled package with only its production dependencies, started with `node dist/main.js`.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { deployables } from "@frikommune/members";
import { ROOT } from "./service.js";

const { values, positionals } = parseArgs({ options: { out: { type: "string", default: resolve(ROOT, ".bundles") } }, allowPositionals: true });
const all = deployables();
const unknown = positionals.filter((name) => !all.some((d) => d.name === name));
if (unknown.length) {
  console.error(`Not a service: ${unknown.join(", ")}. Services: ${all.map((d) => d.name).join(", ")}`);
  process.exit(2);
}
for (const service of all.filter((d) => positionals.length === 0 || positionals.includes(d.name))) {
  const target = resolve(values.out, service.name);
  rmSync(target, { recursive: true, force: true });
  // `--legacy`: workspace packages stay linked in development; the bundle gets copies of their `files`.
  execFileSync("pnpm", ["--filter", service.packageName, "deploy", "--prod", "--legacy", target], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  console.log(`${service.name}: ${target} (node dist/main.js)`);
}
