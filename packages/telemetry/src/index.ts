export { createLogger, type Logger, type LoggerOptions } from "./logger.js";
export { CENSOR, REDACTED_PATHS } from "./redact.js";
export { startTracing, tracingActive, tracer, traceIdOf, type Tracing } from "./tracing.js";
export { registry, metric, outcomeOf, operationLabel, operationName, OPERATION_HEADER, MAX_OPERATION_LABELS, MAX_OPERATION_NAME_LENGTH, serveMetrics, watchPool, type Outcome, type PoolLike } from "./metrics.js";
export { errorCode, msSince, requestLine, type ServedRequest } from "./request-line.js";
