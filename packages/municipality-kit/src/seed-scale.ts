// `pnpm seed:scale [--trials 10000] [--milestones 10] [--remove]`: generated trials in every member's
// schema, on DATABASE_URL or the embedded PostgreSQL `pnpm start` uses.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { exitOnConfigError, loadStackConfig } from "@frikommune/config";
import { runOnStackDatabase } from "@frikommune/db/embedded";
import { members } from "@frikommune/members";
import type { MunicipalityModule } from "./module.js";
import { checkScaleCounts, removeScale, seedScale, type ScaleChange, type ScaleCounts } from "./scale.js";

const root = resolve(import.meta.dirname, "../../..");

/** A member's module, as the gateway finds it: `subgraphs/<slug>/src/module.ts`. */
async function loadMemberModule(slug: string): Promise<MunicipalityModule> {
  const path = resolve(root, "subgraphs", slug, "src", "module.ts");
  return ((await import(pathToFileURL(path).href)) as { default: MunicipalityModule }).default;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(verb: "added" | "removed") {
  return (c: ScaleChange) =>
    console.log(`${c.slug.padEnd(18)} ${verb} ${c.trials} trials, ${c.exemptions} exemptions, ${c.milestones} milestones, ${c.evaluations} evaluations in ${seconds(c.ms)}`);
}

const USAGE = "usage: pnpm seed:scale [--trials 10000] [--milestones 10] | pnpm seed:scale --remove";

/** The command line, or its usage (exit code 64, EX_USAGE) when it makes no sense. */
function readArguments(): { remove: boolean; counts: ScaleCounts } {
  try {
    const { values } = parseArgs({
      options: { trials: { type: "string", default: "10000" }, milestones: { type: "string", default: "10" }, remove: { type: "boolean", default: false } },
    });
    const whole = (value: string, option: string) => {
      if (!/^\d+$/.test(value)) throw new RangeError(`--${option} must be a whole number, not "${value}"`);
      return Number(value);
    };
    const counts = { trials: whole(values.trials, "trials"), milestones: whole(values.milestones, "milestones") };
    checkScaleCounts(counts);
    return { remove: values.remove, counts };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64);
  }
}

const { remove, counts } = readArguments();
const config = await exitOnConfigError(async () => loadStackConfig());
await runOnStackDatabase({ url: config.databaseUrl, dataDir: resolve(root, ".data/postgres"), port: config.embeddedPort }, async (url) => {
  const started = performance.now();
  if (remove) {
    await removeScale(url, members, print("removed"));
  } else {
    const modules = await Promise.all(members.map((m) => loadMemberModule(m.slug)));
    await seedScale(url, modules, counts, print("added"));
  }
  console.log(`done in ${seconds(performance.now() - started)}`);
  return true;
});
