import { useEffect, useState } from "react";
import { useClient, type CombinedError } from "urql";
import { combineErrors, fetchMemberPage, type MemberPage } from "./memberTrials.js";
import { filterSearch, filteredMembers, type Filters } from "./filters.js";

/** Trials per member on one page of the table. */
export const PAGE_SIZE = 10;

/** Where each member's page starts: the `after` to send, by slug; null is the member's first page. */
export type CursorSet = Record<string, string | null>;

export const firstCursors = (filters: Filters): CursorSet => Object.fromEntries(filteredMembers(filters).map((m) => [m.slug, null]));

/**
 * The cursors of the page after `pages`: every member goes on from its own end. A member already
 * at its end is asked from there too (an empty page, with its count); one that did not answer
 * is asked again from where it was.
 */
export function nextCursors(current: CursorSet, pages: MemberPage[]): CursorSet {
  const next: CursorSet = { ...current };
  for (const page of pages) {
    if (page.slug in next) next[page.slug] = page.trials?.endCursor ?? current[page.slug] ?? null;
  }
  return next;
}

export const hasNextPage = (pages: MemberPage[]) => pages.some((p) => p.trials?.hasNextPage);

/** Trials on this page, and under the filters in all. */
export function pageCounts(pages: MemberPage[]): { shown: number; total: number } {
  return pages.reduce((sum, p) => ({ shown: sum.shown + (p.trials?.nodes.length ?? 0), total: sum.total + (p.trials?.totalCount ?? 0) }), { shown: 0, total: 0 });
}

/**
 * The table's place: a stack of the cursor sets of the pages seen, the current on top. It
 * starts over whenever the filters change.
 */
export function usePaging(filters: Filters) {
  const key = filterSearch(filters);
  const [state, setState] = useState<{ key: string; stack: CursorSet[] }>(() => ({ key, stack: [firstCursors(filters)] }));
  const stack = state.key === key ? state.stack : [firstCursors(filters)];
  return {
    cursors: stack[stack.length - 1]!,
    page: stack.length,
    next: (pages: MemberPage[]) => setState({ key, stack: [...stack, nextCursors(stack[stack.length - 1]!, pages)] }),
    previous: () => setState({ key, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
    first: () => setState({ key, stack: stack.slice(0, 1) }),
  };
}

/**
 * Each member's page at `cursors`, one query per member with its own cursor. The pages shown
 * stay until the next ones have all arrived, so the table does not empty while it turns.
 */
export function useMemberPages(filters: Filters, cursors: CursorSet): { pages: MemberPage[]; error?: CombinedError; fetching: boolean } {
  const client = useClient();
  const key = JSON.stringify([filterSearch(filters), cursors]);
  const [state, setState] = useState<{ key: string; pages: MemberPage[]; error?: CombinedError } | null>(null);
  useEffect(() => {
    let current = true;
    const slugs = Object.keys(cursors);
    void Promise.all(slugs.map((slug) => fetchMemberPage(client, slug, filters, cursors[slug] ?? null, PAGE_SIZE))).then((results) => {
      if (!current) return;
      const error = combineErrors(results.map((r) => r.error));
      setState({ key, pages: results.map((r) => r.page), ...(error ? { error } : {}) });
    });
    return () => {
      current = false;
    };
    // `key` stands for the filters and the cursors, which are new objects on every render.
  }, [client, key]);
  return { pages: state?.pages ?? [], ...(state?.error ? { error: state.error } : {}), fetching: state?.key !== key };
}
