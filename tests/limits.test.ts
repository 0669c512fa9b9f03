import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostile } from "@frikommune/bench/hostile";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { startCountingProxy, type CountingProxy } from "./support/counting-proxy.js";
import { useTestGraph } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();

// A gateway with introspection on (as in development), reaching every subgraph through a proxy that counts fetches.
let proxies: CountingProxy[] = [];
let gateway: RunningGateway;
beforeAll(async () => {
  const proxied = await Promise.all([...graph.subgraphs].map(async ([name, s]) => [name, await startCountingProxy(s.url, 0)] as const));
  proxies = proxied.map(([, p]) => p);
  gateway = await startGateway({ port: 0, introspection: true, subgraphUrls: Object.fromEntries(proxied.map(([name, p]) => [name, p.url])) });
});
afterAll(async () => {
  await gateway?.stop();
  await Promise.all(proxies.map((p) => p.stop()));
});

const fetches = () => proxies.reduce((n, p) => n + p.fetches.length, 0);

/** As a GraphQL-over-HTTP client: a refused request is then answered with 400. */
async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

describe("operations the gateway refuses before planning", () => {
  it.each(hostile.map((h) => [h.name, h] as const))("refuses %s, asks no subgraph, and keeps answering", async (_name, { limit, query }) => {
    const before = fetches();
    const { status, data, errors } = await post(query);
    expect(status).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "OPERATION_LIMIT_EXCEEDED", limit });
    expect(fetches()).toBe(before);

    expect(await post(`{ network { name } }`)).toMatchObject({ status: 200, data: { network: { name: expect.any(String) } } });
  });

  it.each([
    ["the ministry's query at the largest page", MINISTRY_QUERY, { first: 100 }],
    ["the IDE's introspection", `{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }`, {}],
  ])("lets %s through", async (_name, query, variables) => {
    const { status, errors } = await post(query, variables);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
  });
});
