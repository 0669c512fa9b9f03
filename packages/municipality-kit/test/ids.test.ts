import { describe, expect, it } from "vitest";
import { stableId } from "../src/ids.js";

describe("stable ids", () => {
  it("are RFC 9562 version 5 UUIDs", () => {
    expect(stableId("holbaek", "trial", "common-a")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("are the same for the same name and differ between names", () => {
    expect(stableId("assens", "council", "medborgerraadet")).toBe(stableId("assens", "council", "medborgerraadet"));
    expect(stableId("assens", "trial", "common-a")).not.toBe(stableId("nordfyn", "trial", "common-a"));
  });
});
