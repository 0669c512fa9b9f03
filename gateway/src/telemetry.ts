import { trace, type Span } from "@opentelemetry/api";
import { ConsoleLogWriter, JSONLogWriter, Logger } from "@graphql-hive/logger";
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

/** The gateway's own logger: JSON lines in production, readable ones in development, secrets redacted. */
export function gatewayLogger(config: Pick<GatewayConfig, "development" | "logLevel">): Logger {
  return new Logger({
    level: config.logLevel === "silent" ? false : config.logLevel,
    writers: [config.development ? new OneLineConsoleWriter() : new JSONLogWriter()],
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
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
          metrics: {
            graphql_gateway_fetch_duration: true,
            graphql_gateway_subgraph_execute_duration: true,
            graphql_gateway_subgraph_execute_errors: true,
            graphql_envelop_phase_parse: true,
            graphql_envelop_phase_validate: true,
            graphql_envelop_phase_execute: true,
            graphql_envelop_error_result: true,
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
