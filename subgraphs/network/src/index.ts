import "reflect-metadata";
export { buildNetworkSchema, startNetworkSubgraph } from "./subgraph.js";
export { networkEntities } from "./entities.js";
export { networkMigrations } from "./migrations.js";
export { DOCUMENTED_MEMBERS } from "./data.js";
