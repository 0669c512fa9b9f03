import { badUserInput } from "@frikommune/subgraph-server";
import { TrialStatus } from "./enums.js";
import { isPartialDate } from "./partial-date.js";

/** The network's common exemptions a)–d), fixed by the 2016 application. */
export const COMMON_EXEMPTION_CODES = ["A", "B", "C", "D"] as const;

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
