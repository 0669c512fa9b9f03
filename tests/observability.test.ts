import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { signDevToken } from "@frikommune/auth";
import { loadTokenConfig } from "@frikommune/config";
import { members, network, subgraphName } from "@frikommune/members";
import { startOtlpCollector, type CollectedSpan, type OtlpCollector } from "./support/otlp-collector.js";
import { startGatewayProcess, useProcessGraph, type ServiceProcess } from "./support/processes.js";
import { MINISTRY_QUERY } from "./support/queries.js";
import { createTestDatabase } from "./support/database.js";
import { subgraphConfig } from "./support/graph.js";
import { freePort } from "./support/ports.js";
import { startGateway } from "@frikommune/gateway";
import { startNetworkSubgraph } from "@frikommune/subgraph-network";

const SUBGRAPHS = [network.name, ...members.map((m) => subgraphName(m.slug))];

let collector: OtlpCollector;
beforeAll(async () => {
  collector = await startOtlpCollector();
});
afterAll(() => collector?.stop());

// Every process exports its spans to the collector within 100 ms of ending them.
const graph = useProcessGraph(() => ({
  env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: "100" },
  gatewayEnv: { GATEWAY_RESPONSE_CACHE: "on", RATE_LIMIT_PER_MINUTE: "40" },
}));

async function ministry(token: string) {
  const response = await fetch(graph.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: MINISTRY_QUERY, variables: { first: 5 } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return response.headers.get("x-request-id")!;
}

/** The JSON lines a service wrote, by message. */
const lines = (service: ServiceProcess, msg: string) =>
  service
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, any>)
    .filter((l) => l.msg === msg);

