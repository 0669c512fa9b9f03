import { useQuery } from "urql";
import { graphql } from "../../../gql/index.js";
import { DATA_LANG, useI18n } from "../../../i18n/index.js";
import { Certainty, Facts, Items, LocalFrame, noneOf, Part } from "./parts.js";
import type { LocalProps } from "./registry.js";
import { useAnswerError } from "../../../api/useAnswerError.js";

const NordfynQuery = graphql(`
  query NordfynLocal($slug: ID!) {
    municipality(slug: $slug) {
      __typename id
      ... on NordfynMunicipality {
        vision { id title process effectGoals dependsOn }
        activeCitizenshipPolicy { id ambition platform sharedResponsibility freeMunicipalityRole certainty policy { id title } }
        localCouncils { id count role certainty council { id name } }
        innovationAcademy { id name partner purpose participants givesCredit outcome measuredBy findings currentFocus startedOn }
        volunteering { id tradition contributors significance whyActiveCitizenship }
      }
    }
  }
`);

/** Nordfyn: its vision, the policy for active citizenship it wants, and what it builds on. */
export function NordfynLocal({ slug, title, missingShown }: LocalProps) {
  const { t, date } = useI18n();
  const [state] = useQuery({ query: NordfynQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const n = data?.municipality?.__typename === "NordfynMunicipality" ? data.municipality : null;
  const policy = n?.activeCitizenshipPolicy;
  const academy = n?.innovationAcademy;
  return (
    <LocalFrame title={title} error={error} fetching={fetching && !data} missingShown={missingShown} empty={noneOf(n?.vision, policy, n?.localCouncils, academy, n?.volunteering)}>
      {n?.vision && (
        <Part title={t("vision.heading")}>
          <p className="local-title" lang={DATA_LANG}>{n.vision.title}</p>
          {n.vision.process && <p lang={DATA_LANG}>{n.vision.process}</p>}
          <Items title={t("nordfyn.effectGoals")} items={n.vision.effectGoals} />
          {n.vision.dependsOn && <p lang={DATA_LANG}>{n.vision.dependsOn}</p>}
        </Part>
      )}
      {policy && (
        <Part title={policy.policy ? <span lang={DATA_LANG}>{policy.policy.title}</span> : t("nordfyn.activeCitizenshipPolicy")}>
          <p className="meta">{t("nordfyn.policyStatus")} <Certainty value={policy.certainty} /></p>
          <Facts facts={[
            [t("nordfyn.ambition"), policy.ambition],
            [t("nordfyn.platform"), policy.platform],
            [t("nordfyn.sharedResponsibility"), policy.sharedResponsibility],
            [t("nordfyn.freeMunicipalityRole"), policy.freeMunicipalityRole],
          ]} />
        </Part>
      )}
      {n?.localCouncils && (
        <Part title={t("nordfyn.localCouncils")}>
          <p className="meta">
            {n.localCouncils.council ? <span lang={DATA_LANG}>{n.localCouncils.council.name}</span> : t("app.unknown")}
            {n.localCouncils.count != null && <> · {t("municipality.count", { count: n.localCouncils.count })}</>}{" "}
            <Certainty value={n.localCouncils.certainty} />
          </p>
          {n.localCouncils.role ? <p lang={DATA_LANG}>{n.localCouncils.role}</p> : <p>{t("app.unknown")}</p>}
        </Part>
      )}
      {academy && (
        <Part title={<span lang={DATA_LANG}>{academy.name}</span>}>
          <p lang={DATA_LANG}>{academy.purpose}</p>
          <Facts facts={[
            [t("nordfyn.partner"), academy.partner],
            [t("nordfyn.participants"), academy.participants.join(", ")],
            [t("nordfyn.givesCredit"), academy.givesCredit ? t("nordfyn.yes") : t("nordfyn.no"), "ui"],
            [t("nordfyn.startedOn"), academy.startedOn && date(academy.startedOn), "ui"],
            [t("nordfyn.outcome"), academy.outcome],
            [t("nordfyn.measuredBy"), academy.measuredBy],
            [t("nordfyn.currentFocus"), academy.currentFocus],
          ]} />
          <Items title={t("nordfyn.findings")} items={academy.findings} />
        </Part>
      )}
      {n?.volunteering && (
        <Part title={t("nordfyn.volunteering")}>
          <p lang={DATA_LANG}>{n.volunteering.tradition}</p>
          <Facts facts={[[t("nordfyn.contributors"), n.volunteering.contributors.join(", ")]]} />
          <p lang={DATA_LANG}>{n.volunteering.significance}</p>
          <p lang={DATA_LANG}>{n.volunteering.whyActiveCitizenship}</p>
        </Part>
      )}
    </LocalFrame>
  );
}
