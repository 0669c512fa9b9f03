import { useQuery } from "urql";
import { graphql } from "../../gql/index.js";
import { DATA_LANG, useI18n, type MessageKey } from "../../i18n/index.js";
import { usePermissions } from "../../auth/index.js";
import { memberName } from "../../api/members.js";
import { missingSubgraphs } from "../../api/errors.js";
import { Page } from "../../components/Page.js";
import { Councils } from "./Councils.js";
import { Policies } from "./Policies.js";
import { Trials } from "./Trials.js";
import { LocalPart } from "./local/registry.js";
import { useAnswerError } from "../../api/useAnswerError.js";
import "./municipality.css";

const MunicipalityQuery = graphql(`
  query MunicipalityPage($slug: ID!) {
    municipality(slug: $slug) {
      id slug name
      membershipCondition conditionDecisionBy conditionDecisionScheduledOn conditionCertainty
      councils { id name kind count description validFrom validTo }
      policies { id title kind summary goals adoptedOn adoptedBy }
      trials(first: 100) { totalCount nodes { id title status validFrom } }
    }
  }
`);

/**
 * Kommune: one member's councils, policies and trials, and what is its own. The lists come from
 * the member's subgraph; when it does not answer, the page keeps what the network gave (the name).
 */
export function MunicipalityView({ slug }: { slug: string }) {
  const { editMember } = usePermissions();
  const [state] = useQuery({ query: MunicipalityQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const m = data?.municipality;
  const editable = editMember(slug);
  const name = m?.name ?? memberName(slug);
  return (
    <Page title={name} error={error} fetching={fetching && !data} lead={m && <Condition municipality={m} />}>
      <div className="municipality-view">
        {m?.councils && <Councils slug={slug} councils={m.councils} editable={editable} />}
        {m?.policies && <Policies slug={slug} policies={m.policies} editable={editable} />}
        {m?.trials && <Trials slug={slug} name={name} trials={m.trials.nodes} total={m.trials.totalCount} councils={m.councils ?? []} editable={editable} />}
        {data && <LocalPart slug={slug} name={name} missingShown={missingSubgraphs(error).includes(slug)} />}
      </div>
    </Page>
  );
}

/** The condition the member's membership rests on, and the decision it waits for, where there is one. */
function Condition({ municipality: m }: { municipality: { membershipCondition: string | null; conditionDecisionBy: string | null; conditionDecisionScheduledOn: string | null; conditionCertainty: string | null } }) {
  const { t, date } = useI18n();
  if (!m.membershipCondition) return null;
  return (
    <div className="lead municipality-condition">
      <p><strong>{t("municipality.condition")}:</strong> <span lang={DATA_LANG}>{m.membershipCondition}</span></p>
      {(m.conditionDecisionScheduledOn || m.conditionDecisionBy) && (
        <p className="meta">
          {t("municipality.condition.scheduled", { by: m.conditionDecisionBy ?? t("app.unknown"), on: date(m.conditionDecisionScheduledOn) })}
          {/* "Planlagt til" says SCHEDULED already; any other certainty is added. */}
          {m.conditionCertainty && m.conditionCertainty !== "SCHEDULED" && <> ({t(`certainty.${m.conditionCertainty}` as MessageKey)})</>}
        </p>
      )}
    </div>
  );
}
