import { exitOnConfigError, loadSubgraphConfig } from "@frikommune/config";
import { network } from "@frikommune/members";
import { stopOnSignal } from "@frikommune/service";
import { startNetworkSubgraph } from "./subgraph.js";

const config = await exitOnConfigError(async () => loadSubgraphConfig(network.port));
const running = await startNetworkSubgraph(config);
console.log(`network subgraph at ${running.url}`);
stopOnSignal(running);
