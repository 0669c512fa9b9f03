export { ConfigError, isDevelopmentEnv, LOG_LEVELS, type Env, type LogLevel } from "./env.js";
export { DEVELOPMENT } from "./development.js";
export { isKnownKey, isKnownSecret, jwkThumbprint } from "./known-keys.js";
export { pemBlocks } from "./keys.js";
export { loadGatewayConfig, loadTokenConfig, subgraphUrlVariable, fillSubgraphUrlTemplate, DEFAULT_LIMITS, COST_PER_SUBGRAPH, type GatewayConfig, type SupergraphConfig, type WebConfig, type TokenConfig, type OperationLimits, type RateLimitConfig, type ResponseCacheConfig, type CircuitBreakerConfig } from "./gateway.js";
export { loadSubgraphConfig, DEFAULT_POOL_MAX, type SubgraphConfig, type GatewayKey } from "./subgraph.js";
export { loadStackConfig, DEFAULT_EMBEDDED_PORT, DEFAULT_SUBGRAPH_BASE_PORT, type StackConfig } from "./stack.js";
export { exitOnConfigError, CONFIG_REFUSED_EXIT_CODE } from "./exit.js";
export { connectionBudget, GATEWAY_CONNECTIONS, maxConnectionsFor } from "./connections.js";
