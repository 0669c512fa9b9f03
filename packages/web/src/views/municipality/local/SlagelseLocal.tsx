import { useQuery } from "urql";
import { graphql } from "../../../gql/index.js";
import type { SlagelseLocalQuery } from "../../../gql/graphql.js";
import { DATA_LANG, useI18n, type MessageKey } from "../../../i18n/index.js";
import { Link, paths } from "../../../app/router.js";
import { Certainty, Facts, Items, LocalFrame, noneOf, Part, useKroner } from "./parts.js";
import type { LocalProps } from "./registry.js";
import { useAnswerError } from "../../../api/useAnswerError.js";

const SlagelseQuery = graphql(`
  query SlagelseLocal($slug: ID!) {
    municipality(slug: $slug) {
      __typename id
      ... on SlagelseMunicipality {
        citizenBudgets {
          id title description aims amountDkk area certainty stage
          ownerCouncil { id name }
          trial { id title }
        }
        citizenDrivenInnovation { id description purposes activities areas }
        dialogueMeetings { id purpose participants plannedBy perYearMin perYearMax council { id name } }
        ruralFocus { id focus lokalraadDialogue citizensInterest momentum }
        settlementStrategy { id description themes themeRationale preparedOn policy { id title } }
        stormoede { id participants idea followUp heldOn vision { id title } }
      }
    }
  }
`);

type Slagelse = Extract<NonNullable<SlagelseLocalQuery["municipality"]>, { __typename?: "SlagelseMunicipality" }>;
type Budget = NonNullable<Slagelse["citizenBudgets"]>[number];

/** The stages the schema names (a plain string there); any other is shown as given. */
const STAGES = ["TRIED", "PLANNED"];

/** Slagelse: its citizen-run budgets, and the rural work they grow from. */
export function SlagelseLocal({ slug, title, missingShown }: LocalProps) {
  const { t, date } = useI18n();
  const [state] = useQuery({ query: SlagelseQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const s = data?.municipality?.__typename === "SlagelseMunicipality" ? data.municipality : null;
  return (
    <LocalFrame title={title} error={error} fetching={fetching && !data} missingShown={missingShown} empty={noneOf(s?.citizenBudgets, s?.citizenDrivenInnovation, s?.dialogueMeetings, s?.ruralFocus, s?.settlementStrategy, s?.stormoede)}>
      {s?.citizenBudgets && (
        <Part title={t("slagelse.citizenBudgets")}>
          <ul className="local-cards">
            {s.citizenBudgets.map((b) => <li key={b.id}><BudgetCard slug={slug} budget={b} /></li>)}
          </ul>
        </Part>
      )}
      {s?.citizenDrivenInnovation && (
        <Part title={t("slagelse.innovation")}>
          <p lang={DATA_LANG}>{s.citizenDrivenInnovation.description}</p>
          <Items title={t("slagelse.purposes")} items={s.citizenDrivenInnovation.purposes} />
          <Items title={t("slagelse.activities")} items={s.citizenDrivenInnovation.activities} />
          <Facts facts={[[t("slagelse.areas"), s.citizenDrivenInnovation.areas]]} />
        </Part>
      )}
      {s?.dialogueMeetings && (
        <Part title={t("slagelse.dialogueMeetings")}>
          <p lang={DATA_LANG}>{s.dialogueMeetings.purpose}</p>
          <Facts facts={[
            [t("slagelse.perYear"), t("slagelse.perYearRange", { min: s.dialogueMeetings.perYearMin, max: s.dialogueMeetings.perYearMax }), "ui"],
            [t("slagelse.participants"), s.dialogueMeetings.participants.join(", ")],
            [t("slagelse.plannedBy"), s.dialogueMeetings.plannedBy.join(", ")],
          ]} />
        </Part>
      )}
      {s?.ruralFocus && (
        <Part title={t("slagelse.ruralFocus")}>
          <p lang={DATA_LANG}>{s.ruralFocus.focus}</p>
          <p lang={DATA_LANG}>{s.ruralFocus.lokalraadDialogue}</p>
          <p lang={DATA_LANG}>{s.ruralFocus.citizensInterest} {s.ruralFocus.momentum}</p>
        </Part>
      )}
      {s?.settlementStrategy && (
        <Part title={s.settlementStrategy.policy ? <span lang={DATA_LANG}>{s.settlementStrategy.policy.title}</span> : t("slagelse.settlementStrategy")}>
          <p lang={DATA_LANG}>{s.settlementStrategy.description}</p>
          <Facts facts={[
            [t("slagelse.preparedOn"), s.settlementStrategy.preparedOn && date(s.settlementStrategy.preparedOn), "ui"],
            [t("slagelse.themes"), s.settlementStrategy.themes.join(", ")],
          ]} />
          <p lang={DATA_LANG}>{s.settlementStrategy.themeRationale}</p>
        </Part>
      )}
      {s?.stormoede && (
        <Part title={t("slagelse.stormoede")}>
          <Facts facts={[
            [t("slagelse.heldOn"), s.stormoede.heldOn && date(s.stormoede.heldOn), "ui"],
            [t("slagelse.participants"), s.stormoede.participants],
            [t("slagelse.idea"), s.stormoede.idea],
            [t("slagelse.vision"), s.stormoede.vision?.title],
          ]} />
          <p lang={DATA_LANG}>{s.stormoede.followUp}</p>
        </Part>
      )}
    </LocalFrame>
  );
}

function BudgetCard({ slug, budget: b }: { slug: string; budget: Budget }) {
  const { t } = useI18n();
  const kroner = useKroner();
  return (
    <article className="card citizen-budget">
      <h4 lang={DATA_LANG}>{b.title}</h4>
      <p className="meta">{STAGES.includes(b.stage) ? t(`slagelse.stage.${b.stage}` as MessageKey) : b.stage} <Certainty value={b.certainty} /></p>
      <p lang={DATA_LANG}>{b.description}</p>
      <Items level={5} title={t("slagelse.aims")} items={b.aims} />
      <Facts facts={[
        [t("slagelse.budget"), kroner(b.amountDkk), "ui"],
        [t("slagelse.area"), b.area],
        [t("slagelse.owner"), b.ownerCouncil?.name],
        [t("slagelse.trial"), b.trial ? <Link to={paths.trial(slug, b.trial.id)} lang={DATA_LANG}>{b.trial.title}</Link> : t("app.none"), "ui"],
      ]} />
    </article>
  );
}
