import { trace, type Span } from "@opentelemetry/api";

export type Env = Record<string, string | undefined>;

let active = false;

/** Whether this process exports traces: code that costs something per span asks first. */
export const tracingActive = () => active;

/** Traces are exported only when an OTLP endpoint is configured with the standard variables. */
export function tracingEnabled(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === "true" || env.OTEL_TRACES_EXPORTER === "none") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

export interface Tracing {
  enabled: boolean;
  /** Sends the spans still buffered; called when the process stops. */
  shutdown(): Promise<void>;
}

/**
 * Registers the OpenTelemetry SDK for this process when `OTEL_*` asks for it: spans are batched
 * and sent over OTLP/HTTP, context travels in async calls and in W3C `traceparent` headers. The
 * `edge` (the gateway) makes every sampling decision itself, whatever its callers send.
 * Without it nothing is registered, and every span the code starts is the API's no-op.
 */
export async function startTracing(service: string, env: Env = process.env, options: { edge?: boolean } = {}): Promise<Tracing> {
  if (!tracingEnabled(env)) return { enabled: false, shutdown: async () => {} };
  active = true;
  // Loaded only when traces are exported: an untraced process never loads the SDK.
  const [{ OTLPTraceExporter }, { detectResources, envDetector, resourceFromAttributes }, { BatchSpanProcessor, NodeTracerProvider }, { ATTR_SERVICE_NAME }, { edgeSampler }] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/semantic-conventions"),
    import("./edge-sampler.js"),
  ]);
  const provider = new NodeTracerProvider({
    // Behind the edge the sampler follows the parent, as OTEL_TRACES_SAMPLER says.
    ...(options.edge ? { sampler: edgeSampler(env) } : {}),
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (e.g. deployment.environment) win over these.
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service, "service.namespace": "frikommune" }).merge(detectResources({ detectors: [envDetector] })),
    // The exporter reads its endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* variables.
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return { enabled: true, shutdown: () => provider.shutdown() };
}

/** The tracer every span of this project is started with. */
export const tracer = () => trace.getTracer("frikommune");

/** The trace a line belongs to: the span's when traced, else the caller's `traceparent`. */
export function traceIdOf(span: Span | undefined, traceparent: string | null | undefined): string | undefined {
  const context = span?.spanContext();
  if (context && trace.isSpanContextValid(context)) return context.traceId;
  const id = traceparent?.split("-")[1];
  return id && /^[0-9a-f]{32}$/.test(id) ? id : undefined;
}
