import { createServer } from "node:http";
import { totalmem } from "node:os";
import type { AddressInfo } from "node:net";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Metric } from "prom-client";

/** This process's metrics, served at `GET /metrics`: one registry per process, as one process is one service. */
export const registry = new Registry();
// The event loop's delay sampled every 50 ms, not prom-client's 10: at 10 ms the sampling timer
// alone costs an idle process about 5 ms of CPU a second (0.5 % of a core), which a machine
// running many members' subgraphs pays for each of them; 50 ms costs 1.4.
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 50 });

// The memory the process may use: its container's limit (cgroups), read when scraped. Alerts compare
// the resident memory with it, so a limit that grows with the registry (the gateway's) needs no
// number in them. 0 where there is no limit.
new Gauge({
  name: "frikommune_process_memory_limit_bytes",
  help: "The memory this process may use (its container's limit); 0 when it has none.",
  registers: [registry],
  collect() {
    const limit = process.constrainedMemory();
    this.set(limit > 0 && limit < totalmem() ? limit : 0);
  },
});

/** The metric named `name`, created once per process (in-process tests start several services). */
export function metric<M extends Metric>(name: string, create: (registers: Registry[]) => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? create([registry]);
}

/** What became of a request: answered, answered in part, refused (the caller's fault) or failed. */
export type Outcome = "ok" | "partial" | "refused" | "failed";

const REFUSED_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_LIMIT_EXCEEDED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "CONFLICT",
]);

/** A request's outcome from its HTTP status and the codes of its GraphQL errors. */
export function outcomeOf(status: number, errorCodes: readonly string[], hasData: boolean): Outcome {
  if (status >= 500) return "failed";
  if (errorCodes.length === 0) return status >= 400 ? "refused" : "ok";
  if (errorCodes.every((code) => REFUSED_CODES.has(code))) return "refused";
  return hasData ? "partial" : "failed";
}

/** The header the gateway names the client's operation in, on each subgraph fetch. */
export const OPERATION_HEADER = "x-graphql-operation-name";

/** The most distinct operation names the metrics carry, and the longest name kept as it is. */
export const MAX_OPERATION_LABELS = 100;
export const MAX_OPERATION_NAME_LENGTH = 64;
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const operations = new Set<string>();

/**
 * An operation name as logs and other services (in a header) may carry it: a GraphQL name, cut
 * to MAX_OPERATION_NAME_LENGTH characters; anything else is null.
 */
export function operationName(name: unknown): string | null {
  if (typeof name !== "string" || !NAME.test(name)) return null;
  return name.slice(0, MAX_OPERATION_NAME_LENGTH);
}

/**
 * An operation name as a metric label. Clients choose the names, so past the first
 * MAX_OPERATION_LABELS a new one is `other`, as is one that is not a short GraphQL name: a caller
 * must not be able to grow the metrics without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATION_LABELS || name.length > MAX_OPERATION_NAME_LENGTH || !NAME.test(name)) return "other";
  operations.add(name);
  return name;
}

/** Requests served, and how long they took, by operation and outcome. */
export function requestMetrics() {
  const labelNames = ["operation", "outcome"] as const;
  return {
    total: metric("frikommune_requests_total", (registers) => new Counter({ name: "frikommune_requests_total", help: "GraphQL requests served, by operation and outcome.", labelNames, registers })),
    duration: metric(
      "frikommune_request_duration_seconds",
      (registers) =>
        new Histogram({
          name: "frikommune_request_duration_seconds",
          help: "Time to answer a GraphQL request, by operation and outcome.",
          labelNames,
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
          registers,
        }),
    ),
  };
}

/** Counts a served request in both metrics. */
export function recordRequest(operation: string | null | undefined, outcome: Outcome, seconds: number): void {
  const { total, duration } = requestMetrics();
  const labels = { operation: operationLabel(operation), outcome };
  total.inc(labels);
  duration.observe(labels, seconds);
}

/** What a connection pool reports of itself (node-postgres' `Pool` has these). */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  /** Set once the pool is closed: it is forgotten then. */
  ended?: boolean;
}

const pools = new Map<string, Set<PoolLike>>();

/** Reports a PostgreSQL pool's connections in use, idle and requests waiting for one, under `name`. */
export function watchPool(name: string, pool: PoolLike): void {
  if (!pools.has(name)) pools.set(name, new Set());
  pools.get(name)!.add(pool);
  metric(
    "frikommune_pg_pool_connections",
    (registers) =>
      new Gauge({
        name: "frikommune_pg_pool_connections",
        help: "PostgreSQL connections of this process's pools: in use, idle, and requests waiting for one.",
        labelNames: ["pool", "state"],
        registers,
        collect() {
          this.reset();
          for (const [pool, members] of pools) {
            let inUse = 0, idle = 0, waiting = 0;
            for (const p of members) {
              if (p.ended) {
                members.delete(p);
                continue;
              }
              inUse += p.totalCount - p.idleCount;
              idle += p.idleCount;
              waiting += p.waitingCount;
            }
            this.set({ pool, state: "in_use" }, inUse);
            this.set({ pool, state: "idle" }, idle);
            this.set({ pool, state: "waiting" }, waiting);
          }
        },
      }),
  );
}

/** `GET /metrics` on a port of its own, for a Prometheus that must not reach the service's API. */
export async function serveMetrics(port: number, host: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url !== "/metrics") return void res.writeHead(404).end();
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}/metrics`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
