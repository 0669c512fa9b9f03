// What every benchmark run starts beside the graph: the project's gateway with its cache off, and
// the generated data it is measured on.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { entry, GATEWAY_HEAP, ROOT, runService, type Service } from "@frikommune/stack";

/** The project's gateway with its response cache off, on `port` + 2, with the heap `pnpm start` gives the other: every miss through the whole pipeline. */
export function uncachedGateway(options: { port: number; databaseUrl: string; env: Record<string, string>; output: (name: string, chunk: string) => void; nodeOptions?: string[] }): Service {
  const port = options.port + 2;
  return runService("gateway, cache off", `http://127.0.0.1:${port}/graphql`, entry("gateway", "main"), {
    env: { ...options.env, PORT: String(port), GATEWAY_RESPONSE_CACHE: "off", GATEWAY_DATABASE_URL: options.databaseUrl },
    nodeOptions: [...GATEWAY_HEAP, ...(options.nodeOptions ?? [])],
    output: options.output,
  });
}

/** `pnpm seed:scale` on the benchmark's database: `trials` generated trials per member, each with `milestones` milestones. */
export function seedScale(databaseUrl: string, env: Record<string, string>, counts: { trials: string; milestones: string }, quiet = false): void {
  const seeded = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["packages/municipality-kit/src/seed-scale.ts", "--trials", counts.trials, "--milestones", counts.milestones], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
  });
  if (seeded.status !== 0) throw new Error("seed:scale failed");
}
