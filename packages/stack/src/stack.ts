import { DEFAULT_SUBGRAPH_BASE_PORT, subgraphUrlVariable } from "@frikommune/config";
import { members, network, subgraphName, subgraphUrl } from "@frikommune/members";
import { entry, ready, runService, type RunOptions, type Service } from "./service.js";

/**
 * V8's heap bounds for every service: without them V8 grows the heap long before it collects,
 * and a service holding the network's largest answers passed 300 MB; with them each stays near
 * 150 MB at the network's real size, for a little more garbage collection.
 */
export const SERVICE_HEAP = ["--max-semi-space-size=4", "--max-old-space-size=96"];

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
    const gateway = runService("gateway", subgraphUrl(options.port), entry("gateway", "main"), { ...options, env: { ...addresses, ...options.env, PORT: String(options.port), GATEWAY_DATABASE_URL: options.databaseUrl } });
    services.push(gateway);
    await ready(gateway);
    return { gateway, subgraphs, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
