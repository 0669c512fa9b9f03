import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Pool, PoolClient } from "pg";
import { tracer, tracingActive } from "@frikommune/telemetry";

type Query = (...args: unknown[]) => unknown;

/**
 * A span for each SQL statement a request sends, as a child of the request's span. Only when the
 * process exports traces: otherwise the pool's clients are left exactly as they are.
 */
export function traceQueries(pool: Pool, schema: string): void {
  if (!tracingActive()) return;
  pool.on("connect", (client: PoolClient) => {
    const query = client.query as unknown as Query;
    (client as unknown as { query: Query }).query = function (this: PoolClient, ...args: unknown[]) {
      // Statements outside a request (migrations, pool upkeep) start no trace of their own.
      if (!trace.getActiveSpan()) return query.apply(this, args);
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      const operation = text?.trimStart().split(/\s/, 1)[0]?.toLowerCase() || "query";
      const span = tracer().startSpan(`${operation} ${schema}`, {
        kind: SpanKind.CLIENT,
        attributes: { "db.system.name": "postgresql", "db.namespace": schema, ...(text ? { "db.query.text": text } : {}) },
      });
      const result = query.apply(this, args);
      if (!(result instanceof Promise)) {
        span.end();
        return result;
      }
      return result.then(
        (value) => {
          span.end();
          return value;
        },
        (error: Error) => {
          span.recordException(error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
          span.end();
          throw error;
        },
      );
    };
  });
}
