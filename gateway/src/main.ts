import { exitOnConfigError, loadGatewayConfig } from "@frikommune/config";
import { stopOnSignal } from "@frikommune/service";
import { startGateway } from "./server.js";

const config = await exitOnConfigError(async () => loadGatewayConfig());
const running = await startGateway(config);
console.log(`Gateway at ${running.url}`);
stopOnSignal(running);
