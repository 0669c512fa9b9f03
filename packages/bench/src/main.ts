// `pnpm bench`: the graph as `pnpm start` runs it, on the seed data and then at the network's real
// size (`seed:scale`), with each scenario sent over HTTP through the project's gateway (response
// cache on, and off) and through a stock @apollo/gateway on the same supergraph and subgraphs.
// `pnpm bench --refusals`: how long the gateway takes to refuse each class of hostile operation.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { signDevToken } from "@frikommune/auth";
import { loadStackConfig, loadTokenConfig } from "@frikommune/config";
import { entry, ready, ROOT, runService, SERVICE_HEAP, startStack, type Service, type Stack } from "@frikommune/stack";
import { benchDatabase } from "./database.js";
import { hostile } from "./hostile.js";
import { checkAnswers, checkRefused, load, type LoadResult } from "./load.js";
import { measured } from "./measure.js";
import { MINISTRY_QUERY, scenarios, type Scenario } from "./scenarios.js";
import { report, type Row } from "./report.js";

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
  },
});
const seconds = Number(values.seconds);
const port = Number(values.port);
const mode = { NODE_ENV: process.env.NODE_ENV ?? "development" };

const reportDir = join(ROOT, ".bench");
mkdirSync(reportDir, { recursive: true });
const logPath = join(reportDir, "services.log");
writeFileSync(logPath, "");
const output = (name: string, chunk: string) => appendFileSync(logPath, `[${name}] ${chunk}`);

const database = await benchDatabase(loadStackConfig().databaseUrl);
const rows: Row[] = [];

/** Every process of a run: the graph as `pnpm start` runs it, plus the comparison gateways. */
async function startAll(): Promise<{ stack: Stack; gateways: { name: string; service: Service }[]; stop(): Promise<void> }> {
  const stack = await startStack({ databaseUrl: database.url, port, env: mode, output });
  const extra = [
    runService("gateway, cache off", `http://127.0.0.1:${port + 2}/graphql`, entry("gateway", "main"), {
      env: { ...mode, PORT: String(port + 2), GATEWAY_RESPONSE_CACHE: "off", GATEWAY_DATABASE_URL: database.url },
      nodeOptions: SERVICE_HEAP,
      output,
    }),
    runService("stock @apollo/gateway", `http://127.0.0.1:${port + 1}/graphql`, entry("packages/bench", "apollo-gateway"), { env: { ...mode, PORT: String(port + 1) }, output }),
  ];
  const stop = async () => void (await Promise.all([...extra.map((s) => s.stop()), stack.stop()]));
  try {
    await ready(extra[0]!);
    await answering(extra[1]!);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stack, gateways: [{ name: "this project's gateway", service: stack.gateway }, { name: extra[0]!.name, service: extra[0]! }, { name: extra[1]!.name, service: extra[1]! }], stop };
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
        const seeded = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["packages/municipality-kit/src/seed-scale.ts", "--trials", values.trials, "--milestones", values.milestones], {
          cwd: ROOT,
          env: { ...process.env, ...mode, DATABASE_URL: database.url },
          stdio: "inherit",
        });
        if (seeded.status !== 0) throw new Error("seed:scale failed");
      }
      const { stack, gateways, stop } = await startAll();
      try {
        const tokenConfig = loadTokenConfig({ ...process.env, ...mode });
        const context = {
          ministryToken: await signDevToken(tokenConfig, "ministry"),
          editorToken: await signDevToken(tokenConfig, "editor", "holbaek"),
          secondPageCursor: await secondPageCursor(stack.gateway.url, await signDevToken(tokenConfig, "ministry")),
        };
        const all = scenarios(context);
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

const path = join(reportDir, `report-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(path, JSON.stringify(report(rows, { seconds, refusals: values.refusals }), null, 2));
console.log(`Report: ${path} (service output in ${logPath})`);
const failed = rows.some((r: LoadResult & Row) => r.failures > 0 || (values.refusals ? r.non2xx !== r.requests : r.non2xx > 0));
if (failed) process.exitCode = 1;
