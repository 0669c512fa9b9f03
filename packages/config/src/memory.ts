/**
 * V8's heap bounds. Without them V8 grows the heap long before it collects, and a service holding
 * the network's largest answers passed 300 MB; with them each stays near 150 MB at the five
 * members' size, for a little more garbage collection.
 */
const SEMI_SPACE_MB = 4;
export const SERVICE_OLD_SPACE_MB = 96;

/** The subgraphs the services' heap was sized on: the network's and five members'. */
const SIZED_FOR_SUBGRAPHS = 6;
/**
 * What each further subgraph adds to the gateway's heap: its part of the supergraph and plans, and
 * its part of each answer in flight (the ministry's grows ~37 KB per member at 200 trials, parsed,
 * cloned for every deduplicated request and written out). At 25 members the gateway idles at
 * 64 MB of heap, and 96 MB left room for one request at a time.
 */
const GATEWAY_MB_PER_SUBGRAPH = 6;

/** The gateway's old space for a graph of `subgraphs` subgraphs. */
export function gatewayOldSpaceMb(subgraphs: number): number {
  return SERVICE_OLD_SPACE_MB + Math.max(0, subgraphs - SIZED_FOR_SUBGRAPHS) * GATEWAY_MB_PER_SUBGRAPH;
}

/** Node's options for a heap of `oldSpaceMb`. */
export const heapOptions = (oldSpaceMb: number): string[] => [`--max-semi-space-size=${SEMI_SPACE_MB}`, `--max-old-space-size=${oldSpaceMb}`];
