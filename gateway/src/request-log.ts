import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { getOperationAST, type GraphQLFormattedError } from "graphql";
import { Counter } from "prom-client";
import { errorCode, metric, msSince, OPERATION_HEADER, operationName, requestLine, traceIdOf } from "@frikommune/telemetry";
import type { Span } from "@opentelemetry/api";
import { identityOf } from "./caller.js";
import { OPERATION_LIMIT_EXCEEDED } from "./limits.js";

/** What one request's line and metrics say, gathered while the gateway serves it. */
interface RequestRecord {
  started: number;
  /** The operation the document executed, by name; or, for a cache hit, the name its parameters give. */
  operation: string | null;
  /** The name the parameters give, trusted only once a hit shows it was executed before. */
  named: string | null;
  operationType: string | null;
  errors: readonly GraphQLFormattedError[];
  hasData: boolean;
  fetches: { subgraph: string; durationMs: number; status: number | null }[];
}

const refusals = () =>
  metric(
    "frikommune_gateway_refusals_total",
    (registers) =>
      new Counter({ name: "frikommune_gateway_refusals_total", help: "Requests refused by an operation limit, the body size limit or rate limiting, by reason.", labelNames: ["reason"], registers }),
  );

const cacheLookups = () =>
  metric(
    "frikommune_gateway_response_cache_total",
    (registers) => new Counter({ name: "frikommune_gateway_response_cache_total", help: "Queries answered from the response cache (hit) or by the subgraphs (miss).", labelNames: ["result"], registers }),
  );

/** Why a request was refused, when a limit refused it. */
function refusalReason(status: number, errors: readonly GraphQLFormattedError[]): string | null {
  if (status === 429) return "rate_limit";
  if (status === 413) return "body_size";
  const limit = errors.find((e) => e.extensions?.code === OPERATION_LIMIT_EXCEEDED)?.extensions?.limit;
  return typeof limit === "string" ? limit : null;
}

/**
 * The name of the operation a document begins with. A cache hit is answered from the parameters,
 * before the document is parsed; this reads the name without parsing it.
 */
function leadingOperationName(query: unknown): string | null {
  return (typeof query === "string" && /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1]) || null;
}

/**
 * One JSON line per GraphQL request: its id (sent on to every subgraph as `x-request-id`, so their
 * lines join this one), trace, operation, who the caller acts as (never the token), outcome,
 * duration and each subgraph fetch; the same request counted in the metrics.
 */
export function useRequestLog(log: Logger, graphqlEndpoint: string, spanOf: (request: Request) => Span | undefined = () => undefined): { start: GatewayPlugin; finish: GatewayPlugin } {
  const records = new WeakMap<Request, RequestRecord>();
  refusals();
  cacheLookups();
  // First of all plugins, so that a request refused before GraphQL (401, 413, 429) has its record too.
  const start: GatewayPlugin = {
    onRequest({ request, url }) {
      if (url.pathname === graphqlEndpoint && request.method !== "OPTIONS") {
        records.set(request, { started: performance.now(), operation: null, named: null, operationType: null, errors: [], hasData: false, fetches: [] });
      }
    },
    onParams({ request, params }) {
      const record = records.get(request);
      // Not validated yet: a hostile request may send anything in place of these strings.
      if (record) record.named = operationName(params.operationName ?? leadingOperationName(params.query));
    },
    // Before the response cache, which answers a hit without running the plugins after it.
    onExecute({ args }) {
      const record = records.get(args.contextValue.request);
      const operation = record && getOperationAST(args.document, args.operationName);
      if (!record || !operation) return;
      record.operation = operationName(operation.name?.value);
      record.operationType = operation.operation;
    },
  };
  // Last of all plugins: it reads what the others decided (the cache's x-cache, for one).
  const finish: GatewayPlugin = {
    onFetch({ context, executionRequest, options, setOptions }) {
      const record = context && "request" in context ? records.get(context.request as Request) : undefined;
      if (!record || !executionRequest?.subgraphName) return;
      // The gateway's queries to a subgraph are anonymous: the client's name goes along for its lines.
      if (record.operation) setOptions({ ...options, headers: { ...(options.headers as Record<string, string> | undefined), [OPERATION_HEADER]: record.operation } });
      const started = performance.now();
      const subgraph = executionRequest.subgraphName;
      return ({ response }) => void record.fetches.push({ subgraph, durationMs: msSince(started), status: response.status });
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || Array.isArray(result) || !result || typeof result !== "object" || !("data" in result || "errors" in result)) return;
      const { data, errors } = result as { data?: unknown; errors?: readonly GraphQLFormattedError[] };
      record.hasData = data !== undefined && data !== null;
      record.errors = errors ?? [];
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      const reason = refusalReason(response.status, record.errors);
      if (reason) refusals().inc({ reason });
      // A hit is a query that never reached execution; a miss counts only for queries, which alone are cached.
      const header = response.headers.get("x-cache");
      const cache = header === "HIT" || (header === "MISS" && record.operationType === "query") ? header.toLowerCase() : null;
      if (cache) cacheLookups().inc({ result: cache });
      // A hit's parameters were executed before (errors are not cached), so their name is the operation's.
      if (header === "HIT") record.operation = record.named;
      const identity = identityOf(request);
      const line = requestLine({
        requestId: response.headers.get("x-request-id") ?? undefined,
        traceId: traceIdOf(spanOf(request), request.headers.get("traceparent")),
        operation: record.operation,
        role: identity.role,
        municipality: identity.municipality,
        status: response.status,
        errorCodes: record.errors.map(errorCode),
        hasData: record.hasData,
        started: record.started,
      });
      log.info({ ...line, ...(reason ? { refused: reason } : {}), ...(cache ? { cache } : {}), fetches: record.fetches }, "request");
    },
  };
  return { start, finish };
}
