import type { Service } from "@frikommune/stack";
import { cpuMs, processTree, rssMb } from "./proc.js";

export interface ProcessFigures {
  /** CPU milliseconds the service used per request of the run. */
  cpuMsPerRequest: number;
  /** The most resident memory seen during the run, in MB (a loader's wrapper process included). */
  peakRssMb: number;
}

/** The SQL statements a subgraph has sent, from its Prometheus metrics. */
async function sqlStatements(service: Service): Promise<number> {
  try {
    const text = await (await fetch(new URL("/metrics", service.url))).text();
    return Number(/^frikommune_sql_statements_total (\d+)/m.exec(text)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Watches the graph's processes while `run` loads it: CPU per request and peak RSS per process,
 * and SQL statements per request over all subgraphs.
 */
export async function measured<T extends { requests: number }>(services: Service[], subgraphs: Service[], run: () => Promise<T>) {
  const trees = new Map(services.map((s) => [s.name, processTree(s.child.pid!)]));
  const cpuBefore = new Map([...trees].map(([name, pids]) => [name, cpuMs(pids)]));
  const peak = new Map([...trees].map(([name, pids]) => [name, rssMb(pids)]));
  const sample = setInterval(() => {
    for (const [name, pids] of trees) peak.set(name, Math.max(peak.get(name)!, rssMb(pids)));
  }, 250);
  const statementsBefore = (await Promise.all(subgraphs.map(sqlStatements))).reduce((a, b) => a + b, 0);
  let result: T;
  try {
    result = await run();
  } finally {
    clearInterval(sample);
  }
  const statements = (await Promise.all(subgraphs.map(sqlStatements))).reduce((a, b) => a + b, 0) - statementsBefore;
  const requests = Math.max(result.requests, 1);
  const processes: Record<string, ProcessFigures> = Object.fromEntries(
    [...trees].map(([name, pids]) => [name, { cpuMsPerRequest: (cpuMs(pids) - cpuBefore.get(name)!) / requests, peakRssMb: peak.get(name)! }]),
  );
  return { ...result, sqlStatementsPerRequest: statements / requests, cpuMsPerRequest: Object.values(processes).reduce((sum, p) => sum + p.cpuMsPerRequest, 0), processes };
}
