import { describe, expect, it } from "vitest";
import { RestartBackoff } from "../src/restarts.js";

const SECOND = 1000;

describe("the pause before a supervised service is started again", () => {
  it("doubles from half a second with each exit in a row, up to 30 s", () => {
    const backoff = new RestartBackoff();
    const pauses = Array.from({ length: 9 }, () => backoff.pauseAfter(SECOND));
    expect(pauses).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("is half a second again once the service ran for a minute before it exited", () => {
    const backoff = new RestartBackoff();
    for (let exit = 0; exit < 5; exit++) backoff.pauseAfter(SECOND);
    expect(backoff.pauseAfter(59 * SECOND)).toBe(16_000);
    expect(backoff.pauseAfter(60 * SECOND)).toBe(500);
    expect(backoff.pauseAfter(SECOND)).toBe(1000);
  });
});
