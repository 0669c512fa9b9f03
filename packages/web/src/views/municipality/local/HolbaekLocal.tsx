import { useQuery } from "urql";
import { graphql } from "../../../gql/index.js";
import type { HolbaekLocalQuery } from "../../../gql/graphql.js";
import { DATA_LANG, useI18n, type MessageKey } from "../../../i18n/index.js";
import { Certainty, Facts, Items, LocalFrame, noneOf, Part, useKroner } from "./parts.js";
import type { LocalProps } from "./registry.js";
import { useAnswerError } from "../../../api/useAnswerError.js";

const HolbaekQuery = graphql(`
  query HolbaekLocal($slug: ID!) {
    municipality(slug: $slug) {
      __typename id
      ... on HolbaekMunicipality {
        meetings {
          id name body location start
          agendaItems {
            id number name type caseNumber description recommendation decision proposals questions
            amounts { id point proposal kroner purpose }
            treatments { id body timing when what certainty }
            events { id title description certainty host }
            presentations { id topic certainty presenter { id name role unit organisation } }
          }
        }
        termsOfReference {
          id title issuedOn periodFrom periodTo purpose idea background budget politicalBody administrativeBody
          contributions stakeholders seldomHeard
          focusAreas { id title question }
          exampleActivities { id role text }
          provisions { id section text when certainty }
        }
        activities {
          id title description purposes successes challenges lessons recommendations
          contacts { id name role unit organisation email phone }
        }
        report {
          id title summary reasons basis web
          recommendations { id number text }
          lessons { id number text }
          nextSteps { id number text }
          tips { id number text }
        }
      }
    }
  }
`);

type Holbaek = Extract<NonNullable<HolbaekLocalQuery["municipality"]>, { __typename?: "HolbaekMunicipality" }>;
type Meeting = NonNullable<Holbaek["meetings"]>[number];
type AgendaItem = Meeting["agendaItems"][number];
type Terms = NonNullable<Holbaek["termsOfReference"]>;
type Activity = NonNullable<Holbaek["activities"]>[number];
type Report = NonNullable<Holbaek["report"]>;
type Contact = Activity["contacts"][number];

