import Papa from "papaparse";
import type { MessageKey, Translate } from "../../i18n/index.js";
import type { MemberTrial } from "./memberTrials.js";

/** The CSV's columns, each with its header's key; the headers are written in the reader's language. */
const CSV_COLUMNS: [MessageKey, (row: MemberTrial, t: Translate) => string][] = [
  ["overview.csv.municipality", (r) => r.municipality],
  ["overview.csv.title", (r) => r.trial.title],
  ["overview.csv.status", (r, t) => t(`status.${r.trial.status}`)],
  ["overview.csv.exemptions", (r) => r.trial.exemptions.map((e) => e.code).join(", ")],
  ["overview.csv.validFrom", (r) => r.trial.validFrom ?? ""],
  ["overview.csv.validTo", (r) => r.trial.validTo ?? ""],
  ["overview.csv.milestones", (r) => String(r.trial.milestones.length)],
  ["overview.csv.overdue", (r) => String(r.trial.milestones.filter((m) => m.overdue).length)],
  ["overview.csv.id", (r) => r.trial.id],
];

/**
 * A cell a spreadsheet would run as a formula begins with one of these (OWASP's list). Papa's own
 * pattern for them stops at a line break, so a formula followed by one would pass: this one does not.
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * Rows as CSV the way spreadsheets in Denmark open it without asking: a byte order mark so æøå
 * read as UTF-8, `;` between fields (the comma is the decimal sign), CRLF after each row, fields
 * quoted as RFC 4180 says, and any cell that would run as a formula kept as text (a leading `'`).
 */
export function csv(rows: string[][]): string {
  return "\uFEFF" + Papa.unparse(rows, { delimiter: ";", newline: "\r\n", escapeFormulae: FORMULA }) + "\r\n";
}

/** The trials as CSV: a header row, then one row per trial, statuses and headers in the reader's language. */
export function trialsCsv(trials: MemberTrial[], t: Translate): string {
  return csv([CSV_COLUMNS.map(([key]) => t(key)), ...trials.map((row) => CSV_COLUMNS.map(([, value]) => value(row, t)))]);
}

/** The trials as JSON with the API's own values (codes, partial dates), for systems rather than people. */
export function trialsJson(trials: MemberTrial[]): string {
  const records = trials.map(({ slug, municipality, trial }) => ({
    municipality: slug,
    municipalityName: municipality,
    id: trial.id,
    title: trial.title,
    status: trial.status,
    exemptions: trial.exemptions.map((e) => e.code),
    validFrom: trial.validFrom,
    validTo: trial.validTo,
    milestones: trial.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, completedOn: m.completedOn, state: m.state, overdue: m.overdue })),
  }));
  return JSON.stringify(records, null, 2) + "\n";
}

/** "forsoeg-2026-11-23.csv": the path's word for trials and the day of the export. */
export const exportFileName = (extension: "csv" | "json", day: string) => `forsoeg-${day}.${extension}`;
