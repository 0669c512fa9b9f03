// What an outsider tries at the gateway, each through the real gateway on the real subgraphs,
// and the refusal or the bound they meet.
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { Logger } from "@graphql-hive/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, loadTokenConfig } from "@frikommune/config";
import { startGateway, type GatewayOptions, type RunningGateway } from "@frikommune/gateway";
import { MAX_PAGE_SIZE } from "@frikommune/subgraph-server/page-size";
import { MAX_OPERATION_LABELS, MAX_OPERATION_NAME_LENGTH } from "@frikommune/telemetry";
import { startCountingProxy, type CountingProxy } from "./support/counting-proxy.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
const started: RunningGateway[] = [];
let proxies: CountingProxy[] = [];
afterAll(async () => {
  await Promise.all(started.map((g) => g.stop()));
  await Promise.all(proxies.map((p) => p.stop()));
});

/** Log lines a gateway writes, as its JSON writer would write them. */
const logged: Record<string, unknown>[] = [];
const capture = new Logger({ level: "info", writers: [{ write: (_level, attrs, msg) => void logged.push({ ...attrs, msg }) }] });

/** Another gateway on the test graph's subgraphs (through proxies that record each fetch), with `options`. */
async function gateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  if (!proxies.length) proxies = await Promise.all([...graph.subgraphs].map(([name, s]) => startCountingProxy(s.url, 0, name)));
  const started_ = await startGateway({ port: 0, subgraphUrls: Object.fromEntries(proxies.map((p) => [p.name, p.url])), ...options });
  started.push(started_);
  return started_;
}
const fetches = () => proxies.flatMap((p) => p.fetches);

async function post(at: RunningGateway | string, body: unknown, headers: Record<string, string> = {}) {
  const url = typeof at === "string" ? at : at.url;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) : undefined };
}
/** A POST with the path and headers exactly as given: `fetch` normalises the one and will not send a Host of the caller's choosing. */
function rawPost(at: RunningGateway, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const { hostname, port } = new URL(at.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : undefined });
      });
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}
const metricsOf = async (at: RunningGateway) => (await fetch(new URL("/metrics", at.url))).text();
const operationLabels = (metrics: string) => new Set([...metrics.matchAll(/operation="([^"]*)"/g)].map((m) => m[1]!));

describe("operation names the caller chooses", () => {
  let target: RunningGateway;
  let metrics: string;
  const junk = Array.from({ length: 1_000 }, () => randomBytes(45_000).toString("hex"));
  const named = Array.from({ length: 1_000 }, (_, i) => `Op${i}_${randomBytes(2_000).toString("hex")}`);
  beforeAll(async () => {
    target = await gateway({ log: capture });
    // Names that no operation in the document has, and real operations, each under its own long name.
    for (const operationName of junk) await post(target, { query: "{ __typename }", operationName });
    for (const name of named) await post(target, { query: `query ${name} { __typename }`, operationName: name });
    metrics = await metricsOf(target);
  }, 240_000);

  it("leave /metrics under a fixed size: a bounded number of short labels", () => {
    expect(metrics.length).toBeLessThan(256 * 1024);
    const labels = operationLabels(metrics);
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2); // and `anonymous`, `other`
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(MAX_OPERATION_NAME_LENGTH);
    for (const name of junk.slice(0, 50)) expect(metrics).not.toContain(name.slice(0, 20));
  });

  it("are no label and no log entry when no operation in the document has them", () => {
    const lines = logged.filter((l) => l.msg === "request");
    expect(lines.length).toBeGreaterThanOrEqual(junk.length + named.length);
    for (const name of junk.slice(0, 50)) expect(JSON.stringify(lines)).not.toContain(name.slice(0, 20));
  });

  it("are logged, labelled and sent on to the subgraphs at most so long", async () => {
    for (const line of logged.filter((l) => typeof l.operation === "string")) expect((line.operation as string).length).toBeLessThanOrEqual(MAX_OPERATION_NAME_LENGTH);
    const before = fetches().length;
    const name = `Ministry_${"x".repeat(5_000)}`;
    expect((await post(target, { query: `query ${name} { network { name } }`, operationName: name })).json?.errors).toBeUndefined();
    const sent = fetches().slice(before).map((f) => f.operation);
    expect(sent).toEqual([name.slice(0, MAX_OPERATION_NAME_LENGTH)]);
  });
});

describe("paths that end in /graphql", () => {
  it.each(["/graphql/", "//graphql", "/x/graphql", "/?/graphql", "/graphql/graphql", "/GRAPHQL"])("%s executes nothing: 404, asking no subgraph", async (path) => {
    const target = await gateway({ rateLimit: { points: 1, windowSeconds: 60, store: "memory", trustedProxies: 0 } });
    const before = fetches().length;
    for (let i = 0; i < 3; i++) {
      const { status, json } = await rawPost(target, path, { query: "{ network { name } }" });
      expect(status).toBe(404);
      expect(json).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND" } }] });
    }
    expect(fetches().length).toBe(before);
    // The one budget the caller has is still unspent: only /graphql draws on it.
    expect((await post(target, { query: "{ network { name } }" })).status).toBe(200);
    expect((await post(target, { query: "{ network { name } }" })).status).toBe(429);
  });
});

