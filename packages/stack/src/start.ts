// `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set), every subgraph as its own process, then the gateway.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { resolveDatabase } from "@frikommune/db";
import { members, network, subgraphUrl } from "@frikommune/members";

const root = resolve(import.meta.dirname, "../../..");
const tsx = resolve(root, "node_modules/.bin/tsx");
const children: ChildProcess[] = [];

function run(name: string, script: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(tsx, script, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`${name} exited (${signal ?? code})`);
  });
  children.push(child);
  return child;
}

/** Waits until a server's /health answers. */
async function ready(graphqlUrl: string, timeoutMs = 120_000): Promise<void> {
  const url = new URL("/health", graphqlUrl);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${graphqlUrl} did not come up`);
}

let stopping = false;
const database = await resolveDatabase(resolve(root, ".data/postgres"));
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
  await database.stop();
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

const env = { DATABASE_URL: database.url };
run(network.name, ["subgraphs/network/src/main.ts"], { ...env, PORT: String(network.port) });
for (const m of members) {
  run(m.slug, ["packages/municipality-kit/src/run.ts", `subgraphs/${m.slug}/src/module.ts`], { ...env, PORT: String(m.port) });
}
await Promise.all([network, ...members.map((m) => ({ name: m.slug, port: m.port }))].map((s) => ready(subgraphUrl(s.name, s.port))));
const port = process.env.PORT ?? "4000";
run("gateway", ["gateway/src/main.ts"], { PORT: port });
await ready(`http://127.0.0.1:${port}/graphql`);
console.log(`\nFrikommune supergraph ready: http://localhost:${port}/graphql\n`);
