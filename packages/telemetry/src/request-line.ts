import { outcomeOf, recordRequest } from "./metrics.js";

/** A GraphQL error's code, as the request lines and outcomes count it. */
export const errorCode = (error: { extensions?: { code?: unknown } }) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");

/** Milliseconds since `started` (a `performance.now()`), to a tenth. */
export const msSince = (started: number) => Math.round((performance.now() - started) * 10) / 10;

export interface ServedRequest {
  requestId: string | undefined;
  traceId: string | undefined;
  operation: string | null;
  /** Who the caller acts as; never the token. */
  role: string | null;
  municipality: string | null;
  status: number;
  errorCodes: readonly string[];
  hasData: boolean;
  /** `performance.now()` when the request came in. */
  started: number;
}

/**
 * Counts a served request in the metrics and gives the fields every service's request line
 * has, so the gateway's line and the subgraphs' lines say the same things the same way.
 */
export function requestLine(served: ServedRequest) {
  const outcome = outcomeOf(served.status, served.errorCodes, served.hasData);
  const durationMs = msSince(served.started);
  recordRequest(served.operation, outcome, durationMs / 1000);
  return {
    requestId: served.requestId,
    traceId: served.traceId,
    operation: served.operation,
    role: served.role,
    municipality: served.municipality,
    outcome,
    status: served.status,
    ...(served.errorCodes.length ? { errors: served.errorCodes } : {}),
    durationMs,
  };
}
