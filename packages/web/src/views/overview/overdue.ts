/**
 * The last day a partial due date allows ("2017" → "2017-12-31", "2017-03" → "2017-03-31"),
 * as text that sorts like the date: a milestone is overdue once its whole period has passed.
 */
export function periodEnd(due: string | null): string {
  if (!due) return "9999-12-31";
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  if (/^\d{4}-\d{2}$/.test(due)) return `${due}-31`;
  return due;
}

/**
 * The members' overdue milestones as one list, the longest overdue first (each member's list
 * is already in that order; ties keep the members' order), cut to `limit`.
 */
export function longestOverdue<T extends { milestone: { dueOn: string | null } }>(lists: T[][], limit: number): T[] {
  const merged = lists.flat();
  return merged
    .map((item, index) => ({ item, index, end: periodEnd(item.milestone.dueOn) }))
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.index - b.index))
    .slice(0, limit)
    .map(({ item }) => item);
}
