import { inject } from "vitest";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members, network } from "@frikommune/members";
import { startMunicipalitySubgraph } from "@frikommune/municipality-kit";
import { startNetworkSubgraph } from "@frikommune/subgraph-network";
import type { RunningServer } from "@frikommune/service";
import { createTestDatabase } from "./database.js";
import { startedForTests } from "./lifecycle.js";
import { loadSubgraphConfig, type SubgraphConfig } from "@frikommune/config";

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

/** A subgraph's configuration as its process would read it, on `databaseUrl` and any free port. */
export function subgraphConfig(databaseUrl: string): SubgraphConfig {
  return loadSubgraphConfig(0, { ...process.env, DATABASE_URL: databaseUrl, PORT: "0" });
}

/** Every subgraph on its own HTTP port over `databaseUrl`, by subgraph name. */
export async function startTestSubgraphs(databaseUrl: string): Promise<Map<string, RunningServer>> {
  const subgraphs = new Map<string, RunningServer>();
  subgraphs.set(network.name, await startNetworkSubgraph(subgraphConfig(databaseUrl)));
  for (const m of members) {
    subgraphs.set(m.slug, await startMunicipalitySubgraph(await loadMemberModule(m.slug), subgraphConfig(databaseUrl)));
  }
  return subgraphs;
}

/**
 * The whole graph as it is deployed: every subgraph on its own HTTP port over a fresh database,
 * and the gateway on the committed supergraph in front of them.
 */
export async function startTestGraph(): Promise<TestGraph> {
  const databaseUrl = await createTestDatabase(inject("databaseUrl"));
  const subgraphs = await startTestSubgraphs(databaseUrl);
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
  return startedForTests(startTestGraph);
}
