import type { SourceDocumentKey } from "./documents.js";

/** Where a seeded fact comes from: a document, a place in it, and a short verbatim quote. */
export interface SourceSeed {
  document: SourceDocumentKey;
  /** Section heading or agenda item, as the document names it. */
  at: string;
  /** Verbatim from the document, at most 300 characters. */
  quote: string;
}

export const MAX_QUOTE = 300;
export const MAX_SOURCES = 20; // per entity

/** A source, checked where it is written down: a quote longer than the limit is a mistake in the data. */
export function cite(document: SourceDocumentKey, at: string, quote: string): SourceSeed {
  const q = quote.replace(/\s+/g, " ").trim();
  if (q.length === 0 || q.length > MAX_QUOTE) throw new Error(`a quote must be 1–${MAX_QUOTE} characters (${q.length}): ${q.slice(0, 60)}…`);
  return { document, at, quote: q };
}

/** Facts a seed inserts: a stable key, its sources, and its columns. */
export type Sourced<T> = T & { key: string; sources: SourceSeed[] };
