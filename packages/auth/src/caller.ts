import type { Identity } from "./identity.js";

/**
 * Names the caller on each subgraph fetch so that the gateway's deduplication of identical
 * in-flight fetches never joins two callers. Subgraphs ignore it: they trust only the signed token.
 */
export const CALLER_HEADER = "x-frikommune-caller";

export function callerKey(identity: Identity): string {
  return Buffer.from(JSON.stringify([identity.subject, identity.role, identity.municipality])).toString("base64url");
}
