import { afterAll, beforeAll } from "vitest";

/**
 * Something a block of tests runs against: started before its tests, stopped after them. Reading
 * it before it started is an error rather than a silent `undefined`.
 */
export function startedForTests<T extends { stop(): Promise<void> }>(start: () => Promise<T>): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  });
  afterAll(() => current?.stop());
  return new Proxy({} as T, {
    get(_target, key) {
      if (!current) throw new Error("used before it started");
      const value = Reflect.get(current, key, current);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
