import { exitOnConfigError, loadSubgraphConfig, type SubgraphConfig } from "@frikommune/config";
import { stopOnSignal, type RunningServer } from "@frikommune/service";
import { createLogger, startTracing, type Logger } from "@frikommune/telemetry";

/** The logger a subgraph writes with, as its configuration asks. */
export const subgraphLogger = (name: string, config: Pick<SubgraphConfig, "logLevel" | "development">): Logger =>
  createLogger({ service: name, level: config.logLevel, development: config.development });

/**
 * A subgraph's process: tracing when `OTEL_*` asks for it, the configuration from the
 * environment, the logger, then `start`; stopped gracefully on SIGTERM, its spans sent last.
 */
export async function runSubgraphProcess(name: string, defaultPort: number, start: (config: SubgraphConfig, log: Logger) => Promise<RunningServer>): Promise<void> {
  const tracing = await startTracing(name);
  const config = await exitOnConfigError(async () => loadSubgraphConfig(defaultPort));
  const log = subgraphLogger(name, config);
  const running = await start(config, log);
  log.info({ url: running.url, tracing: tracing.enabled }, `subgraph at ${running.url}`);
  stopOnSignal(running, tracing.shutdown);
}
