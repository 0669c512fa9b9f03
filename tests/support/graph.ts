import { afterAll, beforeAll, inject } from "vitest";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members, network } from "@frikommune/members";
import { startMunicipalitySubgraph } from "@frikommune/municipality-kit";
import { startNetworkSubgraph } from "@frikommune/subgraph-network";
import type { RunningServer } from "@frikommune/subgraph-server";
import { createTestDatabase } from "./database.js";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestGraph {
  databaseUrl: string;
  gateway: RunningGateway;
  subgraphs: Map<string, RunningServer>;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The whole graph as it is deployed: every subgraph on its own HTTP port over a fresh database,
 * and the gateway on the committed supergraph in front of them.
 */
export async function startTestGraph(): Promise<TestGraph> {
  const databaseUrl = await createTestDatabase(inject("databaseUrl"));
  const subgraphs = new Map<string, RunningServer>();
  subgraphs.set(network.name, await startNetworkSubgraph({ databaseUrl, port: 0 }));
  for (const m of members) {
    subgraphs.set(m.slug, await startMunicipalitySubgraph(await loadMemberModule(m.slug), { databaseUrl, port: 0 }));
  }
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])),
  });
  return {
    databaseUrl,
    gateway,
    subgraphs,
    async query(query, variables) {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async stop() {
      await gateway.stop();
      await Promise.allSettled([...subgraphs.values()].map((s) => s.stop()));
    },
  };
}

/** The graph of a test file: started before its tests, stopped after them. */
export function useTestGraph(): TestGraph {
  let current: TestGraph | undefined;
  beforeAll(async () => {
    current = await startTestGraph();
  });
  afterAll(() => current?.stop());
  const started = () => {
    if (!current) throw new Error("the test graph has not started");
    return current;
  };
  return {
    get databaseUrl() { return started().databaseUrl; },
    get gateway() { return started().gateway; },
    get subgraphs() { return started().subgraphs; },
    query: (query, variables) => started().query(query, variables),
    stop: () => started().stop(),
  };
}
