export { buildFederatedSchema, type FederatedSchemaOptions } from "./federated-schema.js";
export { serveSubgraph, type RunningServer } from "./server.js";
export { listen } from "./http.js";
export { badUserInput, formatError, ErrorCode } from "./errors.js";
export { isDevelopment } from "./mode.js";
export { printSubgraphSchema } from "@apollo/subgraph";
export { PageInfo, PageArgs, pageSize, decodeCursor, encodeCursor, toConnection, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type SortKey } from "./pagination.js";
export { groupByKeys } from "./batch.js";
export { stopOnSignal } from "./process.js";