async function eventually<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never saw ${what}`);
}

/** A metric's samples from a service's /metrics, as `name{labels} value` lines. */
async function scrape(service: ServiceProcess): Promise<string[]> {
  const response = await fetch(new URL("/metrics", service.url));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return (await response.text()).split("\n").filter((l) => l && !l.startsWith("#"));
}

const sample = (samples: string[], name: string, labels: Record<string, string>) =>
  samples
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .filter((l) => Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
    .map((l) => Number(l.slice(l.lastIndexOf(" ") + 1)));

describe("one ministry query, followed across the services", { timeout: 60_000 }, () => {
  let token: string;
  let requestId: string;
  let trace: CollectedSpan[];

  beforeAll(async () => {
    token = await signDevToken(loadTokenConfig(), "ministry");
    requestId = await ministry(token);
    const gatewayRoot = await eventually(
      () => collector.spans.find((s) => s.service === "gateway" && !s.parentSpanId && s.attributes["hive.request.id"] === requestId),
      "the gateway's span of the request",
    );
    // Spans arrive in batches from seven processes: wait until every subgraph's SQL is in.
    trace = await eventually(() => {
      const spans = collector.spans.filter((s) => s.traceId === gatewayRoot.traceId);
      return SUBGRAPHS.every((name) => spans.some((s) => s.service === name && s.attributes["db.system.name"] === "postgresql")) ? spans : undefined;
    }, "SQL spans from every subgraph");
  });

  it("is one trace: the gateway's request, planning and fetches, each subgraph's execution and its SQL", () => {
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const roots = trace.filter((s) => !s.parentSpanId || !byId.has(s.parentSpanId));
    expect(roots.map((s) => s.service)).toEqual(["gateway"]);
    expect(trace.some((s) => s.service === "gateway" && s.name === "graphql.plan")).toBe(true);

    for (const name of SUBGRAPHS) {
      const executions = trace.filter((s) => s.service === name && s.name === `subgraph ${name}: Ministry`);
      expect(executions.length, name).toBeGreaterThan(0);
      for (const execution of executions) {
        // Its parent is the gateway's fetch: the context came in the `traceparent` header.
        expect(byId.get(execution.parentSpanId!)?.service).toBe("gateway");
        expect(execution.attributes["frikommune.request_id"]).toBe(requestId);
      }
      const sql = trace.filter((s) => s.service === name && s.attributes["db.system.name"] === "postgresql");
      expect(sql.length, name).toBeGreaterThan(0);
      for (const statement of sql) {
        expect(executions.map((e) => e.spanId)).toContain(statement.parentSpanId);
        expect(String(statement.attributes["db.query.text"])).toMatch(/^\s*(select|with)\b/i);
      }
    }
  });

  it("writes one JSON line at the gateway and one at each subgraph fetched, joined by request id and trace id", () => {
    const traceId = trace[0]!.traceId;
    const [line, ...more] = lines(graph.gateway, "request").filter((l) => l.requestId === requestId);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ operation: "Ministry", role: "ministry", municipality: null, outcome: "ok", status: 200, traceId });
    expect(line!.durationMs).toBeGreaterThan(0);
    expect([...new Set(line!.fetches.map((f: { subgraph: string }) => f.subgraph))].sort()).toEqual([...SUBGRAPHS].sort());
    for (const name of SUBGRAPHS) {
      const own = lines(graph.subgraphs.get(name)!, "request").filter((l) => l.requestId === requestId);
      expect(own.length, name).toBeGreaterThan(0);
      for (const l of own) expect(l).toMatchObject({ service: name, operation: "Ministry", role: "ministry", outcome: "ok", status: 200, traceId });
    }
  });

  it("never writes the caller's token", () => {
    for (const service of graph.services()) expect(service.output()).not.toContain(token.split(".")[2]);
  });

  it("is counted in every service's metrics, by operation and outcome", async () => {
    await ministry(token); // the same caller again: served from the response cache
    const gateway = await scrape(graph.gateway);
    expect(sample(gateway, "frikommune_requests_total", { operation: "Ministry", outcome: "ok" })).toEqual([2]);
    expect(sample(gateway, "frikommune_request_duration_seconds_count", { operation: "Ministry", outcome: "ok" })).toEqual([2]);
    expect(sample(gateway, "frikommune_gateway_response_cache_total", { result: "miss" })).toEqual([1]);
    expect(sample(gateway, "frikommune_gateway_response_cache_total", { result: "hit" })).toEqual([1]);
    for (const name of SUBGRAPHS) {
      expect(sample(gateway, "graphql_gateway_subgraph_execute_duration_count", { subgraphName: name })[0], name).toBeGreaterThan(0);
    }
    expect(sample(gateway, "process_cpu_seconds_total", {})[0]).toBeGreaterThan(0);
    for (const name of SUBGRAPHS) {
      const own = await scrape(graph.subgraphs.get(name)!);
      expect(sample(own, "frikommune_requests_total", { operation: "Ministry", outcome: "ok" })[0], name).toBeGreaterThan(0);
      expect(sample(own, "frikommune_pg_pool_connections", { state: "waiting" }), name).toEqual([0]);
      expect(sample(own, "frikommune_pg_pool_connections", { state: "idle" })[0], name).toBeGreaterThan(0);
      expect(sample(own, "nodejs_heap_size_used_bytes", {})[0], name).toBeGreaterThan(0);
    }
  });

  // After the metrics above: a write, even a refused one, drops the cached answers it may touch.
  it("shows a refused write as refused, with its code, in the member's own line", async () => {
    const { slug, typePrefix } = members[0]!;
    const editor = await signDevToken(loadTokenConfig(), "editor", slug);
    const response = await fetch(graph.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: `mutation Refused { create${typePrefix}Trial(input: { title: "", purpose: "", exemptionCodes: [] }) { id } }` }),
    });
    const requestId = response.headers.get("x-request-id")!;
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    const line = await eventually(() => lines(graph.subgraphs.get(subgraphName(slug))!, "request").find((l) => l.requestId === requestId), "the member's line");
    expect(line).toMatchObject({ operation: "Refused", role: "editor", municipality: slug, outcome: "refused", errors: ["BAD_USER_INPUT"] });
  });

  it("keeps a caller's request id when it is a short token, and makes its own for anything else", async () => {
    const idOf = async (requestId: string) =>
      (await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": requestId }, body: JSON.stringify({ query: "{ __typename }" }) })).headers.get("x-request-id");
    expect(await idOf("client-42.a:b")).toBe("client-42.a:b");
    for (const hostile of ["two words", "x".repeat(129), '"}{"injected":true']) {
      const id = await idOf(hostile);
      expect(id).not.toBe(hostile);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("serves every metric the alert rules ask for", async () => {
    const rules = parse(readFileSync(resolve(import.meta.dirname, "../deploy/prometheus/alerts.yaml"), "utf8")) as { groups: { rules: { alert: string; expr: string }[] }[] };
    const served = new Set<string>(["up"]); // Prometheus' own, per target
    for (const service of graph.services()) {
      const text = await (await fetch(new URL("/metrics", service.url))).text();
      for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
        served.add(name!);
        if (type === "histogram") for (const suffix of ["_bucket", "_count", "_sum"]) served.add(name! + suffix);
      }
    }
    const alerts = rules.groups.flatMap((g) => g.rules);
    expect(alerts.length).toBeGreaterThan(0);
    for (const { alert, expr } of alerts) {
      // What is left of the expression once label matchers, groupings, ranges and strings are gone,
      // and function calls and operators are set aside, are the metric names it reads.
      const bare = expr.replace(/\{[^}]*\}/g, " ").replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/"[^"]*"/g, " ");
      const names = [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?/g)]
        .filter((m) => !m[2] && !["and", "or", "unless", "bool", "offset"].includes(m[1]!))
        .map((m) => m[1]!);
      expect(names.length, alert).toBeGreaterThan(0);
      for (const name of names) expect(served, `${alert}: ${name}`).toContain(name);
    }
  });

  it("counts refusals by the limit that refused them, and by rate limiting", async () => {
    const post = (body: unknown) => fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const deep = `{ ${"municipalities { trials { nodes { municipality { ".repeat(4)}slug${" } } } }".repeat(4)} }`;
    const refused = (await (await post({ query: deep })).json()) as { errors: { extensions: { code: string; limit: string } }[] };
    expect(refused.errors[0]!.extensions).toMatchObject({ code: "OPERATION_LIMIT_EXCEEDED", limit: "depth" });
    let status = 200;
    for (let i = 0; i < 60 && status !== 429; i++) status = (await post({ query: "{ __typename }" })).status;
    expect(status).toBe(429);
    const gateway = await scrape(graph.gateway);
    expect(sample(gateway, "frikommune_gateway_refusals_total", { reason: "depth" })).toEqual([1]);
    expect(sample(gateway, "frikommune_gateway_refusals_total", { reason: "rate_limit" })).toEqual([1]);
    expect(sample(gateway, "frikommune_requests_total", { operation: "anonymous", outcome: "refused" })[0]).toBeGreaterThanOrEqual(2);
  });
});

describe("a caller's traceparent", { timeout: 60_000 }, () => {
  const gateways: ServiceProcess[] = [];
  afterAll(() => Promise.all(gateways.map((g) => g.stop())));

  /** A gateway tracing `share` of its requests, and the spans a request to it with `traceparent` left. */
  async function traced(share: number, traceparent: string): Promise<CollectedSpan[]> {
    const gateway = await startGatewayProcess({
      subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])),
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: "100", OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: String(share) },
    });
    gateways.push(gateway);
    const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", traceparent }, body: JSON.stringify({ query: "{ network { name } }" }) });
    expect(response.status).toBe(200);
    // A sampled request's spans are sent within 100 ms; the gateway's own end last.
    const traceId = traceparent.split("-")[1]!;
    const sent = () => collector.spans.filter((s) => s.traceId === traceId);
    for (let i = 0; i < 30 && !sent().some((s) => s.service === "gateway" && s.kind === 2); i++) await new Promise((r) => setTimeout(r, 100));
    return sent();
  }
  const id = (bytes: number) => randomBytes(bytes).toString("hex");

  it("cannot make the gateway trace a request it samples out by asking for it (the sampled flag)", async () => {
    expect(await traced(0, `00-${id(16)}-${id(8)}-01`)).toEqual([]);
  });

  it("joins the caller's trace when the gateway samples the request, even if the caller did not", async () => {
    const spans = await traced(1, `00-${id(16)}-${id(8)}-00`);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["gateway", network.name]));
  });
});

describe("metrics on a port of their own (METRICS_PORT)", () => {
  let stop: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(stop.map((s) => s())));

  it("are served there and not on the service's own port, which Prometheus then never needs", async () => {
    const databaseUrl = await createTestDatabase(inject("databaseUrl"));
    const [subgraphMetrics, gatewayMetrics] = [await freePort(), await freePort()];
    const subgraph = await startNetworkSubgraph({ ...subgraphConfig(databaseUrl), metricsPort: subgraphMetrics });
    const gateway = await startGateway({ port: 0, metricsPort: gatewayMetrics, web: { enabled: false, root: null, oidc: null } });
    stop = [() => gateway.stop(), () => subgraph.stop()];
    for (const [service, port] of [[subgraph, subgraphMetrics], [gateway, gatewayMetrics]] as const) {
      expect((await fetch(new URL("/metrics", service.url))).status).toBe(404);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("process_cpu_seconds_total");
      expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    }
  });
});
