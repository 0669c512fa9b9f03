export { ROLES, ANONYMOUS, needsMunicipality, type Role, type Identity } from "./identity.js";
export { identify, signDevToken } from "./tokens.js";
export { SubgraphTokenSigner, subgraphTokenVerifier, TOKEN_LIFETIME_SECONDS, type SubgraphRequest, type SubgraphToken, type SubgraphTokenVerifier } from "./subgraph-token.js";
export type { ErrorLog } from "./fetched-keys.js";
export { CALLER_HEADER, callerKey } from "./caller.js";
export type { TokenConfig } from "@frikommune/config";
