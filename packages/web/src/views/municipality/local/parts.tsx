import { Fragment, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { DATA_LANG, useI18n, type MessageKey } from "../../../i18n/index.js";
import { MissingNotice, Section } from "../../../components/Page.js";
import { missingSubgraphs, otherErrors } from "../../../api/errors.js";

type Level = 3 | 4 | 5;
const heading = (level: Level) => (level === 3 ? "h3" : level === 4 ? "h4" : "h5");

/** A sub-part of the local extension with its own heading. */
export function Part({ title, level = 3, children }: { title: ReactNode; level?: Level; children: ReactNode }) {
  const Heading = heading(level);
  return (
    <section className="local-part">
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}

/** A list the documents give, under its heading; nothing at all when it is empty. */
export function Items({ title, items, level = 4, ordered = false }: { title: string; items: readonly ReactNode[]; level?: Level; ordered?: boolean }) {
  if (!items.length) return null;
  const Heading = heading(level);
  const List = ordered ? "ol" : "ul";
  const data = items.every((item) => typeof item === "string");
  return (
    <>
      <Heading>{title}</Heading>
      <List lang={data ? DATA_LANG : undefined}>{items.map((item, i) => <li key={i}>{item}</li>)}</List>
    </>
  );
}

/**
 * Labelled facts; a fact the data does not give reads "ukendt" rather than being guessed. Text is
 * taken as the data's own (Danish) unless marked "ui": a date, an amount or a word of the interface.
 */
export function Facts({ facts }: { facts: [label: string, value: ReactNode, source?: "ui"][] }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      {facts.map(([label, value, source]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          {value == null || value === "" ? <dd>{t("app.unknown")}</dd> : <dd lang={typeof value === "string" && source !== "ui" ? DATA_LANG : undefined}>{value}</dd>}
        </Fragment>
      ))}
    </dl>
  );
}

/** "besluttet", "forventet", … as a badge, in the interface's language even inside the data's. */
export function Certainty({ value }: { value: string | null | undefined }) {
  const { t, language } = useI18n();
  if (!value) return null;
  return <span className="badge" lang={language}>{t(`certainty.${value}` as MessageKey)}</span>;
}

/** Kroner in the reader's language. */
export function useKroner() {
  const { language } = useI18n();
  const format = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { style: "currency", currency: "DKK", maximumFractionDigits: 0 });
  return (amount: number | null | undefined) => (amount == null ? null : format.format(amount));
}

/**
 * A member's own part under its heading: while it loads, what went wrong, then what it has. That
 * the member did not answer is said once, at the top of the page, when the page's query found so
 * too; with nothing else to show, the part leaves out its heading as well.
 */
export function LocalFrame({ title, error, fetching, missingShown, empty, children }: {
  title: string;
  error: CombinedError | undefined;
  fetching: boolean;
  missingShown: boolean;
  /** Whether the answer holds none of the member's own fields. */
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const others = otherErrors(error);
  const missing = !missingShown && missingSubgraphs(error).length > 0;
  if (empty && !fetching && !missing && !others.length) return null;
  return (
    <Section id="local" title={title}>
      {fetching && <p role="status">{t("app.loading")}</p>}
      {missing && <MissingNotice error={error} />}
      {others.length > 0 && (
        <div className="notice notice-error" role="alert">
          {others.map((message) => <p key={message}>{t("app.error", { message })}</p>)}
        </div>
      )}
      {children}
    </Section>
  );
}

/** Whether none of the values is there: a part whose fields are all null has nothing to show. */
export const noneOf = (...values: unknown[]) => values.every((value) => value == null);