describe("variables with default values", () => {
  const query = `query ($n: Int = ${MAX_PAGE_SIZE}) { municipalities { trials(first: $n) { nodes { title } } } }`;
  const estimate = (json: Awaited<ReturnType<typeof post>>["json"]) => Number(/estimated (\d+)/.exec(json?.errors?.[0]?.message ?? "")?.[1]);

  it("are costed at the value they run with, as if the client had sent it", async () => {
    const target = await gateway({ limits: { ...DEFAULT_LIMITS, maxCost: 1 } });
    const defaulted = await post(target, { query });
    const given = await post(target, { query, variables: { n: MAX_PAGE_SIZE } });
    const smaller = await post(target, { query, variables: { n: 20 } });
    expect(defaulted.json?.errors?.[0]?.extensions).toMatchObject({ code: "OPERATION_LIMIT_EXCEEDED", limit: "cost" });
    expect(estimate(defaulted.json)).toBe(estimate(given.json));
    expect(estimate(defaulted.json)).toBeGreaterThan(estimate(smaller.json));
  });
});

describe("operation types the schema lacks", () => {
  it.each(["subscription { x }", "subscription Changes { network { name } }"])("%s gets 400 GRAPHQL_VALIDATION_FAILED and asks no subgraph", async (query) => {
    const target = await gateway();
    const before = fetches().length;
    const { status, json } = await post(target, { query }, { accept: "application/graphql-response+json" });
    expect(status).toBe(400);
    expect(json?.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(fetches().length).toBe(before);
  });
});

describe("content negotiation, hit or miss", () => {
  const cases: [accept: string, status: number, contentType: string | null][] = [
    ["application/graphql-response+json", 200, "application/graphql-response+json; charset=utf-8"],
    ["application/json", 200, "application/json; charset=utf-8"],
    ["application/json, application/graphql-response+json;q=0.9", 200, "application/json; charset=utf-8"],
    ["application/graphql-response+json, application/json;q=0.9", 200, "application/graphql-response+json; charset=utf-8"],
    ["*/*", 200, "application/json; charset=utf-8"],
    ["text/html", 406, null],
  ];
  let cached: RunningGateway;
  let uncached: RunningGateway;
  beforeAll(async () => {
    cached = await gateway({ responseCache: { enabled: true, ttlSeconds: 600, maxMegabytes: 8 } });
    uncached = await gateway();
  });

  it.each(cases)("Accept: %s gets %i %s from the subgraphs and from the cache alike", async (accept, status, contentType) => {
    const query = { query: `{ network { name } }` };
    const fresh = await post(uncached, query, { accept });
    // Asked first with another type, so that a hit is what this one gets.
    await post(cached, query, { accept: "application/graphql-response+json" });
    const hit = await post(cached, query, { accept });
    for (const answer of [fresh, hit]) {
      expect(answer.status).toBe(status);
      if (contentType) expect(answer.headers.get("content-type")).toBe(contentType);
    }
    if (status === 200) {
      expect(hit.headers.get("x-cache")).toBe("HIT");
      expect(hit.text).toBe(fresh.text);
    }
  });

  it("keeps caching while callers send any number of If-None-Match values", async () => {
    const flood = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const value = i % 2 ? randomBytes(32).toString("hex") : `W/"${randomBytes(8).toString("hex")}"`;
        await fetch(cached.url, { method: "POST", headers: { "content-type": "application/json", "if-none-match": value }, body: `{"query":"{ __typename }"}` }).then((r) => r.arrayBuffer());
      }
    };
    const query = { query: `{ network { theme } }` };
    const [, miss] = await Promise.all([flood(2_000), post(cached, query)]);
    expect(miss.status).toBe(200);
    expect((await post(cached, query)).headers.get("x-cache")).toBe("HIT");
  }, 120_000);
});

describe("pages of other sites", () => {
  const origin = "https://not-the-app.example";
  it("get no CORS headers, so a browser shows them no answer", async () => {
    const target = await gateway();
    const answer = await post(target, { query: "{ network { name } }" }, { origin });
    const preflight = await fetch(target.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" } });
    for (const headers of [answer.headers, preflight.headers]) {
      expect(headers.get("access-control-allow-origin")).toBeNull();
      expect(headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("may read answers when their origin is configured (CORS_ORIGINS), without credentials", async () => {
    const allowed = ["https://kommune.example", "https://mirror.example"];
    const target = await gateway({ corsOrigins: allowed });
    for (const from of allowed) {
      const { headers } = await post(target, { query: "{ network { name } }" }, { origin: from });
      expect(headers.get("access-control-allow-origin")).toBe(from);
      expect(headers.get("access-control-allow-credentials")).toBeNull();
    }
    expect((await post(target, { query: "{ network { name } }" }, { origin })).headers.get("access-control-allow-origin")).not.toBe(origin);
  });

  it("cannot get a development token, nor can a site that rebinds its name to this machine", async () => {
    const development = await gateway({ development: true, tokens: { ...loadTokenConfig(), jwksUrl: null, algorithms: [], maxTokenAge: "24h" } });
    const devToken = (headers: Record<string, string>) => rawPost(development, "/auth/dev-token", { role: "ministry" }, headers);
    const { port, origin: own } = new URL(development.url);
    expect((await devToken({ origin })).status).toBe(403);
    expect((await devToken({ host: `rebound.example:${port}`, origin: `http://rebound.example:${port}` })).status).toBe(403);
    expect((await devToken({ host: `rebound.example:${port}` })).status).toBe(403);
    const mine = await devToken({ origin: own });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ token: expect.any(String) });
  });
});

describe("a misspelt field", () => {
  const misspelt = { query: "{ network { nam } }" };
  it("reveals no field name while introspection is off", async () => {
    const message = (await post(await gateway({ introspection: false }), misspelt)).json?.errors?.[0]?.message;
    expect(message).toMatch(/Cannot query field "nam"/);
    expect(message).not.toMatch(/Did you mean|"name"/);
  });

  it("gets the suggestion while introspection is on, which reveals the schema anyway", async () => {
    expect((await post(await gateway({ introspection: true }), misspelt)).json?.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });
});
