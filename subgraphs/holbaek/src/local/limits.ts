import { activities } from "./activities.js";
import { contacts } from "./contacts.js";
import { ReportPointKind } from "./enums.js";
import { meetings } from "./meetings.js";
import { reports } from "./report.js";
import { termsOfReference } from "./terms-of-reference.js";

/** Holbæk's lists hold what its sources hold: each maximum is the longest such list in the data. */
const longest = (lengths: number[]) => Math.max(1, ...lengths);
const items = meetings.flatMap((m) => m.agendaItems);

export const MAX_MEETINGS = longest([meetings.length]);
export const MAX_AGENDA_ITEMS = longest(meetings.map((m) => m.agendaItems.length));
export const MAX_ATTACHMENTS = longest(items.map((i) => i.attachments.length));
export const MAX_PRESENTATIONS = longest(items.map((i) => i.presentations.length));
export const MAX_TREATMENTS = longest(items.map((i) => i.treatments.length));
export const MAX_AMOUNTS = longest(items.map((i) => i.amounts.length));
export const MAX_EVENTS = longest(items.map((i) => i.events.length));
export const MAX_CONTACTS = longest([contacts.length]);
export const MAX_ACTIVITIES = longest([activities.length]);
export const MAX_ACTIVITY_CONTACTS = longest(activities.map((a) => a.contacts.length));
export const MAX_FOCUS_AREAS = longest([termsOfReference.focusAreas.length]);
export const MAX_EXAMPLE_ACTIVITIES = longest([termsOfReference.exampleActivities.length]);
export const MAX_PROVISIONS = longest([termsOfReference.provisions.length]);
/** Per report: every numbered list of it together, read in one statement. */
export const MAX_REPORT_POINTS = longest(reports.map((r) => r.points.length));
export const MAX_POINTS = Object.fromEntries(
  Object.values(ReportPointKind).map((kind) => [kind, longest(reports.map((r) => r.points.filter((p) => p.kind === kind).length))]),
) as Record<ReportPointKind, number>;