/** Holbæk: the Demokratiekperimentarium's minutes, its kommissorium, its activities and its report. */
export function HolbaekLocal({ slug, title, missingShown }: LocalProps) {
  const { t } = useI18n();
  const [state] = useQuery({ query: HolbaekQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const holbaek = data?.municipality?.__typename === "HolbaekMunicipality" ? data.municipality : null;
  return (
    <LocalFrame title={title} error={error} fetching={fetching && !data} missingShown={missingShown} empty={noneOf(holbaek?.meetings, holbaek?.termsOfReference, holbaek?.activities, holbaek?.report)}>
      {holbaek?.meetings && (
        <Part title={t("holbaek.meetings")}>
          {holbaek.meetings.map((m) => <MeetingMinutes key={m.id} meeting={m} />)}
        </Part>
      )}
      {holbaek?.termsOfReference && <TermsOfReference terms={holbaek.termsOfReference} />}
      {holbaek?.activities && (
        <Part title={t("holbaek.activities")}>
          <ul className="local-cards">
            {holbaek.activities.map((a) => <li key={a.id}><ActivityCard activity={a} /></li>)}
          </ul>
        </Part>
      )}
      {holbaek?.report && <ReportPart report={holbaek.report} />}
    </LocalFrame>
  );
}

function MeetingMinutes({ meeting }: { meeting: Meeting }) {
  const { t, date } = useI18n();
  // `start` is local time as the minutes give it ("2015-03-24T17:00"): shown as written, not converted.
  const [day, time] = meeting.start.split("T");
  const when = time ? t("holbaek.at", { date: date(day), time: time.slice(0, 5) }) : date(day);
  const location = meeting.location ? <span lang={DATA_LANG}>{meeting.location}</span> : t("app.unknown");
  return (
    <article className="meeting">
      <h4 lang={DATA_LANG}>{meeting.name}</h4>
      <p className="meta"><span lang={DATA_LANG}>{meeting.body}</span> · {when} · {location}</p>
      <ol className="agenda" aria-label={t("holbaek.agenda")}>
        {meeting.agendaItems.map((item) => <li key={item.id}><AgendaItemEntry item={item} /></li>)}
      </ol>
    </article>
  );
}

function AgendaItemEntry({ item }: { item: AgendaItem }) {
  const { t } = useI18n();
  const kroner = useKroner();
  return (
    <article className="agenda-item">
      <h5>{t("holbaek.item", { number: item.number })} <span lang={DATA_LANG}>{item.name}</span></h5>
      <Facts facts={[
        [t("holbaek.type"), item.type],
        [t("holbaek.caseNumber"), item.caseNumber],
        [t("holbaek.recommendation"), item.recommendation],
      ]} />
      <div className="decision">
        <strong>{t("holbaek.decision")}:</strong> {item.decision ? <span className="lines" lang={DATA_LANG}>{item.decision}</span> : t("app.unknown")}
      </div>
      <details>
        <summary>{t("holbaek.caseDetails", { number: item.number })}</summary>
        {item.description && <p lang={DATA_LANG}>{item.description}</p>}
        <Items level={5} title={t("holbaek.questions")} items={item.questions} />
        <Items level={5} title={t("holbaek.proposals")} items={item.proposals} />
        {item.amounts.length > 0 && (
          <table>
            <caption>{t("holbaek.amounts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("holbaek.amount.proposal")}</th>
                <th scope="col">{t("holbaek.amount.point")}</th>
                <th scope="col">{t("holbaek.amount.purpose")}</th>
                <th scope="col" className="num">{t("holbaek.amount.kroner")}</th>
              </tr>
            </thead>
            <tbody>
              {item.amounts.map((a) => (
                <tr key={a.id}>
                  <td>{t(`holbaek.proposal.${a.proposal}` as MessageKey)}</td>
                  <td>{a.point}</td>
                  <td lang={DATA_LANG}>{a.purpose}</td>
                  <td className="num">{kroner(a.kroner)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Items level={5} title={t("holbaek.treatments")} items={item.treatments.map((tr) => (
          <>
            <span lang={DATA_LANG}><strong>{tr.body}</strong>, {tr.when}</span> ({t(`holbaek.timing.${tr.timing}` as MessageKey)}): <span lang={DATA_LANG}>{tr.what}</span> <Certainty value={tr.certainty} />
          </>
        ))} />
        <Items level={5} title={t("holbaek.events")} items={item.events.map((e) => (
          <>
            <span lang={DATA_LANG}><strong>{e.title}</strong>{e.host && <> ({e.host})</>}: {e.description}</span> <Certainty value={e.certainty} />
          </>
        ))} />
        <Items level={5} title={t("holbaek.presentations")} items={item.presentations.map((p) => (
          <>
            <span lang={DATA_LANG}>{contactLine(p.presenter) || t("app.unknown")}: {p.topic}</span> <Certainty value={p.certainty} />
          </>
        ))} />
      </details>
    </article>
  );
}

function TermsOfReference({ terms }: { terms: Terms }) {
  const { t, date } = useI18n();
  const initiator = terms.exampleActivities.filter((e) => e.role === "INITIATOR").map((e) => e.text);
  const inspirer = terms.exampleActivities.filter((e) => e.role === "INSPIRER").map((e) => e.text);
  return (
    <Part title={t("holbaek.termsOfReference")}>
      <p className="local-title" lang={DATA_LANG}>{terms.title}</p>
      <Facts facts={[
        [t("holbaek.issuedOn"), terms.issuedOn && date(terms.issuedOn), "ui"],
        [t("holbaek.period"), terms.periodFrom || terms.periodTo ? `${date(terms.periodFrom)}–${date(terms.periodTo)}` : null, "ui"],
        [t("holbaek.purpose"), terms.purpose],
        [t("holbaek.idea"), terms.idea],
        [t("holbaek.politicalBody"), terms.politicalBody],
        [t("holbaek.administrativeBody"), terms.administrativeBody],
        [t("holbaek.budget"), terms.budget],
      ]} />
      {terms.focusAreas.length > 0 && (
        <>
          <h4>{t("holbaek.focusAreas")}</h4>
          <ul lang={DATA_LANG}>{terms.focusAreas.map((f) => <li key={f.id}><strong>{f.title}:</strong> {f.question}</li>)}</ul>
        </>
      )}
      <Items title={t("holbaek.contributions")} items={terms.contributions} />
      <Items title={t("holbaek.stakeholders")} items={terms.stakeholders} />
      <Items title={t("holbaek.seldomHeard")} items={terms.seldomHeard} />
      <Items title={t("holbaek.examples.initiator")} items={initiator} />
      <Items title={t("holbaek.examples.inspirer")} items={inspirer} />
      {terms.background && (
        <details>
          <summary>{t("holbaek.background")}</summary>
          <p lang={DATA_LANG}>{terms.background}</p>
        </details>
      )}
      {terms.provisions.length > 0 && (
        <details>
          <summary>{t("holbaek.provisions")}</summary>
          <ul lang={DATA_LANG}>
            {terms.provisions.map((p) => (
              <li key={p.id}>
                <strong>{p.section}:</strong> {p.text}
                {p.when && <> ({p.when})</>} <Certainty value={p.certainty} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </Part>
  );
}

function ActivityCard({ activity: a }: { activity: Activity }) {
  const { t } = useI18n();
  return (
    <article className="card">
      <h4 lang={DATA_LANG}>{a.title}</h4>
      {a.description && <p lang={DATA_LANG}>{a.description}</p>}
      <Items level={5} title={t("holbaek.activity.purposes")} items={a.purposes} />
      <Items level={5} title={t("holbaek.activity.successes")} items={a.successes} />
      <Items level={5} title={t("holbaek.activity.challenges")} items={a.challenges} />
      <Items level={5} title={t("holbaek.activity.lessons")} items={a.lessons} />
      <Items level={5} title={t("holbaek.activity.recommendations")} items={a.recommendations} />
      <Items level={5} title={t("holbaek.contacts")} items={a.contacts.map((c) => <ContactEntry key={c.id} contact={c} />)} />
    </article>
  );
}

function ReportPart({ report: r }: { report: Report }) {
  const { t } = useI18n();
  const texts = (points: { number: number; text: string }[]) => [...points].sort((a, b) => a.number - b.number).map((p) => p.text);
  return (
    <Part title={<>{t("holbaek.report")} <span lang={DATA_LANG}>{r.title}</span></>}>
      <p lang={DATA_LANG}>{r.summary}</p>
      <Facts facts={[
        [t("holbaek.report.reasons"), r.reasons],
        [t("holbaek.report.basis"), r.basis],
        [t("holbaek.report.web"), r.web],
      ]} />
      <Items ordered title={t("holbaek.report.recommendations")} items={texts(r.recommendations)} />
      <Items ordered title={t("holbaek.report.lessons")} items={texts(r.lessons)} />
      <Items ordered title={t("holbaek.report.nextSteps")} items={texts(r.nextSteps)} />
      <Items ordered title={t("holbaek.report.tips")} items={texts(r.tips)} />
    </Part>
  );
}

const contactLine = (c: Pick<Contact, "name" | "role" | "unit" | "organisation">) => [c.name, c.role, c.unit, c.organisation].filter(Boolean).join(", ");

function ContactEntry({ contact: c }: { contact: Contact }) {
  return (
    <span lang={DATA_LANG}>
      {contactLine(c)}
      {c.email && <> · <a href={`mailto:${c.email}`}>{c.email}</a></>}
      {c.phone && <> · <a href={`tel:${c.phone.replace(/\s+/g, "")}`}>{c.phone}</a></>}
    </span>
  );
}
