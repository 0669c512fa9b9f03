import type { LoadResult } from "./load.js";
import type { ProcessFigures } from "./measure.js";

export interface Row extends LoadResult {
  size: string;
  scenario: string;
  gateway: string;
  clients: number;
  sqlStatementsPerRequest: number;
  cpuMsPerRequest: number;
  processes: Record<string, ProcessFigures>;
}

const OURS = "this project's gateway";
const UNCACHED = "gateway, cache off";
const STOCK = "stock @apollo/gateway";
export const STOCK_HIVE = "stock Hive Gateway";
const PEERS = [STOCK, STOCK_HIVE];
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The figures the issue sets targets for, read off the rows. */
function targets(rows: Row[]) {
  const find = (size: string, scenario: string, gateway: string, clients?: number) =>
    rows.find((r) => r.size === size && r.scenario === scenario && r.gateway === gateway && (clients === undefined || r.clients === clients));
  const minClients = Math.min(...rows.map((r) => r.clients));
  const maxClients = Math.max(...rows.map((r) => r.clients));
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const ministry = scenarios[0]!;
  return {
    p50AtScaleOverSeed: Object.fromEntries(
      [OURS, UNCACHED].map((gateway) => [
        gateway,
        Object.fromEntries(
          scenarios.map((s) => {
            const [seed, scale] = [find("seed", s, gateway, minClients), find("scale", s, gateway, minClients)];
            return [s, seed && scale ? round(scale.p50Ms / Math.max(seed.p50Ms, 1), 2) : null];
          }),
        ),
      ]),
    ),
    ministryThroughputOverPeers: Object.fromEntries(
      ["seed", "scale"].map((size) => [
        size,
        Object.fromEntries(
          PEERS.map((peer) => {
            const stock = find(size, ministry, peer, maxClients)?.requestsPerSecond;
            const ratio = (gateway: string) => (stock ? round((find(size, ministry, gateway, maxClients)?.requestsPerSecond ?? 0) / stock, 2) : null);
            return [peer, { clients: maxClients, withCache: ratio(OURS), withoutCache: ratio(UNCACHED) }];
          }),
        ),
      ]),
    ),
    cpuMsPerMinistryRequestWithoutCache: Object.fromEntries(["seed", "scale"].map((size) => [size, round(find(size, ministry, UNCACHED, minClients)?.cpuMsPerRequest ?? NaN)])),
    peakRssMbAtScale: Object.fromEntries(
      Object.entries(
        rows
          .filter((r) => r.size === "scale")
          .flatMap((r) => Object.entries(r.processes))
          .reduce<Record<string, number>>((peak, [name, p]) => ({ ...peak, [name]: Math.max(peak[name] ?? 0, round(p.peakRssMb)) }), {}),
      ),
    ),
  };
}

/** Prints the benchmark's tables and returns its JSON report. */
export function report(rows: Row[], meta: Record<string, unknown>) {
  console.table(
    rows.map((r) => ({
      size: r.size,
      scenario: r.scenario,
      gateway: r.gateway,
      clients: r.clients,
      "req/s": round(r.requestsPerSecond),
      "p50 ms": r.p50Ms,
      "p99 ms": r.p99Ms,
      "SQL/req": round(r.sqlStatementsPerRequest),
      "CPU ms/req": round(r.cpuMsPerRequest),
      "non-2xx": r.non2xx,
      "with errors": r.withErrors,
    })),
  );
  const processes = rows.filter((r) => !PEERS.includes(r.gateway) && r.clients === Math.min(...rows.map((x) => x.clients)));
  console.table(
    processes.map((r) => ({
      size: r.size,
      scenario: r.scenario,
      gateway: r.gateway,
      ...Object.fromEntries(Object.entries(r.processes).map(([name, p]) => [name, `${round(p.cpuMsPerRequest)} ms · ${Math.round(p.peakRssMb)} MB`])),
    })),
  );
  const summary = rows.length && !meta.refusals ? targets(rows) : null;
  if (summary) console.log(JSON.stringify(summary, null, 2));
  return { at: new Date().toISOString(), ...meta, targets: summary, rows };
}
