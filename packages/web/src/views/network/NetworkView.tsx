import { useQuery } from "urql";
import { useAnswerError } from "../../api/useAnswerError.js";
import { graphql } from "../../gql/index.js";
import { useI18n, type MessageKey } from "../../i18n/index.js";
import { Page, Section } from "../../components/Page.js";
import { Link, paths } from "../../app/router.js";

const NetworkQuery = graphql(`
  query NetworkPage {
    network {
      id name theme purpose periodFrom periodTo invitedBy invitedOn
      coordinator { name role municipality { slug name } }
      members {
        id slug name membershipCondition conditionDecisionBy conditionDecisionScheduledOn conditionCertainty
        trialSummary { total }
      }
      themeDayPlan { id purpose content perYear certainty agendaSetBy { id name } }
      evaluationPlan { id template { id name description processSupport dimensions { id code title question } } }
    }
    exemptions {
      id code title legalArea description decision decidedOn decisionNote networkRequest
      legalFinding { id finding foundBy foundOn statedIntention }
    }
    themeDays { id title heldOn description invited }
    challenges { id title description municipality { slug name } themeDay { id title heldOn } }
    groups { id name kind mandate composition responsible responsibleRole reportsTo optional certainty }
  }
`);

/** Netværket: the members and what they have in common. */
export function NetworkView() {
  const { t, date } = useI18n();
  const [state] = useQuery({ query: NetworkQuery });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const network = data?.network;
  return (
    <Page title={network?.name ?? t("network.heading")} error={error} fetching={fetching && !data}>
      {network && (
        <div className="lead">
          <p className="theme">{network.theme}</p>
          <p>{network.purpose}</p>
          <p>{t("network.period", { from: network.periodFrom, to: network.periodTo })}{network.invitedBy && <> · {t("network.invited", { by: network.invitedBy, on: date(network.invitedOn) })}</>}</p>
          <p>{t("network.coordinator")}: {network.coordinator.name ?? t("app.unknown")}, {network.coordinator.role}{network.coordinator.municipality && <> ({network.coordinator.municipality.name})</>}</p>
        </div>
      )}

      {network && (
        <Section id="members" title={t("network.members")}>
          <ul className="cards">
            {network.members.map((m) => (
              <li key={m.slug} className="card">
                <h3><Link to={paths.municipality(m.slug)}>{m.name}</Link></h3>
                {m.trialSummary && <p>{t("municipality.trials")}: {m.trialSummary.total}</p>}
                {m.membershipCondition && (
                  <p>
                    <strong>{t("municipality.condition")}:</strong> {m.membershipCondition}
                    {m.conditionDecisionScheduledOn && <> {t("municipality.condition.scheduled", { by: m.conditionDecisionBy ?? t("app.unknown"), on: date(m.conditionDecisionScheduledOn) })}</>}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {data?.exemptions && (
        <Section id="exemptions" title={t("network.exemptions")}>
          {data.exemptions.map((e) => (
            <article key={e.code} className="card exemption">
              <h3>{e.code}) {e.title}</h3>
              <dl>
                <dt>{t("network.exemption.legalArea")}</dt><dd>{e.legalArea}</dd>
                <dt>{t("network.exemption.decision")}</dt>
                <dd><span className={`badge badge-${e.decision.toLowerCase()}`}>{t(`decision.${e.decision}` as MessageKey)}</span>{e.decidedOn && <> · {t("network.exemption.decidedOn")} {date(e.decidedOn)}</>}{e.decisionNote && <> · {e.decisionNote}</>}</dd>
                <dt>{t("network.exemption.request")}</dt><dd>{e.networkRequest ?? t("app.unknown")}</dd>
                {e.legalFinding && (
                  <>
                    <dt>{t("network.exemption.finding")}</dt>
                    <dd>{e.legalFinding.finding} <span className="meta">({t("network.exemption.foundBy", { by: e.legalFinding.foundBy, on: date(e.legalFinding.foundOn) })})</span></dd>
                  </>
                )}
              </dl>
              <p>{e.description}</p>
            </article>
          ))}
        </Section>
      )}

      {network && (
        <Section id="theme-days" title={t("network.themeDays")}>
          <h3>{t("network.themeDayPlan")}</h3>
          <p>{network.themeDayPlan.purpose}</p>
          <p>{network.themeDayPlan.content}</p>
          <p>
            {t("network.themeDayPlan.perYear", { count: network.themeDayPlan.perYear })} ({t(`certainty.${network.themeDayPlan.certainty}` as MessageKey)})
            {network.themeDayPlan.agendaSetBy && <> · {t("network.themeDayPlan.agendaSetBy", { group: network.themeDayPlan.agendaSetBy.name })}</>}
          </p>
          <h3>{t("network.scheduledDays")}</h3>
          {data?.themeDays.length ? (
            <ul>{data.themeDays.map((d) => <li key={d.id}><strong>{d.title}</strong> ({date(d.heldOn)}) – {d.description}</li>)}</ul>
          ) : (
            <p>{t("network.noDays")}</p>
          )}
          <h3>{t("network.challenges")}</h3>
          <ul className="challenges">
            {data?.challenges.map((c) => (
              <li key={c.id}>
                <strong>{c.title}</strong> ({c.municipality.name}) – {c.description}{" "}
                <span className="meta">{c.themeDay ? t("network.challenge.day", { day: `${c.themeDay.title} (${date(c.themeDay.heldOn)})` }) : t("network.challenge.noDay")}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {data?.groups && (
        <Section id="groups" title={t("network.groups")}>
          <ul className="cards">
            {data.groups.map((g) => (
              <li key={g.id} className="card">
                <h3>{g.name}</h3>
                <p>{g.mandate}</p>
                {g.composition && <p><strong>{t("network.group.composition")}:</strong> {g.composition}</p>}
                {(g.responsible || g.responsibleRole) && <p>{t("network.group.responsible", { who: [g.responsible, g.responsibleRole].filter(Boolean).join(", ") })}</p>}
                {g.reportsTo && <p>{t("network.group.reportsTo", { to: g.reportsTo })}</p>}
                <p className="meta">{t(`certainty.${g.certainty}` as MessageKey)}{g.optional && <> · {t("network.group.optional")}</>}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {network && (
        <Section id="template" title={t("network.template")}>
          <h3>{network.evaluationPlan.template.name}</h3>
          <p>{network.evaluationPlan.template.description}</p>
          <ol>
            {network.evaluationPlan.template.dimensions.map((d) => <li key={d.code}><strong>{d.title}</strong>: {d.question}</li>)}
          </ol>
          {network.evaluationPlan.template.processSupport && <p><strong>{t("network.template.process")}:</strong> {network.evaluationPlan.template.processSupport}</p>}
        </Section>
      )}
    </Page>
  );
}
