import { Kind, parse, type ExecutionResult } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { LRUCache } from "lru-cache";
import { callerKey } from "@frikommune/auth";
import type { ResponseCacheConfig } from "@frikommune/config";
import { identityOf } from "./caller.js";
import { localChangeFeed, sharedChangeFeed, type ChangeFeed } from "./change-feed.js";
import type { LiveSupergraph } from "./live-supergraph.js";
import { responseStore } from "./response-store.js";
import { joinGraphs } from "./supergraph.js";

/** The object and interface types each subgraph contributes to, read from the supergraph's routing. */
export function typesBySubgraph(supergraphSdl: string): Map<string, string[]> {
  const document = parse(supergraphSdl);
  const graphs = joinGraphs(document);
  const types = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== "join__type") continue;
      const graph = directive.arguments?.find((a) => a.name.value === "graph")?.value;
      const subgraph = graph?.kind === Kind.ENUM ? graphs.get(graph.value)?.name : undefined;
      if (!subgraph) continue;
      if (!types.has(subgraph)) types.set(subgraph, new Set());
      types.get(subgraph)!.add(definition.name.value);
    }
  }
  return new Map([...types].map(([subgraph, names]) => [subgraph, [...names]]));
}

const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");
/** What the response cache's keys look like: a SHA-256 in hex. */
const CACHE_KEY = /^[0-9a-f]{64}$/;

/**
 * The misses whose answers are on their way, each with the count of writes applied when it was
 * read: an answer read before a write is not stored after it. Bounded: a miss whose answer never
 * comes (an error is not cached) is pushed out by newer ones, the oldest first.
 */
export function pendingMisses(max = 10_000) {
  let writes = 0;
  const readAt = new LRUCache<string, number>({ max });
  return {
    written: () => void writes++,
    read: (key: string) => void (readAt.has(key) || readAt.set(key, writes)),
    /** Whether a miss of `key` is on its way. */
    pending: (key: string) => readAt.has(key),
    /** Whether the answer to the miss of `key` may be stored: no write came between its read and now. */
    current(key: string): boolean {
      const at = readAt.get(key);
      readAt.delete(key);
      return at === writes;
    },
  };
}

/**
 * The store as the response cache reads it. A hit is served only once the change feed is in sync:
 * every write announced before this read began is applied, so the entry served is current, and a
 * miss records the generation it read at (a write announced earlier but heard late would
 * otherwise keep its answer out of the cache).
 */
export function syncedCache(store: Cache, misses: ReturnType<typeof pendingMisses>, feed: Pick<ChangeFeed, "sync" | "reliable">): Cache {
  return {
    async get(key) {
      if (!CACHE_KEY.test(key)) return null;
      if (!feed.reliable) return null;
      // A key already missed, with nothing stored since: the plugin looks each key up twice, before
      // the request is parsed and again before it runs. Nothing is served, and the generation is
      // already recorded, so no second round trip to the feed.
      if (misses.pending(key) && !store.get(key)) return null;
      try {
        await feed.sync();
      } catch {
        return null; // the feed cannot vouch for any entry: answer afresh, store nothing
      }
      const hit = store.get(key);
      if (hit) return hit as ExecutionResult<Record<string, unknown>>;
      misses.read(key);
      return null;
    },
    set(key, result, entities, ttl) {
      if (misses.current(key) && feed.reliable) return store.set(key, result, entities, ttl);
    },
    invalidate: (entities) => store.invalidate(entities),
  };
}

/**
 * The gateway's response cache for queries, partitioned by caller (subject, role and
 * municipality), so no caller is ever served another's answer or private fields. Invalidation is
 * exact: a write to a subgraph drops every cached answer holding a type that subgraph serves,
 * at this gateway before the write is acknowledged and at every other replica through the change
 * feed; a hit is served only once the feed is in sync. The TTL is a backstop for writes made
 * around the API (bulk imports). A new supergraph drops every answer: any type's fields may have
 * changed, and which did is not worth working out for a cache refilled in seconds.
 */
export async function responseCache(config: ResponseCacheConfig, supergraph: LiveSupergraph, databaseUrl: string | null, log: Logger) {
  let types = typesBySubgraph(supergraph.current.sdl);
  const store = responseStore(config.maxMegabytes * 1024 * 1024);
  const misses = pendingMisses();
  const apply = (subgraph: string) => {
    misses.written();
    store.invalidate((types.get(subgraph) ?? []).map((typename) => ({ typename })));
  };
  const forgetAll = () => {
    misses.written();
    store.clear();
  };
  const feed: ChangeFeed = databaseUrl ? await sharedChangeFeed(databaseUrl, apply, forgetAll, log) : localChangeFeed(apply);
  supergraph.onApplied((applied) => {
    types = typesBySubgraph(applied.sdl);
    forgetAll();
  });

  const cache = syncedCache(store, misses, feed);

  const hits = new WeakSet<Request>();
  const announceWrites: GatewayPlugin = {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const operation = executionRequest.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "mutation") return;
      // Before the write is acknowledged: the next read anywhere must not be served the old answer.
      return () =>
        feed.announce(subgraphName).catch((error: Error) => log.error({ subgraph: subgraphName, cause: error.message }, "could not announce a write to the other gateways"));
    },
    onResultProcess({ request, result }) {
      if ((result as Record<symbol, unknown>)[SERVED_FROM_CACHE]) hits.add(request);
    },
    onResponse({ request, response }) {
      // Only on answers: a hit the client's Accept refuses (406) was not served.
      if (response.status === 200 && response.headers.get("content-type")?.includes("json")) response.headers.set("x-cache", hits.has(request) ? "HIT" : "MISS");
    },
  };

  // The response cache would look a client's If-None-Match up as a key, before the request is
  // read; its answers carry no Last-Modified, so that lookup never answers 304 anyway.
  const noRevalidation: GatewayPlugin = {
    onRequest({ request }) {
      request.headers.delete("if-none-match");
    },
  };

  return {
    plugins: [
      noRevalidation,
      useResponseCache({
        cache,
        session: (request) => callerKey(identityOf(request)),
        ttl: config.ttlSeconds * 1000,
        invalidateViaMutation: false,
        includeExtensionMetadata: false,
      }) as GatewayPlugin,
      announceWrites,
    ],
    close: () => feed.close(),
  };
}
