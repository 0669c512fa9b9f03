// The graph at the registry's size, as `pnpm start` runs it, each member with generated trials: how long it takes to compose and to
// start, what the ministry's question costs through the gateway (cache on and off), and what the
// processes and PostgreSQL hold. `pnpm bench --members N` runs it in a copy grown to N members;
// run in place, it measures the registry as it is.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { signDevToken } from "@frikommune/auth";
import { loadStackConfig, loadTokenConfig } from "@frikommune/config";
import { withClient } from "@frikommune/db";
import { members } from "@frikommune/members";
import { ready, ROOT, startStack } from "@frikommune/stack";
import { benchDatabase } from "./database.js";
import { checkAnswers, load } from "./load.js";
import { measured } from "./measure.js";
import { MINISTRY_QUERY, type Scenario } from "./scenarios.js";
import { seedScale, uncachedGateway } from "./run.js";

export interface NetworkSizeReport {
  members: number;
  trialsPerMember: number;
  supergraphLines: number;
  compositionSeconds: number;
  startupSeconds: number;
  /** The ministry answer's size in bytes. */
  answerBytes: number;
  maxConnections: number;
  runs: {
    gateway: string;
    clients: number;
    requestsPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    errors: number;
    peakConnections: number;
    /** SQL statements per request over all subgraphs: fewer than one fetch's per member when identical queries share fetches. */
    sqlStatementsPerRequest: number;
    rssMb: Record<string, number>;
    cpuMsPerRequest: Record<string, number>;
    totalRssMb: number;
  }[];
}

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    clients: { type: "string", default: "20" },
    port: { type: "string", default: "4000" },
    trials: { type: "string", default: "200" },
    report: { type: "string" },
    // Where the services' output goes; growth.ts points it out of the scratch copy, which is deleted after the run.
    log: { type: "string" },
  },
});
const seconds = Number(values.seconds);
const port = Number(values.port);
const mode = { NODE_ENV: process.env.NODE_ENV ?? "development" };
const logPath = values.log ?? join(ROOT, ".bench", "services.log");
mkdirSync(dirname(logPath), { recursive: true });
writeFileSync(logPath, "");
const output = (name: string, chunk: string) => appendFileSync(logPath, `[${name}] ${chunk}`);

// What a member's team runs after a change: the composition, checked against the committed supergraph.
const composing = performance.now();
execFileSync("pnpm", ["--silent", "compose:check"], { cwd: ROOT, stdio: "ignore" });
const compositionSeconds = (performance.now() - composing) / 1000;
const supergraphLines = readFileSync(join(ROOT, "gateway/supergraph.graphql"), "utf8").split("\n").length;

const database = await benchDatabase(loadStackConfig().databaseUrl);
const databaseName = new URL(database.url).pathname.slice(1);
/** Connections the database has open now, from every process of the graph. */
const connections = () => withClient(database.url, async (c) => Number((await c.query("select count(*) as n from pg_stat_activity where datname = $1", [databaseName])).rows[0].n) - 1);

try {
  const starting = performance.now();
  const stack = await startStack({ databaseUrl: database.url, port, env: mode, output });
  const startupSeconds = (performance.now() - starting) / 1000;
  const uncached = uncachedGateway({ port, databaseUrl: database.url, env: mode, output });
  try {
    await ready(uncached);
    // Every member with trials of its own, so the ministry's answer grows with the network (once their
    // subgraphs have made their schemas; no answer has been cached yet).
    seedScale(database.url, mode, { trials: values.trials, milestones: "5" }, true);
    const token = await signDevToken(loadTokenConfig({ ...process.env, ...mode }), "ministry");
    const scenario: Scenario = { name: "ministry query", requests: [{ query: MINISTRY_QUERY, variables: { first: 50 }, token }] };
    const answer = await fetch(stack.gateway.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: MINISTRY_QUERY, variables: { first: 50 } }) });
    const answerBytes = (await answer.arrayBuffer()).byteLength;
    const maxConnections = await withClient(database.url, async (c) => Number((await c.query("show max_connections")).rows[0].max_connections));
    const report: NetworkSizeReport = { members: members.length, trialsPerMember: Number(values.trials), supergraphLines, compositionSeconds, startupSeconds, answerBytes, maxConnections, runs: [] };
    for (const gateway of [stack.gateway, uncached]) {
      await checkAnswers(gateway.url, scenario);
      await load(gateway.url, scenario, Number(values.clients), 2);
      let peakConnections = await connections();
      const sampling = setInterval(() => void connections().then((n) => (peakConnections = Math.max(peakConnections, n)), () => {}), 500);
      const figures = await measured([...stack.subgraphs, gateway], stack.subgraphs, () => load(gateway.url, scenario, Number(values.clients), seconds)).finally(() => clearInterval(sampling));
      const rssMb = Object.fromEntries(Object.entries(figures.processes).map(([name, p]) => [name, Math.round(p.peakRssMb)]));
      report.runs.push({
        gateway: gateway.name,
        clients: Number(values.clients),
        requestsPerSecond: figures.requestsPerSecond,
        p50Ms: figures.p50Ms,
        p99Ms: figures.p99Ms,
        errors: figures.failures + figures.non2xx + figures.withErrors,
        peakConnections,
        sqlStatementsPerRequest: figures.sqlStatementsPerRequest,
        rssMb,
        cpuMsPerRequest: Object.fromEntries(Object.entries(figures.processes).map(([name, p]) => [name, Number(p.cpuMsPerRequest.toFixed(2))])),
        totalRssMb: Object.values(rssMb).reduce((a, b) => a + b, 0),
      });
    }
    const text = JSON.stringify(report, null, 2);
    if (values.report) writeFileSync(values.report, text);
    console.log(text);
  } finally {
    await uncached.stop();
    await stack.stop();
  }
} finally {
  await database.stop();
}
