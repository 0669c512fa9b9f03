import { DEFAULT_POOL_MAX } from "./subgraph.js";

/** The gateway's own connections to its database: the shared rate limits' pool, and the change feed's publisher pool and listener. */
export const GATEWAY_CONNECTIONS = { rateLimit: 5, changeFeedPublisher: 2, changeFeedListener: 1 } as const;

const perGateway = GATEWAY_CONNECTIONS.rateLimit + GATEWAY_CONNECTIONS.changeFeedPublisher + GATEWAY_CONNECTIONS.changeFeedListener;

/**
 * The most connections a deployment holds on PostgreSQL at once: every subgraph replica's pool
 * and, while it starts, its migration lock's session, and every gateway replica's connections.
 */
export function connectionBudget(layout: { subgraphs: number; subgraphReplicas: number; gatewayReplicas: number; poolMax?: number }): number {
  const perSubgraph = (layout.poolMax ?? DEFAULT_POOL_MAX) + 1;
  return layout.subgraphs * layout.subgraphReplicas * perSubgraph + layout.gatewayReplicas * perGateway;
}
