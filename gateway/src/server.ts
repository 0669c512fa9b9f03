import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import http from "@graphql-mesh/transport-http";
import { SubgraphTokenSigner } from "@frikommune/auth";
import { loadGatewayConfig, type GatewayConfig } from "@frikommune/config";
import { serveHttp, type RunningServer } from "@frikommune/service";
import { useAdmission } from "./admission.js";
import { useBodyLimit } from "./body-limit.js";
import { maskError, useSubgraphAvailability } from "./errors.js";
import { useCircuitBreakers } from "./circuit-breaker.js";
import { useHttpErrors } from "./http-errors.js";
import { useTextGuard } from "./text-guard.js";
import { useCaller, type CallerContext } from "./caller.js";
import { createRateLimiter } from "./rate-limit.js";
import { callerHeaders, useJwks, useSubgraphTokens } from "./subgraph-tokens.js";
import { ideHtml, useIde } from "./ide.js";
import { useOperationLimits } from "./limits.js";
import { useValidation } from "./validation.js";
import { responseCache } from "./response-cache.js";
import { liveSupergraph } from "./live-supergraph.js";
import { subgraphAddress } from "./subgraph-address.js";
import { supergraphSource } from "./supergraph-source.js";
import { useWebApp } from "./web.js";
import { useExactEndpoint } from "./endpoint.js";
import { gatewayLogger, gatewayTelemetry } from "./telemetry.js";
import { useRequestLog } from "./request-log.js";
import type { Logger } from "@graphql-hive/logger";
import { serveMetrics } from "@frikommune/telemetry";

export type RunningGateway = RunningServer;

const GRAPHQL_ENDPOINT = "/graphql";
/** A GET (or form POST) must carry one of these, which no page can send across sites without a preflight. */
const CSRF_HEADERS = ["x-graphql-csrf", "apollo-require-preflight"] as const;

/**
 * Pages of the configured origins may read answers; every other origin gets no CORS headers, so a
 * browser lets only the gateway's own pages read them. No credentials: callers send tokens, not cookies.
 */
function corsOptions(origins: string[]) {
  if (origins.length === 0) return false as const;
  return {
    origin: origins,
    credentials: false,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "accept", "authorization", "x-request-id", "traceparent", ...CSRF_HEADERS],
    exposedHeaders: ["x-request-id", "retry-after"],
    maxAge: 600,
  };
}

/** The gateway's configuration (read from the environment unless given), and its logger. */
export type GatewayOptions = Partial<GatewayConfig> & { log?: Logger };

/**
 * Hive Gateway with the Rust query planner over the published supergraph, at /graphql with an
 * offline IDE; a newer supergraph is swapped in while it serves.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const { log: _log, ...overrides } = options;
  const config: GatewayConfig = { ...loadGatewayConfig(), ...overrides };
  const log = options.log ?? gatewayLogger(config);
  const supergraph = await liveSupergraph(supergraphSource(config.supergraph), subgraphAddress(config), log);
  const signer = await SubgraphTokenSigner.fromPem(config.signingKey, config.publishedKeys);
  const limiter = await createRateLimiter(config.rateLimit, config.databaseUrl);
  const telemetry = await gatewayTelemetry(log, config.metricsPort === null);
  const metrics = config.metricsPort === null ? null : await serveMetrics(config.metricsPort, config.host);
  const requestLog = useRequestLog(log, GRAPHQL_ENDPOINT, telemetry.spanOf);
  const webApp = useWebApp(config, log);
  const cache = config.responseCache.enabled ? await responseCache(config.responseCache, supergraph, config.databaseUrl, log) : null;
  const gateway = createGatewayRuntime<CallerContext>({
    supergraph: () => supergraph.load(),
    pollingInterval: config.supergraph.pollSeconds * 1000 || undefined,
    // Operations under way finish on the supergraph they began on; the bound is a fetch stage per
    // level of the deepest operation admitted, each cut at the subgraph timeout.
    gracefulSchemaReload: { drainTimeout: config.limits.maxDepth * config.subgraphTimeoutMs },
    unifiedGraphHandler,
    transports: { http },
    // Each subgraph's address is in the supergraph as served. Identical in-flight queries to a
    // subgraph share one fetch (never mutations); the key holds the caller.
    transportEntries: { "*": { options: { deduplicateInflightRequests: true } } },
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: "/health",
    readinessCheckEndpoint: "/ready",
    landingPage: false,
    graphiql: config.ide,
    renderGraphiQL: () => ideHtml(GRAPHQL_ENDPOINT),
    batching: false,
    csrfPrevention: { requestHeaders: [...CSRF_HEADERS] },
    cors: corsOptions(config.corsOrigins),
    disableIntrospection: config.introspection ? undefined : {},
    maskedErrors: { maskError, isDev: config.development },
    upstreamTimeout: config.subgraphTimeoutMs,
    logging: log,
    propagateHeaders: { fromClientToSubgraphs: ({ context }) => callerHeaders(context as CallerContext) },
    plugins: (context) => [
      // First: /metrics is answered before the web app or a caller's checks see the request.
      ...telemetry.plugins(context),
      requestLog.start,
      // Before the request is read: one that must wait holds nothing yet.
      useAdmission(config.admission, GRAPHQL_ENDPOINT, log),
      ...(webApp ? [webApp] : []),
      useCaller(config, limiter, GRAPHQL_ENDPOINT, log),
      useBodyLimit(config.limits.maxBodyBytes),
      useHttpErrors(GRAPHQL_ENDPOINT),
      useSubgraphTokens(signer),
      useJwks(signer),
      useSubgraphAvailability(log),
      useCircuitBreakers(config.circuitBreaker, Object.keys(config.subgraphUrls), log),
      ...useValidation(config),
      ...useOperationLimits(config.limits, supergraph),
      useTextGuard(),
      ...(config.ide ? [useIde(GRAPHQL_ENDPOINT)] : []),
      // Last of the plugins that answer a path of their own: what reaches it is the API or nothing.
      useExactEndpoint(GRAPHQL_ENDPOINT),
      ...(cache?.plugins ?? []),
      requestLog.finish,
      supergraph.plugin,
    ],
  });
  return serveHttp(gateway, config, async () => {
    await gateway.dispose();
    await limiter?.close();
    await cache?.close();
    await metrics?.stop();
  });
}
