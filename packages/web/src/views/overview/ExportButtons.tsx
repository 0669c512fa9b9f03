import { useState } from "react";
import { useClient } from "urql";
import { today, useI18n } from "../../i18n/index.js";
import { memberName } from "../../api/members.js";
import { fetchAllTrials } from "./memberTrials.js";
import { filteredMembers, type Filters } from "./filters.js";
import { exportFileName, trialsCsv, trialsJson } from "./export.js";
import { downloadText } from "./download.js";

/** Trials per request while exporting: the most the API gives in one page. */
const EXPORT_PAGE = 100;

type Outcome = { kind: "working" } | { kind: "done"; count: number; file: string; missing: string[] } | { kind: "failed"; message: string };

/** Downloads every trial under the filters, all pages of every member, as CSV or JSON. */
export function ExportButtons({ filters }: { filters: Filters }) {
  const { t, language } = useI18n();
  const client = useClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const working = outcome?.kind === "working";

  async function run(format: "csv" | "json") {
    if (working) return;
    setOutcome({ kind: "working" });
    try {
      const slugs = filteredMembers(filters).map((m) => m.slug);
      const { trials, missing } = await fetchAllTrials(client, slugs, filters, EXPORT_PAGE);
      const file = exportFileName(format, today());
      if (format === "csv") downloadText(file, trialsCsv(trials, t), "text/csv;charset=utf-8");
      else downloadText(file, trialsJson(trials), "application/json");
      setOutcome({ kind: "done", count: trials.length, file, missing });
    } catch (error) {
      setOutcome({ kind: "failed", message: (error as Error).message });
    }
  }

  const list = (names: string[]) => new Intl.ListFormat(language === "da" ? "da-DK" : "en-GB", { type: "conjunction" }).format(names);
  return (
    <div className="export">
      <div className="actions">
        <button type="button" className="secondary" aria-disabled={working || undefined} onClick={() => void run("csv")}>{t("overview.exportCsv")}</button>
        <button type="button" className="secondary" aria-disabled={working || undefined} onClick={() => void run("json")}>{t("overview.exportJson")}</button>
        <span className="hint">{t("overview.exportHint")}</span>
      </div>
      <div role="status" className="export-status">
        {outcome?.kind === "working" && <p>{t("overview.exporting")}</p>}
        {outcome?.kind === "done" && (
          <p>
            {t("overview.exported", { count: outcome.count, file: outcome.file })}
            {outcome.missing.length > 0 && <> {t("overview.exportMissing", { names: list(outcome.missing.map(memberName)) })}</>}
          </p>
        )}
        {outcome?.kind === "failed" && <p className="field-error">{t("overview.exportFailed", { message: outcome.message })}</p>}
      </div>
    </div>
  );
}
