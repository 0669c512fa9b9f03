// `pnpm bench`: the graph as `pnpm start` runs it, on the seed data and then at the network's real
// size (`seed:scale`), with each scenario sent over HTTP through the project's gateway (response
// cache on, and off) and through two stock peers on the same supergraph and subgraphs: a Hive
// Gateway with the Rust planner (what the project's is built on) and an @apollo/gateway.
// `pnpm bench --refusals`: how long the gateway takes to refuse each class of hostile operation.
// `pnpm bench --members N`: the graph grown by N members (growth.ts).
// `pnpm bench --profile gateway|hive`: a CPU profile of the gateway (cache off) or of the stock Hive
// Gateway, under the ministry's query (profile.ts).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { signDevToken } from "@frikommune/auth";
import { loadStackConfig, loadTokenConfig } from "@frikommune/config";
import { entry, ready, ROOT, runService, startStack, type Service, type Stack } from "@frikommune/stack";
import { benchDatabase } from "./database.js";
import { growth } from "./growth.js";
import { heaviestFrames } from "./profile.js";
import { hostile } from "./hostile.js";
import { checkAnswers, checkRefused, load, type LoadResult } from "./load.js";
import { measured } from "./measure.js";
import { MINISTRY_QUERY, scenarios, type Scenario } from "./scenarios.js";
import { report, STOCK_HIVE, type Row } from "./report.js";
import { seedScale, uncachedGateway } from "./run.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    clients: { type: "string", default: "4" },
    peak: { type: "string", default: "20" },
    trials: { type: "string", default: "10000" },
    milestones: { type: "string", default: "10" },
    sizes: { type: "string", default: "seed,scale" },
    port: { type: "string", default: "4000" },
    refusals: { type: "boolean", default: false },
    members: { type: "string" },
    /** `gateway` (the project's, cache off) or `hive` (the stock Hive Gateway, for comparison). */
    profile: { type: "string" },
    /** Only the scenarios whose names begin so (e.g. "ministry query"). */
    scenario: { type: "string", default: "" },
  },
});
const seconds = Number(values.seconds);
const port = Number(values.port);
const mode = { NODE_ENV: process.env.NODE_ENV ?? "development" };

const reportDir = join(ROOT, ".bench");
/** Now, as a file name may hold it. */
const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");
mkdirSync(reportDir, { recursive: true });
const logPath = join(reportDir, "services.log");
writeFileSync(logPath, "");
const output = (name: string, chunk: string) => appendFileSync(logPath, `[${name}] ${chunk}`);

if (values.members) {
  const reportPath = join(reportDir, `members-${values.members}-${stamp()}.json`);
  const grown = await growth(Number(values.members), { seconds, clients: Number(values.peak), port, trials: 200, report: reportPath });
  console.log(`Report: ${reportPath}`);
  if (grown.runs.some((r) => r.errors > 0)) process.exitCode = 1;
} else if (values.profile) {
  await profileGateway(values.profile === "hive");
} else {
  await measureScenarios();
}

/** The gateway as it serves with the cache off and every plugin on, profiled while it answers the ministry at the peak. */
async function profileGateway(peer: boolean) {
  const database = await benchDatabase(loadStackConfig().databaseUrl);
  const dir = join(reportDir, "profiles", stamp());
  try {
    const stack = await startStack({ databaseUrl: database.url, port, env: mode, output });
    const profiling = ["--cpu-prof", `--cpu-prof-dir=${dir}`];
    const profiled = peer
      ? runService(STOCK_HIVE, `http://127.0.0.1:${port + 3}/graphql`, entry("packages/bench", "hive-gateway"), { env: { ...mode, PORT: String(port + 3) }, nodeOptions: profiling, output })
      : uncachedGateway({ port, databaseUrl: database.url, env: { ...mode, LOG_LEVEL: "info" }, output, nodeOptions: profiling });
    try {
      await (peer ? answering(profiled) : ready(profiled));
      const token = await signDevToken(loadTokenConfig({ ...process.env, ...mode }), "ministry");
      const ministry = scenarios({ ministryToken: token, editorToken: token, secondPageCursor: null })[0]!;
      await checkAnswers(profiled.url, ministry);
      await load(profiled.url, ministry, Number(values.peak), 2);
      const figures = await load(profiled.url, ministry, Number(values.peak), seconds);
      console.log(`${Number(values.peak)} clients: ${figures.requestsPerSecond.toFixed(1)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms`);
    } finally {
      await profiled.stop(); // the profile is written as it exits
      await stack.stop();
    }
  } finally {
    await database.stop();
  }
  const heaviest = heaviestFrames(dir, ROOT);
  console.log(`${heaviest.samples} samples in ${dir}`);
  console.table(heaviest.packages);
  console.table(heaviest.frames);
}

