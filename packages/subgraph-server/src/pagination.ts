import "reflect-metadata";
import { ArgsType, Field, Int, ObjectType, Directive } from "type-graphql";
import { badUserInput } from "./errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };


@ObjectType({ description: "Relay page information." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: "The `endCursor` of the previous page." })
  after?: string | null;
}

export type SortKey = [string, string];

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  return first;
}

/** Cursors are opaque: the sort key of the last node, base64url-encoded. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): SortKey | null {
  if (cursor == null) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // PostgreSQL text never holds U+0000, so no cursor of ours does; passed on, it breaks the statement.
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === "string" && !k.includes("\u0000"))) return key as SortKey;
  } catch {
    // fall through to the error below
  }
  throw badUserInput("after is not a cursor returned by this list", "after");
}

/** Turns `limit + 1` fetched rows into a page: the extra row only tells that another page exists. */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => SortKey) {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount,
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
