import { DATA_LANG, useI18n } from "../../i18n/index.js";
import { Link, paths } from "../../app/router.js";
import type { MemberPage, OverviewTrial } from "./memberTrials.js";

/** One page of every member's trials, member by member; a member that did not answer says so in its place. */
export function TrialTable({ pages, caption, busy }: { pages: MemberPage[]; caption: string; busy: boolean }) {
  const { t } = useI18n();
  const empty = pages.every((p) => p.trials && p.trials.nodes.length === 0);
  return (
    <table className="overview-trials" aria-busy={busy || undefined}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("overview.col.member")}</th>
          <th scope="col">{t("overview.col.title")}</th>
          <th scope="col">{t("overview.col.status")}</th>
          <th scope="col">{t("overview.col.exemptions")}</th>
          <th scope="col">{t("overview.col.milestones")}</th>
          <th scope="col">{t("overview.col.validFrom")}</th>
        </tr>
      </thead>
      <tbody>
        {pages.flatMap((page) =>
          page.trials
            ? page.trials.nodes.map((trial) => <TrialRow key={`${page.slug}:${trial.id}`} slug={page.slug} name={page.name} trial={trial} />)
            : [
                <tr key={page.slug} className="missing-row">
                  <td>{page.name}</td>
                  <td colSpan={5}>{t("overview.memberMissing", { name: page.name })}</td>
                </tr>,
              ],
        )}
        {empty && pages.length > 0 && (
          <tr>
            <td colSpan={6}>{t("overview.empty")}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function TrialRow({ slug, name, trial }: { slug: string; name: string; trial: OverviewTrial }) {
  const { t, date } = useI18n();
  const done = trial.milestones.filter((m) => m.state === "DONE").length;
  const overdue = trial.milestones.filter((m) => m.overdue).length;
  return (
    <tr data-member={slug}>
      <td>{name}</td>
      <td lang={DATA_LANG}><Link to={paths.trial(slug, trial.id)}>{trial.title}</Link></td>
      <td>{t(`status.${trial.status}`)}</td>
      <td>{trial.exemptions.length ? trial.exemptions.map((e) => e.code).join(", ") : t("app.none")}</td>
      <td>
        {t("overview.milestones.done", { done, total: trial.milestones.length })}
        {overdue > 0 && <> <span className="badge badge-overdue">{t("overview.milestones.overdue", { count: overdue })}</span></>}
      </td>
      <td>{date(trial.validFrom)}</td>
    </tr>
  );
}
