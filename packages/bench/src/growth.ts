// `pnpm bench --members N`: the graph grown by N members. The registry's members are joined by
// made-up ones ("Bench 6", …, no real municipality), each scaffolded by the project's own
// scaffolder into a scratch copy of this working tree, which is built, given generated trials in
// every member and measured as `pnpm start` runs it (network-size.ts). `--members 0` measures the
// registry as it is, in place.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadStackConfig } from "@frikommune/config";
import { members } from "@frikommune/members";
import { ROOT } from "@frikommune/stack";
import { recompose, scaffoldMunicipality, scratchCopy } from "@frikommune/tools";
import { benchServer } from "./database.js";
import type { NetworkSizeReport } from "./network-size.js";

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function growth(extra: number, options: { seconds: number; clients: number; port: number; trials: number; report: string }): Promise<NetworkSizeReport> {
  if (!Number.isInteger(extra) || extra < 0) throw new Error("--members needs a whole number: how many members join the registry's");
  const target = members.length + extra;
  const copy = target > members.length ? scratchCopy(ROOT, "bench") : null;
  // This checkout's PostgreSQL (a copy installed offline may lack the embedded one's binaries), sized for the grown network.
  const server = await benchServer(loadStackConfig().databaseUrl, target + 1);
  try {
    if (copy) {
      for (let n = members.length + 1; n <= target; n++) await scaffoldMunicipality(copy.dir, `bench-${n}`, `Bench ${n}`);
      recompose(copy.dir);
      copy.sh("pnpm", ["--silent", "build"]);
    }
    const root = copy?.dir ?? ROOT;
    execFileSync(process.execPath, [join(root, "packages/bench/dist/network-size.js"), "--seconds", String(options.seconds), "--clients", String(options.clients), "--port", String(options.port), "--trials", String(options.trials), "--report", options.report, "--log", join(ROOT, ".bench", "services.log")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: server.url },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    await server.stop();
    copy?.remove();
  }
  const report = JSON.parse(readFileSync(options.report, "utf8")) as NetworkSizeReport;
  console.log(`${report.members} members: supergraph ${report.supergraphLines} lines, composed and checked in ${round(report.compositionSeconds)} s, started in ${round(report.startupSeconds)} s; ${report.trialsPerMember} generated trials per member; ministry answer ${report.answerBytes} bytes; max_connections ${report.maxConnections}`);
  console.table(
    report.runs.map((r) => ({
      gateway: r.gateway,
      clients: r.clients,
      "req/s": round(r.requestsPerSecond),
      "p50 ms": r.p50Ms,
      "p99 ms": r.p99Ms,
      errors: r.errors,
      "peak connections": r.peakConnections,
      "SQL/req": round(r.sqlStatementsPerRequest),
      "gateway CPU ms/req": round(r.cpuMsPerRequest[r.gateway] ?? NaN),
      "subgraphs CPU ms/req": round(Object.entries(r.cpuMsPerRequest).filter(([name]) => name !== r.gateway).reduce((sum, [, ms]) => sum + ms, 0)),
      "gateway MB": r.rssMb[r.gateway],
      "largest subgraph MB": Math.max(...Object.entries(r.rssMb).filter(([name]) => name !== r.gateway).map(([, mb]) => mb)),
      "total MB": r.totalRssMb,
    })),
  );
  return report;
}
