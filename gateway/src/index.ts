export { startGateway, type RunningGateway, type GatewayOptions } from "./server.js";
export { composeSupergraph } from "./compose.js";
export { SUPERGRAPH_PATH } from "./paths.js";
