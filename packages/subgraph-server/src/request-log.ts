import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Span } from "@opentelemetry/api";
import type { Identity } from "@frikommune/auth";
import { errorCode, OPERATION_HEADER, operationName, requestLine, traceIdOf, type Logger } from "@frikommune/telemetry";

/** What one request's log line and metrics say, gathered while it is served. */
export interface RequestRecord {
  /** The gateway's `x-request-id`, so this line joins the gateway's. */
  requestId: string;
  traceparent: string | undefined;
  started: number;
  operation: string | null;
  identity: Identity | null;
  errorCodes: string[];
  hasData: boolean;
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function startRecord(req: IncomingMessage): RequestRecord {
  return {
    requestId: header(req.headers["x-request-id"]) ?? randomUUID(),
    traceparent: header(req.headers.traceparent),
    started: performance.now(),
    // Named once the gateway's token is verified (`claimOperation`): a caller who is not the gateway names nothing.
    operation: null,
    identity: null,
    errorCodes: [],
    hasData: false,
  };
}

/** The gateway names the client's operation (the subgraph's own document may name none). */
export function claimOperation(record: RequestRecord, headers: IncomingMessage["headers"]): void {
  record.operation = operationName(header(headers[OPERATION_HEADER]));
}

// A property rather than a WeakMap: Apollo runs the operation on a shallow copy of the context.
const RECORD = Symbol("request record");
type WithRecord = { [RECORD]?: RequestRecord };

/** Ties a request's GraphQL context to its record, for the plugin below. */
export function attachRecord<T extends object>(context: T, record: RequestRecord): T {
  return Object.assign(context, { [RECORD]: record });
}

/** Notes the operation, and the codes of the errors answered, on the request's record. */
export function recordingPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = (contextValue as WithRecord)[RECORD];
      if (!record) return;
      return {
        async didResolveOperation({ operationName }) {
          record.operation = operationName ?? record.operation;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          record.hasData = data !== undefined && data !== null;
          record.errorCodes = (errors ?? []).map(errorCode);
        },
      };
    },
  };
}

/** One line per request, and the request metrics. */
export function finishRecord(log: Logger, record: RequestRecord, status: number, span: Span): void {
  const { identity } = record;
  const line = requestLine({ ...record, traceId: traceIdOf(span, record.traceparent), role: identity?.role ?? null, municipality: identity?.municipality ?? null, status });
  log.info(line, "request");
}
