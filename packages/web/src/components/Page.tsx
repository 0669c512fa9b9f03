import { useEffect, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { useI18n } from "../i18n/index.js";
import { missingSubgraphs, otherErrors, subgraphLabel } from "../api/errors.js";

/** A view: its heading (and the document's title), what is missing from it, then its content. */
export function Page({ title, error, fetching, children, lead }: { title: string; error?: CombinedError; fetching?: boolean; lead?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t("app.title")}`;
  }, [title, t]);
  const others = otherErrors(error);
  return (
    <>
      <h1>{title}</h1>
      {lead}
      <MissingNotice error={error} />
      {others.length > 0 && (
        <div className="notice notice-error" role="alert">
          {others.map((message) => <p key={message}>{t("app.error", { message })}</p>)}
        </div>
      )}
      {fetching && <p role="status">{t("app.loading")}</p>}
      {children}
    </>
  );
}

/** Says plainly which member (or the network's part) did not answer, while the rest is shown. */
export function MissingNotice({ error }: { error?: CombinedError }) {
  const { t, language } = useI18n();
  const names = missingSubgraphs(error).map((name) => subgraphLabel(name, t("partial.network")));
  if (!names.length) return null;
  const list = new Intl.ListFormat(language === "da" ? "da-DK" : "en-GB", { type: "conjunction" }).format(names);
  return (
    <div className="notice notice-warning" role="status" data-testid="missing-members">
      <p>{t("partial.missing", { names: list })}</p>
    </div>
  );
}

/** A section of a view with its own heading level. */
export function Section({ title, children, id, level = 2 }: { title: string; children: ReactNode; id?: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id ? `${id}-heading` : undefined} className="section">
      <Heading id={id ? `${id}-heading` : undefined}>{title}</Heading>
      {children}
    </section>
  );
}
