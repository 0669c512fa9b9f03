import type { ExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import type { Cache } from "@graphql-yoga/plugin-response-cache";

/**
 * The response cache's store: each answer kept once, as the JSON sent to clients, bounded by the
 * bytes it holds, and indexed by the types it contains so that a write drops exactly the answers
 * holding one of its types. A hit is a result whose `stringify` (Yoga's hook for serializing a
 * result) gives that JSON: written out as it is, in whichever media type the client accepts.
 */
export function responseStore(maxBytes: number): Cache & { clear(): void } {
  const byType = new Map<string, Set<string>>();
  const typesOf = new Map<string, string[]>();
  const forget = (key: string) => {
    for (const typename of typesOf.get(key) ?? []) byType.get(typename)?.delete(key);
    typesOf.delete(key);
  };
  const answers = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (json) => Math.max(json.length, 1),
    dispose: (_json, key) => forget(key),
  });
  return {
    get(key) {
      const json = answers.get(key);
      return json === undefined ? null : ({ stringify: () => json } as ExecutionResult<Record<string, unknown>>);
    },
    set(key, result, entities, ttl) {
      const json = JSON.stringify({ data: result.data });
      // An answer larger than the whole store is not kept (lru-cache would refuse it anyway).
      if (json.length > maxBytes) return;
      answers.set(key, json, { ttl: Number.isFinite(ttl) ? ttl : undefined });
      const types = [...new Set([...entities].map((e) => e.typename))];
      typesOf.set(key, types);
      for (const typename of types) {
        if (!byType.has(typename)) byType.set(typename, new Set());
        byType.get(typename)!.add(key);
      }
    },
    invalidate(entities) {
      for (const { typename } of entities) for (const key of [...(byType.get(typename) ?? [])]) answers.delete(key);
    },
    clear: () => answers.clear(),
  };
}
