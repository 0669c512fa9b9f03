import "reflect-metadata";
export { buildNetworkSchema, startNetworkSubgraph } from "./subgraph.js";
