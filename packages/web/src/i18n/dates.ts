export type Language = "da" | "en";

const locales: Record<Language, string> = { da: "da-DK", en: "en-GB" };

/**
 * A date at the precision the data has: "2016" stays a year, "2016-11" reads "november 2016",
 * "2016-11-05" reads "5. november 2016". Anything else is shown as given.
 */
export function formatPartialDate(value: string | null | undefined, language: Language): string | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locales[language], options).format(date);
}

/** A moment (ISO date-time), in the reader's time zone. */
export function formatMoment(value: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

/** Today as YYYY-MM-DD in the reader's calendar. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
