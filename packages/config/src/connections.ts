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

/** PostgreSQL's default, and the fewest a database for the graph is started with. */
const POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
/** Room beyond the budget for the operator's tools: a psql or two, a backup. */
const OPERATOR_HEADROOM = 20;

/** The `max_connections` a PostgreSQL of its own needs for a layout (the embedded one, compose's). */
export function maxConnectionsFor(layout: Parameters<typeof connectionBudget>[0]): number {
  return Math.max(POSTGRES_DEFAULT_MAX_CONNECTIONS, connectionBudget(layout) + OPERATOR_HEADROOM);
}
