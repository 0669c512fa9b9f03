import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startGateway } from "@frikommune/gateway";
import { members } from "@frikommune/members";
import { useTestGraph, type GraphQLResponse } from "./support/graph.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const graph = useTestGraph();

describe("with one municipality's subgraph stopped", () => {
  it("the ministry's query still answers for the other members and names the missing subgraph", async () => {
    const before = await graph.query(MINISTRY_QUERY, { first: 100 });
    expect(before.errors).toBeUndefined();

    await graph.subgraphs.get("slagelse")!.stop();
    const { data, errors } = await graph.query(MINISTRY_QUERY, { first: 100 });

    const bySlug = Object.fromEntries(data.municipalities.map((m: { slug: string }) => [m.slug, m]));
    expect(Object.keys(bySlug)).toEqual(members.map((m) => m.slug));
    expect(bySlug.slagelse).toMatchObject({ name: "Slagelse", trials: null, trialSummary: null });
    for (const slug of members.map((m) => m.slug).filter((s) => s !== "slagelse")) {
      const earlier = before.data.municipalities.find((m: { slug: string }) => m.slug === slug);
      expect(bySlug[slug]).toEqual(earlier);
    }

    expect(errors).toContainEqual(expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "slagelse" } }));
    expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|stacktrace/);
  });
});

describe("a member's subgraph answering 500", () => {
  it("opens its circuit breaker: after a few failed fetches its part is missing at once, without a request to it", async () => {
    const member = members[0]!.slug;
    let requests = 0;
    const failing = createServer((_req, res) => {
      requests++;
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
    });
    await new Promise<void>((r) => failing.listen(0, "127.0.0.1", r));
    const minFetches = 2;
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: { ...Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])), [member]: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/graphql` },
      circuitBreaker: { minFetches, errorPercent: 50, windowMs: 60_000, cooldownMs: 600_000 },
    });
    const trials = async () => {
      const query = `query ($slug: ID!) { municipality(slug: $slug) { name trials(first: 5) { totalCount } } }`;
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { slug: member } }) });
      return (await response.json()) as GraphQLResponse;
    };
    try {
      for (let failures = 0; failures < minFetches; failures++) {
        const { data, errors } = await trials();
        expect(data.municipality).toEqual({ name: members[0]!.name, trials: null });
        expect(errors?.length).toBeGreaterThan(0);
      }
      expect(requests).toBe(minFetches);

      const { data, errors } = await trials();
      expect(data.municipality).toEqual({ name: members[0]!.name, trials: null });
      expect(errors).toEqual([expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: member } })]);
      expect(requests).toBe(minFetches);
    } finally {
      await gateway.stop();
      failing.close();
    }
  });
});