/** The stock gateway has no /ready: it is ready when it answers. */
async function answering(service: Service, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(service.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${service.name} did not answer`);
}

async function measureScenarios() {
  const database = await benchDatabase(loadStackConfig().databaseUrl);
  const rows: Row[] = [];

  /** Every process of a run: the graph as `pnpm start` runs it, plus the comparison gateways. */
  async function startAll(): Promise<{ stack: Stack; gateways: { name: string; service: Service }[]; stop(): Promise<void> }> {
    const stack = await startStack({ databaseUrl: database.url, port, env: mode, output });
    const extra = [
      uncachedGateway({ port, databaseUrl: database.url, env: mode, output }),
      runService("stock @apollo/gateway", `http://127.0.0.1:${port + 1}/graphql`, entry("packages/bench", "apollo-gateway"), { env: { ...mode, PORT: String(port + 1) }, output }),
      runService(STOCK_HIVE, `http://127.0.0.1:${port + 3}/graphql`, entry("packages/bench", "hive-gateway"), { env: { ...mode, PORT: String(port + 3) }, output }),
    ];
    const stop = async () => void (await Promise.all([...extra.map((s) => s.stop()), stack.stop()]));
    try {
      // The stock peers have no /ready: each is ready when it answers.
      await Promise.all([ready(extra[0]!), answering(extra[1]!), answering(extra[2]!)]);
    } catch (error) {
      await stop();
      throw error;
    }
    return { stack, gateways: [stack.gateway, ...extra].map((service, i) => ({ name: i === 0 ? "this project's gateway" : service.name, service })), stop };
  }


  async function secondPageCursor(url: string, token: string): Promise<string | null> {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: MINISTRY_QUERY, variables: { first: 50 } }) });
    const { data } = (await response.json()) as { data: { municipalities: { trials: { pageInfo: { endCursor: string | null } } }[] } };
    return data.municipalities.find((m) => m.trials.pageInfo.endCursor)?.trials.pageInfo.endCursor ?? null;
  }

  async function run(size: string, scenario: Scenario, gateway: { name: string; service: Service }, stack: Stack, clients: number) {
    await checkAnswers(gateway.service.url, scenario);
    await load(gateway.service.url, scenario, clients, 2); // warm-up: JIT, pools, and the cache where there is one
    const figures = await measured([...stack.subgraphs, gateway.service], stack.subgraphs, () => load(gateway.service.url, scenario, clients, seconds));
    rows.push({ size, scenario: scenario.name, gateway: gateway.name, clients, ...figures });
    console.log(`${size} · ${scenario.name} · ${gateway.name} · ${clients} clients: ${figures.requestsPerSecond.toFixed(1)} req/s, p50 ${figures.p50Ms} ms`);
  }

  try {
    if (values.refusals) {
      const { stack, stop } = await startAll();
      try {
        const ours = { name: "this project's gateway", service: stack.gateway };
        for (const h of hostile) {
          const scenario = { name: `${h.name} (${h.limit})`, requests: [{ query: h.query }], limit: h.limit };
          await checkRefused(ours.service.url, scenario);
          await load(ours.service.url, scenario, 1, 2, true);
          const figures = await measured([...stack.subgraphs, ours.service], stack.subgraphs, () => load(ours.service.url, scenario, 1, seconds, true));
          rows.push({ size: "seed", scenario: scenario.name, gateway: ours.name, clients: 1, ...figures });
        }
      } finally {
        await stop();
      }
    } else {
      for (const size of values.sizes.split(",")) {
        if (size === "scale") {
          seedScale(database.url, mode, { trials: values.trials, milestones: values.milestones });
        }
        const { stack, gateways, stop } = await startAll();
        try {
          const tokenConfig = loadTokenConfig({ ...process.env, ...mode });
          const context = {
            ministryToken: await signDevToken(tokenConfig, "ministry"),
            editorToken: await signDevToken(tokenConfig, "editor", "holbaek"),
            secondPageCursor: await secondPageCursor(stack.gateway.url, await signDevToken(tokenConfig, "ministry")),
          };
          const all = scenarios(context).filter((s) => s.name.startsWith(values.scenario));
          for (const scenario of all) for (const gateway of gateways) await run(size, scenario, gateway, stack, Number(values.clients));
          for (const gateway of gateways) await run(size, all[0]!, gateway, stack, Number(values.peak));
        } finally {
          await stop();
        }
      }
    }
  } finally {
    await database.stop();
  }

  const path = join(reportDir, `report-${stamp()}.json`);
  writeFileSync(path, JSON.stringify(report(rows, { seconds, refusals: values.refusals }), null, 2));
  console.log(`Report: ${path} (service output in ${logPath})`);
  const failed = rows.some((r: LoadResult & Row) => r.failures > 0 || (values.refusals ? r.non2xx !== r.requests : r.non2xx > 0 || r.withErrors > 0));
  if (failed) process.exitCode = 1;
}
