import { useQuery } from "urql";
import { useAnswerError } from "../../api/useAnswerError.js";
import { useI18n, type MessageKey } from "../../i18n/index.js";
import { Page, Section } from "../../components/Page.js";
import { Link, paths } from "../../app/router.js";
import { forMember, memberName } from "../../api/members.js";
import { usePermissions } from "../../auth/index.js";
import { TrialQuery, TrialVersionsQuery } from "./operations.js";
import { AddMilestoneForm, CompleteMilestoneForm, RecordEvaluationForm, StatusMoves } from "./TrialEditors.js";

/** Forsøg: one trial's purpose, exemptions, milestones and evaluations; its history to those allowed. */
export function TrialView({ slug, id }: { slug: string; id: string }) {
  const { t, date, moment } = useI18n();
  const can = usePermissions();
  const [state] = useQuery({ query: forMember(TrialQuery, slug), variables: { id } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const trial = data?.trial;
  const editing = can.editMember(slug);
  const dimensions = data?.evaluationTemplate.dimensions ?? [];
  const dimensionTitle = (code: string) => dimensions.find((d) => d.code === code)?.title ?? code;
  const title = trial?.title ?? (data && !fetching ? t("trial.notFound", { name: memberName(slug) }) : t("trial.heading"));
  return (
    <Page title={title} error={error} fetching={fetching && !data} lead={<p className="meta"><Link to={paths.municipality(slug)}>{memberName(slug)}</Link> · {t("trial.heading")}</p>}>
      {trial && (
        <>
          <dl>
            <dt>{t("overview.col.status")}</dt><dd><span className="badge">{t(`status.${trial.status}` as MessageKey)}</span></dd>
            <dt>{t("trial.period")}</dt><dd>{date(trial.validFrom)} – {date(trial.validTo)}</dd>
            {trial.ownerCouncil && <><dt>{t("trial.owner")}</dt><dd>{trial.ownerCouncil.name}</dd></>}
          </dl>
          {editing && <StatusMoves slug={slug} id={trial.id} status={trial.status} />}

          <Section id="purpose" title={t("trial.purpose")}>
            <p>{trial.purpose}</p>
          </Section>

          <Section id="exemptions" title={t("trial.exemptions")}>
            {trial.exemptions.length ? (
              <ul>{trial.exemptions.map((e) => <li key={e.code}>{e.code}) {e.title} <span className="meta">({t(`decision.${e.decision}` as MessageKey)})</span></li>)}</ul>
            ) : <p>{t("app.none")}</p>}
          </Section>

          <Section id="milestones" title={t("trial.milestones")}>
            {trial.milestones.length ? (
              <ol className="timeline">
                {trial.milestones.map((m) => (
                  <li key={m.id} className={m.state === "DONE" ? "done" : m.overdue ? "overdue" : undefined}>
                    <strong>{m.title}</strong>{" "}
                    <span className="meta">
                      {m.dueOn ? t("trial.dueOn", { on: date(m.dueOn) }) : t("trial.noDue")} · {t(`milestone.${m.state}` as MessageKey)}
                      {m.completedOn && <> · {t("trial.completedOn", { on: date(m.completedOn) })}</>}
                    </span>
                    {m.overdue && <> <span className="badge badge-overdue">{t("trial.overdue")}</span></>}
                    {editing && m.state !== "DONE" && <CompleteMilestoneForm slug={slug} milestone={m} />}
                  </li>
                ))}
              </ol>
            ) : <p>{t("trial.noMilestones")}</p>}
            {editing && <AddMilestoneForm slug={slug} trialId={trial.id} />}
          </Section>

          <Section id="evaluations" title={t("trial.evaluations")}>
            {trial.evaluations.length ? trial.evaluations.map((e) => (
              <article key={e.id} className="card">
                <h3>{t("trial.recordedOn", { on: date(e.recordedOn) })}</h3>
                <dl>{e.answers.map((a) => <div key={a.dimension} className="contents"><dt>{dimensionTitle(a.dimension)}</dt><dd>{a.answer}</dd></div>)}</dl>
              </article>
            )) : <p>{t("trial.noEvaluations")}</p>}
            {editing && <RecordEvaluationForm slug={slug} trialId={trial.id} dimensions={dimensions} />}
          </Section>

          {can.seeVersions(slug) && <Versions slug={slug} id={trial.id} />}
          {!can.seeVersions(slug) && trial.history.length > 0 && (
            <Section id="history" title={t("trial.history")}>
              <ul>{trial.history.map((h, i) => <li key={i}>{moment(h.at)}: {t("trial.history.entry", { action: h.action, role: h.role })}</li>)}</ul>
            </Section>
          )}
        </>
      )}
    </Page>
  );
}

/** A version's value as a reader wants it: the API gives each as JSON. */
function shown(value: string | null | undefined): string {
  if (value == null) return "–";
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null) return "–";
    if (Array.isArray(parsed)) return parsed.join(", ") || "–";
    return typeof parsed === "string" ? parsed : JSON.stringify(parsed);
  } catch {
    return value;
  }
}

/** Every write to the trial, field by field: for its own municipality's editors and the ministry. */
function Versions({ slug, id }: { slug: string; id: string }) {
  const { t, moment } = useI18n();
  const [{ data }] = useQuery({ query: forMember(TrialVersionsQuery, slug), variables: { id } });
  const versions = data?.trial?.versions;
  if (!versions) return null;
  return (
    <Section id="history" title={t("trial.history")}>
      {versions.nodes.length ? (
        <ol className="versions">
          {versions.nodes.map((v, i) => (
            <li key={i}>
              <strong>{moment(v.at)}</strong>: {t("trial.history.entry", { action: v.action, role: v.role })}{v.municipality && <> ({memberName(v.municipality)})</>}
              {v.changes.length > 0 && (
                <ul>{v.changes.map((c) => <li key={c.field}><code>{c.field}</code>: {shown(c.before)} → {shown(c.after)}</li>)}</ul>
              )}
            </li>
          ))}
        </ol>
      ) : <p>{t("trial.noHistory")}</p>}
    </Section>
  );
}
