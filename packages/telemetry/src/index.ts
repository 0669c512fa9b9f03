export { createLogger, type Logger, type LoggerOptions } from "./logger.js";
export { CENSOR, REDACTED_PATHS } from "./redact.js";
export { startTracing, tracingActive, tracingEnabled, tracer, traceIdOf, type Tracing } from "./tracing.js";
export { registry, metric, outcomeOf, operationLabel, requestMetrics, recordRequest, serveMetrics, watchPool, type Outcome, type PoolLike } from "./metrics.js";
