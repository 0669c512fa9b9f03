import { afterEach, describe, expect, it, vi } from "vitest";
import { admission } from "../src/admission.js";

const CONFIG = { heapPercent: 75, maxWaiting: 3, maxWaitMs: 1_000 };

/** A gate over a heap whose fill the test sets. */
function gateOver(initialPercent = 10) {
  const heap = { percent: initialPercent };
  return { heap, gate: admission(CONFIG, () => heap.percent) };
}

afterEach(() => void vi.useRealTimers());

describe("admission by heap", () => {
  it("starts a few requests at once and lets the rest wait their turn, in arrival order", async () => {
    const { gate } = gateOver();
    const started = Array.from({ length: gate.limit }, () => gate.enter());
    expect(started).toEqual(Array(started.length).fill("admitted"));
    const order: number[] = [];
    const waiting = [1, 2].map((n) => Promise.resolve(gate.enter()).then((entry) => (order.push(n), entry)));
    expect(gate.waiting).toBe(2);
    gate.leave();
    gate.leave();
    expect(await Promise.all(waiting)).toEqual(["admitted", "admitted"]);
    expect(order).toEqual([1, 2]);
  });

  it("grows the limit while requests run at it and the heap has room, and halves it when one ends on a full heap", () => {
    const { heap, gate } = gateOver();
    const first = gate.limit;
    for (let n = 0; n < first; n++) expect(gate.enter()).toBe("admitted");
    for (let n = 0; n < 6; n++) {
      gate.leave();
      expect(gate.enter()).toBe("admitted");
      expect(gate.enter()).toBe("admitted");
    }
    expect(gate.limit).toBe(first + 6);
    heap.percent = 90;
    gate.leave();
    expect(gate.limit).toBe(Math.floor((first + 6) / 2));
  });

  it("does not grow the limit while requests come one at a time: a quiet spell leaves no room for a burst", () => {
    const { gate } = gateOver();
    const first = gate.limit;
    for (let n = 0; n < 100; n++) {
      expect(gate.enter()).toBe("admitted");
      gate.leave();
    }
    expect(gate.limit).toBe(first);
  });

  it("always runs one request, however full the heap, and no second beside it", async () => {
    const { gate } = gateOver(99);
    expect(gate.enter()).toBe("admitted");
    const second = gate.enter();
    expect(second).toBeInstanceOf(Promise);
    gate.leave();
    expect(await second).toBe("admitted");
    expect(gate.running).toBe(1);
  });

  it("starts a waiting request once a collection makes room, with none finishing", async () => {
    vi.useFakeTimers();
    const { heap, gate } = gateOver(99);
    gate.enter();
    const waiting = gate.enter();
    await vi.advanceTimersByTimeAsync(100);
    expect(gate.waiting).toBe(1);
    heap.percent = 40;
    await vi.advanceTimersByTimeAsync(20);
    expect(await waiting).toBe("admitted");
    expect(gate.running).toBe(2);
  });

  it("refuses a request when too many wait, and one that waited too long", async () => {
    vi.useFakeTimers();
    const { gate } = gateOver(99);
    gate.enter();
    const waiting = Array.from({ length: CONFIG.maxWaiting }, () => gate.enter());
    expect(gate.enter()).toBe("too many waiting");
    await vi.advanceTimersByTimeAsync(CONFIG.maxWaitMs);
    expect(await Promise.all(waiting)).toEqual(Array(CONFIG.maxWaiting).fill("waited too long"));
    expect(gate.waiting).toBe(0);
    expect(gate.running).toBe(1);
  });
});
