import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { decodeCursor, encodeCursor, pageSize, toConnection, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "../src/pagination.js";

describe("pagination", () => {
  it("uses the default page size and accepts 1..max", () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5])("refuses first = %s as bad user input", (first) => {
    try {
      pageSize(first);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    }
  });

  it("round-trips cursors and refuses foreign ones", () => {
    expect(decodeCursor(encodeCursor(["Forsikring af frivillige", "abc"]))).toEqual(["Forsikring af frivillige", "abc"]);
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor("not-a-cursor")).toThrow(/not a cursor/);
  });

  it("uses the extra row only to tell that another page exists", () => {
    const rows = [{ k: "a" }, { k: "b" }, { k: "c" }];
    const page = toConnection(rows, 2, 3, (r) => [r.k, r.k]);
    expect(page.nodes).toEqual([{ k: "a" }, { k: "b" }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(["b", "b"]) });
    expect(toConnection(rows.slice(0, 2), 2, 2, (r) => [r.k, r.k]).pageInfo.hasNextPage).toBe(false);
  });
});
