// The network subgraph's process: `node dist/main.js`, configured from the environment.
import { network } from "@frikommune/members";
import { runSubgraphProcess } from "@frikommune/subgraph-server";
import { startNetworkSubgraph } from "./subgraph.js";

await runSubgraphProcess(network.name, network.port, startNetworkSubgraph);
