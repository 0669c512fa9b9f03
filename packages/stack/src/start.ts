// `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set), every subgraph as its own process, then the gateway.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { exitOnConfigError, loadStackConfig } from "@frikommune/config";
import { resolveDatabase } from "@frikommune/db";
import { members, network, subgraphUrl } from "@frikommune/members";

const root = resolve(import.meta.dirname, "../../..");
const tsx = resolve(root, "node_modules/.bin/tsx");
const children: ChildProcess[] = [];

function run(name: string, script: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(tsx, script, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code})`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

/** Waits until a server's /ready answers. */
async function ready(graphqlUrl: string, timeoutMs = 120_000): Promise<void> {
  const url = new URL("/ready", graphqlUrl);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${graphqlUrl} did not become ready`);
}

let stopping = false;
const config = await exitOnConfigError(async () => loadStackConfig());
const database = await resolveDatabase({ url: config.databaseUrl, dataDir: resolve(root, ".data/postgres"), embeddedPort: config.embeddedPort });
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once("exit", r)))));
  await database.stop();
  process.exit(code);
}
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());

const env = { DATABASE_URL: database.url };
run(network.name, ["subgraphs/network/src/main.ts"], { ...env, PORT: String(network.port) });
for (const m of members) {
  run(m.slug, ["packages/municipality-kit/src/run.ts", `subgraphs/${m.slug}/src/module.ts`], { ...env, PORT: String(m.port) });
}
await Promise.all([network, ...members].map((s) => ready(subgraphUrl(s.port))));
run("gateway", ["gateway/src/main.ts"], { PORT: String(config.port) });
await ready(`http://127.0.0.1:${config.port}/graphql`);
console.log(`\nFrikommune supergraph ready: http://localhost:${config.port}/graphql\n`);
