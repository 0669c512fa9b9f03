// The gateway's process: `node dist/main.js`, configured from the environment.
import { exitOnConfigError, loadGatewayConfig } from "@frikommune/config";
import { stopOnSignal } from "@frikommune/service";
import { startTracing } from "@frikommune/telemetry";
import { startGateway } from "./server.js";
import { gatewayLogger } from "./telemetry.js";

const tracing = await startTracing("gateway", process.env, { edge: true });
const config = await exitOnConfigError(async () => loadGatewayConfig());
const log = gatewayLogger(config);
const running = await startGateway({ ...config, log });
log.info({ url: running.url, tracing: tracing.enabled }, `Gateway at ${running.url}`);
stopOnSignal(running, tracing.shutdown);
