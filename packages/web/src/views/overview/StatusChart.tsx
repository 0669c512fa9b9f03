import { useId } from "react";
import { useI18n } from "../../i18n/index.js";
import type { TrialStatus } from "../../gql/graphql.js";
import { STATUSES } from "./filters.js";

/** A member's trials by status; `summary` is null when the member did not answer. */
export interface MemberStatusCounts {
  slug: string;
  name: string;
  summary: { total: number; byStatus: { status: TrialStatus; count: number }[] } | null;
}

/**
 * One colour per status, each dark enough for white figures on it (at least 4.5:1) and to stand
 * out from the white page (at least 3:1). Colour is never the only carrier: every bar has its
 * figures, the legend names the colours and the table under the chart has the same numbers.
 */
export const STATUS_COLOURS: Record<TrialStatus, string> = {
  IDEA: "#5c6670",
  APPLICATION_SENT: "#8a5a00",
  APPROVED: "#0b4f8a",
  REJECTED: "#a4161a",
  ACTIVE: "#1f6b2a",
  COMPLETED: "#5b2c83",
  STOPPED: "#1b1f24",
};

// The chart's geometry, in the SVG's own units; CSS scales the whole to the column's width.
const WIDTH = 720;
const LABELS = 170;
const BARS = 500;
const ROW = 34;
const BAR = 22;
const PAD = 8;
/** Narrower segments than this carry no figure inside; the table and the total still give it. */
const FIGURE_ROOM = 18;

const countOf = (summary: NonNullable<MemberStatusCounts["summary"]>, status: TrialStatus) => summary.byStatus.find((s) => s.status === status)?.count ?? 0;

/** The stacked segments of one member's bar, in the life cycle's order. */
function segments(summary: NonNullable<MemberStatusCounts["summary"]>, scale: number) {
  let x = LABELS;
  return STATUSES.flatMap((status) => {
    const count = countOf(summary, status);
    if (!count) return [];
    const segment = { status, count, x, width: count * scale };
    x += segment.width;
    return [segment];
  });
}

/** Trials by status per member: a stacked bar chart, its legend, and the same figures as a table. */
export function StatusChart({ members }: { members: MemberStatusCounts[] }) {
  const { t } = useI18n();
  const id = useId();
  const max = Math.max(1, ...members.map((m) => m.summary?.total ?? 0));
  const scale = BARS / max;
  const height = PAD * 2 + members.length * ROW;
  const label = (status: TrialStatus) => t(`status.${status}`);
  const describe = (m: MemberStatusCounts) =>
    m.summary
      ? t("overview.chart.member", {
          name: m.name,
          total: m.summary.total,
          parts: STATUSES.filter((s) => countOf(m.summary!, s) > 0).map((s) => `${label(s)} ${countOf(m.summary!, s)}`).join(", ") || t("app.none"),
        })
      : t("overview.memberMissing", { name: m.name });
  return (
    <>
      <div className="chart overview-chart">
        <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
          <title id={`${id}-title`}>{t("overview.chart")}</title>
          <desc id={`${id}-desc`}>{[t("overview.chartDescription"), ...members.map(describe)].join(" ")}</desc>
          {members.map((m, row) => {
            const y = PAD + row * ROW;
            const middle = y + BAR / 2;
            const bar = m.summary ? segments(m.summary, scale) : [];
            const last = bar.at(-1);
            const end = last ? last.x + last.width : LABELS;
            return (
              <g key={m.slug} data-member={m.slug}>
                <text className="member-label" x={LABELS - 8} y={middle} textAnchor="end" dominantBaseline="middle">{m.name}</text>
                {bar.map((s) => (
                  <g key={s.status}>
                    <rect x={s.x} y={y} width={s.width} height={BAR} fill={STATUS_COLOURS[s.status]} stroke="#ffffff" strokeWidth={1} />
                    {s.width >= FIGURE_ROOM && <text className="on-bar" x={s.x + s.width / 2} y={middle} textAnchor="middle" dominantBaseline="middle">{s.count}</text>}
                  </g>
                ))}
                <text className={m.summary ? "bar-total" : "bar-missing"} x={end + 6} y={middle} dominantBaseline="middle">
                  {m.summary ? m.summary.total : t("overview.noAnswer")}
                </text>
              </g>
            );
          })}
        </svg>
        <ul className="legend" aria-label={t("overview.chart.legend")}>
          {STATUSES.map((status) => (
            <li key={status}>
              <svg className="legend-swatch" aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
                <rect width="14" height="14" fill={STATUS_COLOURS[status]} />
              </svg>
              {label(status)}
            </li>
          ))}
        </ul>
      </div>
      <StatusFigures members={members} />
    </>
  );
}

/** The chart's figures as a table, for reading without the chart. */
function StatusFigures({ members }: { members: MemberStatusCounts[] }) {
  const { t } = useI18n();
  const answered = members.flatMap((m) => (m.summary ? [m.summary] : []));
  return (
    <table className="compact status-figures">
      <caption>{t("overview.chart.figures")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("overview.col.member")}</th>
          {STATUSES.map((status) => <th scope="col" className="num" key={status}>{t(`status.${status}`)}</th>)}
          <th scope="col" className="num">{t("overview.total")}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.slug} data-member={m.slug}>
            <th scope="row">{m.name}</th>
            {m.summary ? (
              <>
                {STATUSES.map((status) => <td className="num" key={status}>{countOf(m.summary!, status)}</td>)}
                <td className="num">{m.summary.total}</td>
              </>
            ) : (
              <td colSpan={STATUSES.length + 1}>{t("overview.noAnswer")}</td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("overview.total")}</th>
          {STATUSES.map((status) => <td className="num" key={status}>{answered.reduce((sum, s) => sum + countOf(s, status), 0)}</td>)}
          <td className="num">{answered.reduce((sum, s) => sum + s.total, 0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
