// `pnpm bench`: the graph started as `pnpm start` starts it, and a stock @apollo/gateway on the
// same subgraphs as the comparison line; each scenario is sent through both over real HTTP.
// `pnpm bench --refusals`: how long the gateway takes to refuse each class of hostile operation.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { hostile } from "./hostile.js";
import { checkAnswers, checkRefused, load, type LoadResult } from "./load.js";
import { answering, ROOT, runService } from "./processes.js";
import { scenarios } from "./scenarios.js";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "1,10" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "4000" },
    refusals: { type: "boolean", default: false },
  },
});
const connections = values.connections.split(",").map(Number);
const seconds = Number(values.seconds);
const port = Number(values.port);

const reportDir = join(ROOT, ".bench");
mkdirSync(reportDir, { recursive: true });
const logPath = join(reportDir, "services.log");
writeFileSync(logPath, "");
const log = (line: string) => appendFileSync(logPath, line);

// Development mode unless told otherwise, as `pnpm start` runs.
const mode = { NODE_ENV: process.env.NODE_ENV ?? "development" };
const stack = runService("pnpm start", "packages/stack/src/start.ts", { ...mode, PORT: String(port) }, log);
const ours = { name: "Hive Gateway (this project)", url: `http://127.0.0.1:${port}/graphql` };
const rows: ({ scenario: string; gateway: string; connections: number } & LoadResult)[] = [];

if (values.refusals) {
  try {
    await answering(ours.url, stack);
    for (const scenario of hostile) {
      await checkRefused(ours.url, scenario);
      await load(ours.url, scenario, 1, 2, true); // warm-up
      rows.push({ scenario: `${scenario.name} (${scenario.limit})`, gateway: ours.name, connections: 1, ...(await load(ours.url, scenario, 1, seconds, true)) });
    }
  } finally {
    await stack.stop();
  }
} else {
  const apollo = runService("stock @apollo/gateway", "packages/bench/src/apollo-gateway.ts", { ...mode, PORT: String(port + 1) }, log);
  const gateways = [ours, { name: "stock @apollo/gateway", url: `http://127.0.0.1:${port + 1}/graphql` }];
  try {
    await answering(ours.url, stack);
    await answering(gateways[1]!.url, apollo);
    for (const scenario of scenarios) {
      for (const gateway of gateways) {
        await checkAnswers(gateway.url, scenario);
        await load(gateway.url, scenario, Math.max(...connections), 2); // warm-up
      }
      for (const n of connections) {
        for (const gateway of gateways) {
          rows.push({ scenario: scenario.name, gateway: gateway.name, connections: n, ...(await load(gateway.url, scenario, n, seconds)) });
        }
      }
    }
  } finally {
    await Promise.all([apollo.stop(), stack.stop()]);
  }
}

console.table(
  rows.map((r) => ({
    scenario: r.scenario,
    gateway: r.gateway,
    clients: r.connections,
    "req/s": r.requestsPerSecond.toFixed(1),
    "p50 ms": r.p50Ms,
    "p99 ms": r.p99Ms,
    "non-2xx": r.non2xx,
    failures: r.failures,
  })),
);
const reportPath = join(reportDir, `report-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(reportPath, JSON.stringify({ at: new Date().toISOString(), seconds, rows }, null, 2));
console.log(`Report: ${reportPath} (service output in ${logPath})`);
if (rows.some((r) => r.failures > 0 || (values.refusals ? r.non2xx !== r.requests : r.non2xx > 0))) process.exitCode = 1;
