import { useQuery } from "urql";
import { graphql } from "../../../gql/index.js";
import { DATA_LANG, useI18n } from "../../../i18n/index.js";
import { Facts, Items, LocalFrame, noneOf, Part } from "./parts.js";
import type { LocalProps } from "./registry.js";
import { useAnswerError } from "../../../api/useAnswerError.js";

const RingkobingSkjernQuery = graphql(`
  query RingkobingSkjernLocal($slug: ID!) {
    municipality(slug: $slug) {
      __typename id
      ... on RingkobingSkjernMunicipality {
        vision {
          id adoptedOn redThread politicalWishes crossCuttingPolicies sectorPolicyCount
          policy { id title }
          tracks { id title description partner startedOn durationYears }
        }
        motivation { id reason stage knownBarriers }
        cultureChange { id need openingUp examples learning ongoingProject rules principlesKept }
      }
    }
  }
`);

/** Ringkøbing-Skjern: the 2014 vision and its tracks, why it joins, and the culture change it asks. */
export function RingkobingSkjernLocal({ slug, title, missingShown }: LocalProps) {
  const { t, date } = useI18n();
  const [state] = useQuery({ query: RingkobingSkjernQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const r = data?.municipality?.__typename === "RingkobingSkjernMunicipality" ? data.municipality : null;
  const vision = r?.vision;
  const culture = r?.cultureChange;
  return (
    <LocalFrame title={title} error={error} fetching={fetching && !data} missingShown={missingShown} empty={noneOf(vision, r?.motivation, culture)}>
      {vision && (
        <Part title={t("vision.heading")}>
          {vision.policy && <p className="local-title" lang={DATA_LANG}>{vision.policy.title}</p>}
          <p className="meta">{t("municipality.adoptedOn", { on: date(vision.adoptedOn) })}</p>
          <p lang={DATA_LANG}>{vision.redThread}</p>
          <Items title={t("ringkobing.politicalWishes")} items={vision.politicalWishes} />
          <Facts facts={[
            [t("ringkobing.crossCutting"), vision.crossCuttingPolicies.join(", ")],
            [t("ringkobing.sectorPolicies"), String(vision.sectorPolicyCount), "ui"],
          ]} />
          {vision.tracks.length > 0 && (
            <>
              <h4>{t("ringkobing.tracks")}</h4>
              <ul className="local-cards">
                {vision.tracks.map((track) => (
                  <li key={track.id} className="card">
                    <h5 lang={DATA_LANG}>{track.title}</h5>
                    <p lang={DATA_LANG}>{track.description}</p>
                    <Facts facts={[
                      [t("ringkobing.startedOn"), track.startedOn && date(track.startedOn), "ui"],
                      [t("ringkobing.duration"), track.durationYears != null ? t("ringkobing.years", { count: track.durationYears }) : null, "ui"],
                      [t("ringkobing.partner"), track.partner],
                    ]} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </Part>
      )}
      {r?.motivation && (
        <Part title={t("ringkobing.motivation")}>
          <Facts facts={[
            [t("ringkobing.reason"), r.motivation.reason],
            [t("ringkobing.stage"), r.motivation.stage],
            [t("ringkobing.knownBarriers"), r.motivation.knownBarriers],
          ]} />
        </Part>
      )}
      {culture && (
        <Part title={t("ringkobing.cultureChange")}>
          <p lang={DATA_LANG}>{culture.need}</p>
          <p lang={DATA_LANG}>{culture.openingUp}</p>
          <Items title={t("ringkobing.examples")} items={culture.examples} />
          <Facts facts={[
            [t("ringkobing.learning"), culture.learning],
            [t("ringkobing.ongoingProject"), culture.ongoingProject],
            [t("ringkobing.rules"), culture.rules],
          ]} />
          <Items title={t("ringkobing.principlesKept")} items={culture.principlesKept} />
        </Part>
      )}
    </LocalFrame>
  );
}
