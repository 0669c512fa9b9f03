/**
 * Dates at the precision the documents give ("2016", "2016-11", "2016-11-30"). A milestone is
 * overdue only once the whole period it names has passed, and only when it is known not to be done.
 */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

export function endOfPeriod(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split("-").map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${value}-${String(lastDay).padStart(2, "0")}`;
  }
  return value;
}

/** Overdue: its whole period has passed, and it is known not to be done (planned, or recorded as not done). */
export function isOverdue(dueOn: string | null, state: string, today = new Date().toISOString().slice(0, 10)): boolean {
  return dueOn != null && (state === "PLANNED" || state === "NOT_DONE") && endOfPeriod(dueOn) < today;
}

