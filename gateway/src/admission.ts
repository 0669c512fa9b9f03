import { getHeapStatistics } from "node:v8";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { Counter, Gauge } from "prom-client";
import type { AdmissionConfig } from "@frikommune/config";
import { metric } from "@frikommune/telemetry";

/** How often waiting requests look again while none finishes: a collection may have made room. */
const POLL_MS = 10;

/** Requests admitted at once on a fresh start, and the most the limit grows to. */
const STARTING_LIMIT = 4;
const MAX_LIMIT = 1024;

/** The share of its limit the heap has in use, in percent. */
export function heapPercent(): number {
  const heap = getHeapStatistics();
  return (heap.used_heap_size / heap.heap_size_limit) * 100;
}

/** The gate /metrics reports on: the process's gateway's (the latest made, where tests make several). */
let reported: { readonly running: number; readonly waiting: number; readonly limit: number } | null = null;

// Read when scraped rather than set on every request.
const requestsGauge = () =>
  metric(
    "frikommune_gateway_admission_requests",
    (registers) =>
      new Gauge({
        name: "frikommune_gateway_admission_requests",
        help: "GraphQL requests the gateway works on (running), waits to start for room in its heap (waiting), and the most it runs at once now (limit).",
        labelNames: ["state"],
        registers,
        collect() {
          if (!reported) return;
          for (const state of ["running", "waiting", "limit"] as const) this.set({ state }, reported[state]);
        },
      }),
  );

const shed = () =>
  metric(
    "frikommune_gateway_admission_refused_total",
    (registers) => new Counter({ name: "frikommune_gateway_admission_refused_total", help: "GraphQL requests refused with 503 OVERLOADED: too many waiting, or waited too long.", labelNames: ["reason"], registers }),
  );

export type Admission = ReturnType<typeof admission>;
type Entry = "admitted" | "too many waiting" | "waited too long";

/**
 * Admission by heap. Requests run up to a limit that adapts to the heap as TCP's window does to a
 * network: it starts small, grows by one with each request that finishes at the limit while the
 * heap has room, and halves when one finishes with the heap fuller than `heapPercent` of its limit; one always
 * runs. Above the limit requests wait in arrival order, at most `maxWaiting` of them for at most
 * `maxWaitMs` each, and past that they are refused. The heap alone cannot be the test: twenty
 * identical queries arriving together are admitted on an empty heap, then their deduplicated
 * subgraph answers are cloned for each at the same moment (the ministry's ~1 MB at 25 members,
 * with the cache off, ended the process out of memory that way).
 *
 * Written here because the load-shedding packages (overload-protection, @fastify/under-pressure)
 * only refuse, where waiting a moment serves the client, and they wrap http/express/fastify
 * handlers rather than a Yoga plugin chain.
 */
export function admission(config: AdmissionConfig, heapInUse: () => number = heapPercent) {
  let running = 0;
  let limit = STARTING_LIMIT;
  const waiting: { admit(): void; timer: NodeJS.Timeout }[] = [];
  let poll: NodeJS.Timeout | undefined;
  const roomy = () => running === 0 || (running < limit && heapInUse() < config.heapPercent);
  const next = () => {
    while (waiting.length > 0 && roomy()) {
      const first = waiting.shift()!;
      clearTimeout(first.timer);
      running++;
      first.admit();
    }
    if (waiting.length > 0) poll ??= setInterval(next, POLL_MS);
    else if (poll) poll = void clearInterval(poll);
  };
  const gate = {
    /** Whether the request may start, at once or after a wait, or why not. */
    enter(): Entry | Promise<Entry> {
      if (waiting.length === 0 && roomy()) {
        running++;
        return "admitted";
      }
      if (waiting.length >= config.maxWaiting) return "too many waiting";
      return new Promise<Entry>((resolve) => {
        const entry = {
          admit: () => resolve("admitted"),
          timer: setTimeout(() => {
            waiting.splice(waiting.indexOf(entry), 1);
            next();
            resolve("waited too long");
          }, config.maxWaitMs),
        };
        waiting.push(entry);
        next();
      });
    },
    /** A request admitted earlier is done. */
    leave() {
      // Grown only by requests that ran at the limit: a quiet spell must not leave room for a burst.
      const atLimit = running >= limit;
      running--;
      if (heapInUse() >= config.heapPercent) limit = Math.max(1, Math.floor(limit / 2));
      else if (atLimit) limit = Math.min(limit + 1, MAX_LIMIT);
      next();
    },
    get running() {
      return running;
    },
    get limit() {
      return limit;
    },
    get waiting() {
      return waiting.length;
    },
  };
  reported = gate;
  requestsGauge();
  return gate;
}

/**
 * Every GraphQL request passes `admission` before the gateway reads it; one refused gets 503
 * `OVERLOADED` with `Retry-After`, so a client or a load balancer tries again, or another replica.
 */
export function useAdmission(config: AdmissionConfig, graphqlEndpoint: string, log: Logger, gate: Admission = admission(config)): GatewayPlugin {
  const admitted = new WeakSet<Request>();
  shed().inc({ reason: "too many waiting" }, 0);
  shed().inc({ reason: "waited too long" }, 0);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method === "OPTIONS") return;
      const entered = gate.enter();
      const outcome = typeof entered === "string" ? entered : await entered;
      if (outcome === "admitted") {
        admitted.add(request);
        return;
      }
      shed().inc({ reason: outcome });
      log.warn({ reason: outcome, running: gate.running, limit: gate.limit, waiting: gate.waiting, heapPercent: Math.round(heapPercent()) }, "request refused: the gateway is overloaded");
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message: "The gateway is busy; try again in a moment.", extensions: { code: "OVERLOADED" } }] },
          { status: 503, headers: { "retry-after": "1" } },
        ),
      );
    },
    onResponse({ request }) {
      if (admitted.delete(request)) gate.leave();
    },
  };
}
