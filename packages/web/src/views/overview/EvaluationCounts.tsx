import { DATA_LANG, useI18n } from "../../i18n/index.js";

/** A member's trials with an evaluation per dimension code; null when the member did not answer. */
export interface MemberEvaluations {
  slug: string;
  summary: { total: number; evaluatedByDimension: { dimension: string; trials: number }[] } | null;
}

/**
 * Per dimension of the template, how many trials have an evaluation answering it, summed over
 * the members that answered, out of those members' trials.
 */
export function EvaluationCounts({ dimensions, members }: { dimensions: { code: string; title: string }[]; members: MemberEvaluations[] }) {
  const { t } = useI18n();
  const answered = members.flatMap((m) => (m.summary ? [m.summary] : []));
  const total = answered.reduce((sum, s) => sum + s.total, 0);
  const evaluated = (code: string) => answered.reduce((sum, s) => sum + (s.evaluatedByDimension.find((d) => d.dimension === code)?.trials ?? 0), 0);
  return (
    <table className="evaluations">
      <caption>{t("overview.evaluations.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("overview.col.dimension")}</th>
          <th scope="col">{t("overview.col.evaluated")}</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.code} data-dimension={d.code}>
            <th scope="row" lang={DATA_LANG}>{d.title}</th>
            <td>{t("overview.evaluations.count", { count: evaluated(d.code), total })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
