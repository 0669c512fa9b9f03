import { DEFAULT_SUBGRAPH_BASE_PORT, gatewayOldSpaceMb, heapOptions, SERVICE_OLD_SPACE_MB, subgraphUrlVariable } from "@frikommune/config";
import { members, network, subgraphName, subgraphs as registrySubgraphs, subgraphUrl } from "@frikommune/members";
import { entry, ready, runService, type RunOptions, type Service } from "./service.js";

/** V8's heap bounds for every subgraph (`@frikommune/config`'s memory.ts says why). */
export const SERVICE_HEAP = heapOptions(SERVICE_OLD_SPACE_MB);
/** The gateway's, which grow with the registry. */
export const GATEWAY_HEAP = heapOptions(gatewayOldSpaceMb(registrySubgraphs().length));

export interface Stack {
  gateway: Service;
  subgraphs: Service[];
  services: Service[];
  stop(): Promise<void>;
}

/**
 * Every process of the graph on one machine: each subgraph on its registry port over
 * `databaseUrl`, then the gateway on `port` in front of them, each waited for until ready.
 */
export async function startStack(options: RunOptions & { databaseUrl: string; port: number; subgraphBasePort?: number }): Promise<Stack> {
  const gatewayOptions = { ...options, nodeOptions: options.nodeOptions ?? GATEWAY_HEAP };
  options = { nodeOptions: SERVICE_HEAP, ...options };
  const env = { ...options.env, DATABASE_URL: options.databaseUrl };
  // Registry ports, moved as a whole when the stack is given another base port.
  const portOf = (registryPort: number) => registryPort - DEFAULT_SUBGRAPH_BASE_PORT + (options.subgraphBasePort ?? DEFAULT_SUBGRAPH_BASE_PORT);
  const subgraphs = [
    runService(network.name, subgraphUrl(portOf(network.port)), entry("subgraphs/network", "main"), { ...options, env: { ...env, PORT: String(portOf(network.port)) } }),
    ...members.map((m) =>
      runService(m.slug, subgraphUrl(portOf(m.port)), entry(`subgraphs/${m.slug}`, "main"), { ...options, env: { ...env, PORT: String(portOf(m.port)) } }),
    ),
  ];
  const addresses = Object.fromEntries([network.name, ...members.map((m) => subgraphName(m.slug))].map((name, i) => [subgraphUrlVariable(name), subgraphs[i]!.url]));
  const services: Service[] = [...subgraphs];
  const stop = async () => void (await Promise.all(services.map((s) => s.stop())));
  try {
    await Promise.all(subgraphs.map((s) => ready(s)));
    // The gateway shares the subgraphs' database for its cache invalidation and shared rate limits.
    const gateway = runService("gateway", subgraphUrl(options.port), entry("gateway", "main"), { ...gatewayOptions, env: { ...addresses, ...options.env, PORT: String(options.port), GATEWAY_DATABASE_URL: options.databaseUrl } });
    services.push(gateway);
    await ready(gateway);
    return { gateway, subgraphs, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
