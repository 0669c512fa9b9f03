import { describe, expect, it } from "vitest";
import { endOfPeriod, isOverdue, isPartialDate } from "../src/partial-date.js";

describe("partial dates", () => {
  it.each([
    ["2016", true],
    ["2016-11", true],
    ["2016-06-01", true],
    ["2016-13", false],
    ["16-11", false],
    ["2016-11-31x", false],
    ["primo 2017", false],
  ])("%s is a partial date: %s", (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });

  it.each([
    ["2016", "2016-12-31"],
    ["2016-02", "2016-02-29"],
    ["2017-02", "2017-02-28"],
    ["2016-11", "2016-11-30"],
    ["2016-11-15", "2016-11-15"],
  ])("the period %s ends on %s", (value, end) => {
    expect(endOfPeriod(value)).toBe(end);
  });

  it("a milestone is overdue only once its whole period has passed", () => {
    expect(isOverdue("2026-11", "PLANNED", "2026-11-22")).toBe(false);
    expect(isOverdue("2026-10", "PLANNED", "2026-11-22")).toBe(true);
    expect(isOverdue(null, "PLANNED", "2026-11-22")).toBe(false);
  });

  it("only a milestone known not to be done is overdue", () => {
    expect(isOverdue("2016", "NOT_DONE", "2026-11-22")).toBe(true);
    expect(isOverdue("2016", "DONE", "2026-11-22")).toBe(false);
    expect(isOverdue("2016", "UNKNOWN", "2026-11-22")).toBe(false);
  });
});
