import { DATA_LANG, useI18n } from "../../i18n/index.js";
import { Link, paths } from "../../app/router.js";
import type { MilestoneState } from "../../gql/graphql.js";
import { longestOverdue } from "./overdue.js";

export interface OverdueItem {
  milestone: { id: string; title: string; dueOn: string | null; state: MilestoneState };
  trial: { id: string; title: string };
}

/** A member's overdue milestones; `items` and `count` are null when the member did not answer. */
export interface MemberOverdue {
  slug: string;
  name: string;
  items: OverdueItem[] | null;
  count: number | null;
}

/** The network's overdue milestones, the longest overdue first, with how many there are in all. */
export function OverdueList({ members, limit }: { members: MemberOverdue[]; limit: number }) {
  const { t, date } = useI18n();
  const rows = longestOverdue(members.map((m) => (m.items ?? []).map((item) => ({ ...item, slug: m.slug, name: m.name }))), limit);
  const total = members.reduce((sum, m) => sum + (m.count ?? 0), 0);
  if (!rows.length) return <p>{t("overview.noOverdue")}</p>;
  return (
    <>
      <p>{rows.length < total ? t("overview.overdue.shown", { shown: rows.length, total }) : t("overview.overdue.total", { total })}</p>
      <table className="overdue">
        <caption>{t("overview.overdue.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.col.member")}</th>
            <th scope="col">{t("overview.col.title")}</th>
            <th scope="col">{t("overview.col.milestone")}</th>
            <th scope="col">{t("overview.due")}</th>
            <th scope="col">{t("overview.col.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.slug}:${row.milestone.id}`} data-member={row.slug}>
              <td>{row.name}</td>
              <td lang={DATA_LANG}><Link to={paths.trial(row.slug, row.trial.id)}>{row.trial.title}</Link></td>
              <td lang={DATA_LANG}>{row.milestone.title}</td>
              <td>{date(row.milestone.dueOn)}</td>
              <td>{t(`milestone.${row.milestone.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
