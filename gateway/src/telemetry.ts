import { trace, type Span } from "@opentelemetry/api";
import { ConsoleLogWriter, JSONLogWriter, Logger, type LogWriter } from "@graphql-hive/logger";
import redactor from "@pinojs/redact";
import type { useOpenTelemetry } from "@graphql-hive/plugin-opentelemetry";
import useMeshPrometheus from "@graphql-mesh/plugin-prometheus";
import type { GatewayConfigContext, GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { CENSOR, REDACTED_PATHS, registry, tracer, tracingActive } from "@frikommune/telemetry";
import type { GatewayConfig } from "@frikommune/config";

/** One line per entry at a terminal too: the attributes as compact JSON after the message. */
class OneLineConsoleWriter extends ConsoleLogWriter {
  override stringifyAttrs(attrs: Parameters<ConsoleLogWriter["stringifyAttrs"]>[0]): string {
    return JSON.stringify(attrs);
  }
}

/**
 * Redacts each entry's attributes before they are written. The logger's own `redact` option
 * compiles its redaction code anew in every `child()` (@graphql-hive/logger 1.1.1), and the gateway
 * runtime makes a child logger for every request: that cost 15 % of the gateway's CPU, and more
 * in garbage. Here it is compiled once.
 */
class RedactingWriter implements LogWriter {
  private readonly redact = redactor({ paths: REDACTED_PATHS, censor: CENSOR, serialize: false, strict: false }) as (attrs: object) => object;

  constructor(private readonly inner: LogWriter) {}

  write(...[level, attrs, msg]: Parameters<LogWriter["write"]>) {
    return this.inner.write(level, attrs && typeof attrs === "object" ? (this.redact(attrs) as typeof attrs) : attrs, msg);
  }

  flush() {
    return this.inner.flush?.();
  }
}

/** The gateway's own logger: JSON lines in production, readable ones in development, secrets redacted. */
export function gatewayLogger(config: Pick<GatewayConfig, "development" | "logLevel">, writer?: LogWriter): Logger {
  return new Logger({
    level: config.logLevel === "silent" ? false : config.logLevel,
    writers: [new RedactingWriter(writer ?? (config.development ? new OneLineConsoleWriter() : new JSONLogWriter()))],
  });
}

/**
 * A span for query planning, which the gateway's tracing does not have: the Rust planner runs
 * inside execution, once per operation (plans are cached), as a child of the operation's span.
 */
async function traceQueryPlanning(): Promise<void> {
  const { QueryPlanner } = await import("@graphql-hive/router-query-planner");
  const plan = QueryPlanner.prototype.planAsync;
  QueryPlanner.prototype.planAsync = function (this: InstanceType<typeof QueryPlanner>, ...args: Parameters<typeof plan>) {
    return tracer().startActiveSpan("graphql.plan", { attributes: { "graphql.operation.name": args[1] ?? "" } }, (span) => plan.apply(this, args).finally(() => span.end()));
  };
}

export interface GatewayTelemetry {
  plugins(context: GatewayConfigContext): GatewayPlugin[];
  /** The span of a request being served, when traced. */
  spanOf(request: Request): Span | undefined;
}

/**
 * Metrics always; traces only when this process exports them (`startTracing` in main), so an
 * untraced gateway runs no tracing hook at all.
 */
export async function gatewayTelemetry(log: Logger, metricsOnPublicPort: boolean): Promise<GatewayTelemetry> {
  let otel: ReturnType<typeof useOpenTelemetry> | null = null;
  const tracing = tracingActive() ? await import("@graphql-hive/plugin-opentelemetry") : null;
  if (tracing) await traceQueryPlanning();
  return {
    plugins(context) {
      otel = tracing ? tracing.useOpenTelemetry({ ...context, log, traces: true }) : null;
      return [
        ...(otel ? [otel as GatewayPlugin] : []),
        useMeshPrometheus({
          log,
          registry,
          endpoint: metricsOnPublicPort ? "/metrics" : false,
          // Every metric named: those left out default to on, and some cost on every request (the
          // deprecated-field counter walks each document, the time summary keeps quantiles). The
          // dashboards and alerts read these; requests are counted in frikommune_requests_total.
          metrics: {
            graphql_gateway_fetch_duration: true,
            graphql_gateway_subgraph_execute_duration: true,
            graphql_gateway_subgraph_execute_errors: true,
            graphql_envelop_phase_parse: true,
            graphql_envelop_phase_validate: true,
            graphql_envelop_phase_execute: true,
            graphql_envelop_error_result: true,
            graphql_envelop_deprecated_field: false,
            graphql_envelop_request: false,
            graphql_envelop_request_duration: false,
            graphql_envelop_request_time_summary: false,
            graphql_envelop_phase_context: false,
            graphql_envelop_phase_subscribe: false,
            graphql_envelop_execute_resolver: false,
            graphql_envelop_schema_change: false,
            graphql_yoga_http_duration: false,
          },
          // Every label named: those left out default to on, and the operation's name and an
          // error's path are the client's own strings. Operations are counted by name, bounded,
          // in frikommune_requests_total.
          labels: {
            operationName: false,
            operationType: true,
            fieldName: false,
            typeName: false,
            returnType: false,
            path: false,
            phase: true,
            subgraphName: true,
            fetchRequestHeaders: false,
            fetchResponseHeaders: false,
          },
        }) as GatewayPlugin,
      ];
    },
    spanOf(request) {
      const context = otel?.getHttpContext(request);
      return context ? trace.getSpan(context) : undefined;
    },
  };
}
