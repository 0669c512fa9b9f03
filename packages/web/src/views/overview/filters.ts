import { members } from "../../api/members.js";
import type { TrialStatus } from "../../gql/graphql.js";

/**
 * Every status in the order of a trial's life cycle, as the summaries count them. The record
 * makes a status the API gains a compile error until it has its place here.
 */
const LIFE_CYCLE: Record<TrialStatus, true> = { IDEA: true, APPLICATION_SENT: true, APPROVED: true, REJECTED: true, ACTIVE: true, COMPLETED: true, STOPPED: true };
export const STATUSES = Object.keys(LIFE_CYCLE) as TrialStatus[];

/** What the table shows; null is "all". */
export interface Filters {
  member: string | null;
  status: TrialStatus | null;
  exemption: string | null;
}

/** The query parameters, in Danish like the path, so a filtered view can be linked. */
const PARAM = { member: "kommune", status: "status", exemption: "fritagelse" } as const;

const isStatus = (value: string): value is TrialStatus => Object.hasOwn(LIFE_CYCLE, value);

/** The filters a link gives; a value that names nothing is read as "all". */
export function readFilters(search: URLSearchParams): Filters {
  const member = search.get(PARAM.member);
  const status = search.get(PARAM.status);
  const exemption = search.get(PARAM.exemption)?.toUpperCase() ?? null;
  return {
    member: member && members.some((m) => m.slug === member) ? member : null,
    status: status && isStatus(status) ? status : null,
    exemption: exemption && /^[A-Z]$/.test(exemption) ? exemption : null,
  };
}

/** The query string for the filters, without the ones left at "all". */
export function filterSearch(filters: Filters): string {
  const search = new URLSearchParams();
  for (const key of ["member", "status", "exemption"] as const) {
    const value = filters[key];
    if (value) search.set(PARAM[key], value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The members the table asks: the one filtered, or all of them in the registry's order. */
export const filteredMembers = (filters: Filters) => (filters.member ? members.filter((m) => m.slug === filters.member) : [...members]);
