import { describe, expect, it, vi } from "vitest";
import { pendingMisses, syncedCache } from "../src/response-cache.js";
import { responseStore } from "../src/response-store.js";

const answer = (n: number) => ({ data: { trials: Array.from({ length: n }, (_, i) => ({ title: `Forsøg ${i}` })) } });
const json = (result: unknown) => (result as { stringify?: () => string } | null)?.stringify?.() ?? null;

describe("the response cache's store", () => {
  it("keeps an answer as the JSON a client receives", () => {
    const store = responseStore(1024 * 1024);
    store.set("k", answer(2), [{ typename: "HolbaekTrial" }], Infinity);
    expect(JSON.parse(json(store.get("k"))!)).toEqual(answer(2));
    expect(store.get("other")).toBeNull();
  });

  it("drops exactly the answers holding a written type", () => {
    const store = responseStore(1024 * 1024);
    store.set("holbaek", answer(1), [{ typename: "HolbaekTrial" }, { typename: "Milestone" }], Infinity);
    store.set("assens", answer(1), [{ typename: "AssensTrial" }], Infinity);
    store.invalidate([{ typename: "Milestone" }]);
    expect(store.get("holbaek")).toBeNull();
    expect(json(store.get("assens"))).not.toBeNull();
  });

  it("holds no more bytes than it may, the least recently used going first", () => {
    const one = JSON.stringify(answer(100)).length;
    const store = responseStore(one * 2 + 10);
    for (const key of ["a", "b"]) store.set(key, answer(100), [{ typename: "T" }], Infinity);
    store.get("a");
    store.set("c", answer(100), [{ typename: "T" }], Infinity);
    expect([store.get("a"), store.get("b"), store.get("c")].map((r) => r !== null)).toEqual([true, false, true]);
    store.set("huge", answer(1000), [{ typename: "T" }], Infinity);
    expect(store.get("huge")).toBeNull();
  });
});

describe("the misses whose answers are on their way", () => {
  it("lets an answer be stored only when no write came between its read and its arrival", () => {
    const misses = pendingMisses();
    misses.read("before");
    misses.written();
    misses.read("after");
    expect([misses.current("before"), misses.current("after")]).toEqual([false, true]);
    expect(misses.current("never read")).toBe(false);
  });

  it("keeps a pending miss while a flood of misses that are never answered goes on around it", () => {
    const misses = pendingMisses(10_000);
    for (let i = 0; i < 9_500; i++) misses.read(`unanswered ${i}`);
    misses.read("legitimate");
    for (let i = 0; i < 1_000; i++) misses.read(`flood ${i}`);
    expect(misses.current("legitimate")).toBe(true);
    // Only the oldest give way.
    expect(misses.current("unanswered 0")).toBe(false);
  });
});

describe("the response cache's reads", () => {
  const KEY = "a".repeat(64);
  const cacheOver = () => {
    const feed = { reliable: true, sync: vi.fn(async () => {}) };
    const store = responseStore(1024 * 1024);
    const misses = pendingMisses();
    return { feed, store, misses, cache: syncedCache(store, misses, feed) };
  };

  it("syncs with the change feed once for a miss looked up twice, and before every hit", async () => {
    const { feed, cache } = cacheOver();
    expect(await cache.get(KEY)).toBeNull();
    expect(await cache.get(KEY)).toBeNull();
    expect(feed.sync).toHaveBeenCalledTimes(1);
    await cache.set(KEY, answer(1), [{ typename: "HolbaekTrial" }], Infinity);
    expect(JSON.parse(json(await cache.get(KEY))!)).toEqual(answer(1));
    expect(JSON.parse(json(await cache.get(KEY))!)).toEqual(answer(1));
    expect(feed.sync).toHaveBeenCalledTimes(3);
  });

  it("does not keep an answer read before a write, and reads afresh after it", async () => {
    const { feed, misses, cache } = cacheOver();
    expect(await cache.get(KEY)).toBeNull();
    misses.written();
    await cache.set(KEY, answer(1), [{ typename: "HolbaekTrial" }], Infinity);
    expect(await cache.get(KEY)).toBeNull();
    expect(feed.sync).toHaveBeenCalledTimes(2);
    await cache.set(KEY, answer(2), [{ typename: "HolbaekTrial" }], Infinity);
    expect(JSON.parse(json(await cache.get(KEY))!)).toEqual(answer(2));
  });

  it("serves nothing while the feed cannot vouch for its entries", async () => {
    const { feed, store, cache } = cacheOver();
    store.set(KEY, answer(1), [{ typename: "HolbaekTrial" }], Infinity);
    feed.reliable = false;
    expect(await cache.get(KEY)).toBeNull();
    expect(feed.sync).not.toHaveBeenCalled();
  });
});
