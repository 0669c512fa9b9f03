import { badUserInput } from "@frikommune/subgraph-server";
import { COMMON_EXEMPTION_CODES, EVALUATION_DIMENSIONS, TrialStatus } from "./enums.js";
import { MAX_GOALS } from "./limits.js";
import { isPartialDate } from "./partial-date.js";

/** The trial life cycle: idea → application sent → approved/rejected → active → completed/stopped. */
export const TRIAL_TRANSITIONS: Record<TrialStatus, TrialStatus[]> = {
  [TrialStatus.IDEA]: [TrialStatus.APPLICATION_SENT],
  [TrialStatus.APPLICATION_SENT]: [TrialStatus.APPROVED, TrialStatus.REJECTED],
  [TrialStatus.APPROVED]: [TrialStatus.ACTIVE],
  [TrialStatus.REJECTED]: [],
  [TrialStatus.ACTIVE]: [TrialStatus.COMPLETED, TrialStatus.STOPPED],
  [TrialStatus.COMPLETED]: [],
  [TrialStatus.STOPPED]: [],
};

/** A value an update may change but not remove: `null` is refused, as the field is required. */
export function required<T>(value: T | null | undefined, field: string): T {
  if (value == null) throw badUserInput(`${field} may not be null`, field);
  return value;
}

/** A moment to mirror changes from; PostgreSQL's timestamps hold years 1 to 9999 only here. */
export function since(value: Date, field: string): Date {
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) throw badUserInput(`${field} must lie between the years 1 and 9999`, field);
  return value;
}

export function text(value: string, field: string, { min = 1, max }: { min?: number; max: number }): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw badUserInput(`${field} must be ${min}–${max} characters`, field);
  return trimmed;
}

export function partialDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isPartialDate(value)) throw badUserInput(`${field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`, field);
  return value;
}

export function period(from: string | null, to: string | null, field: string): void {
  if (from && to && to < from.slice(0, to.length)) throw badUserInput(`${field} ends before it starts`, field);
}

export function exemptionCodes(codes: string[], field: string): string[] {
  const normalised = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const unknown = normalised.filter((c) => !(COMMON_EXEMPTION_CODES as readonly string[]).includes(c));
  if (unknown.length) throw badUserInput(`Unknown common exemption code(s): ${unknown.join(", ")}`, field);
  return normalised.sort();
}

export function evaluationAnswers(answers: { dimension: string; answer: string }[], field: string): Record<string, string> {
  const byDimension: Record<string, string> = {};
  for (const [i, a] of answers.entries()) {
    const dimension = a.dimension.trim().toUpperCase();
    if (!(EVALUATION_DIMENSIONS as readonly string[]).includes(dimension)) throw badUserInput(`Unknown dimension ${a.dimension}`, `${field}.${i}.dimension`);
    if (dimension in byDimension) throw badUserInput(`${dimension} is answered twice`, `${field}.${i}.dimension`);
    byDimension[dimension] = text(a.answer, `${field}.${i}.answer`, { max: 4000 });
  }
  const missing = EVALUATION_DIMENSIONS.filter((d) => !(d in byDimension));
  if (missing.length) throw badUserInput(`Every dimension of the evaluation template must be answered; missing ${missing.join(", ")}`, field);
  return byDimension;
}

export function positiveCount(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1) throw badUserInput(`${field} must be a whole number of at least 1`, field);
  return value;
}

export function goals(values: string[], field: string): string[] {
  return listOfAtMost(values, MAX_GOALS, "goals", field).map((g, i) => text(g, `${field}.${i}`, { max: 500 }));
}

/** A list-valued input within its maximum. */
export function listOfAtMost<T>(values: T[], max: number, what: string, field: string): T[] {
  if (values.length > max) throw badUserInput(`${field} may hold at most ${max} ${what}`, field);
  return values;
}

/** Refuses a write that would grow a list already at its maximum; count while holding the list's lock. */
export function roomFor(count: number, max: number, what: string, field: string): void {
  if (count >= max) throw badUserInput(`There may be at most ${max} ${what}`, field);
}
