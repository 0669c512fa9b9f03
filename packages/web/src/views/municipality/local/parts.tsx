import { Fragment, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { useI18n, type MessageKey } from "../../../i18n/index.js";
import { MissingNotice } from "../../../components/Page.js";
import { otherErrors } from "../../../api/errors.js";
import { DATA_LANG } from "../lang.js";

export { DATA_LANG };

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
          {value == null ? <dd>{t("app.unknown")}</dd> : <dd lang={typeof value === "string" && source !== "ui" ? DATA_LANG : undefined}>{value}</dd>}
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
 * While a local query loads, and what went wrong with it. That the member is missing is said
 * once, at the top of the page, when the page's own query found it so too.
 */
export function LocalStatus({ error, fetching, missingShown }: { error?: CombinedError | undefined; fetching: boolean; missingShown: boolean }) {
  const { t } = useI18n();
  const others = otherErrors(error);
  return (
    <>
      {fetching && <p role="status">{t("app.loading")}</p>}
      {!missingShown && <MissingNotice error={error} />}
      {others.length > 0 && (
        <div className="notice notice-error" role="alert">
          {others.map((message) => <p key={message}>{t("app.error", { message })}</p>)}
        </div>
      )}
    </>
  );
}
