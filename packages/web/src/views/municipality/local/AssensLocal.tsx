import { useQuery } from "urql";
import { graphql } from "../../../gql/index.js";
import { DATA_LANG, useI18n } from "../../../i18n/index.js";
import { Link, paths } from "../../../app/router.js";
import { Certainty, Facts, Items, LocalFrame, noneOf, Part } from "./parts.js";
import type { LocalProps } from "./registry.js";
import { useAnswerError } from "../../../api/useAnswerError.js";

const AssensQuery = graphql(`
  query AssensLocal($slug: ID!) {
    municipality(slug: $slug) {
      __typename id
      ... on AssensMunicipality {
        prerequisites { id buildsOn currentPractice }
        medborgerraad { id role coverage composition council { id name } }
        trialArenas { id name description certainty examples council { id name } trial { id title } }
        annualDialogue { id frequency participants topics council { id name } }
      }
    }
  }
`);

/** Assens: what its part builds on, the Medborgerråd, the arenas for new trials and the yearly dialogue. */
export function AssensLocal({ slug, title, missingShown }: LocalProps) {
  const { t } = useI18n();
  const [state] = useQuery({ query: AssensQuery, variables: { slug } });
  const { data, fetching } = state;
  const error = useAnswerError(state);
  const a = data?.municipality?.__typename === "AssensMunicipality" ? data.municipality : null;
  return (
    <LocalFrame title={title} error={error} fetching={fetching && !data} missingShown={missingShown} empty={noneOf(a?.prerequisites, a?.medborgerraad, a?.trialArenas, a?.annualDialogue)}>
      {a?.prerequisites && (
        <Part title={t("assens.prerequisites")}>
          <p lang={DATA_LANG}>{a.prerequisites.currentPractice}</p>
          <Items title={t("assens.buildsOn")} items={a.prerequisites.buildsOn} />
        </Part>
      )}
      {a?.medborgerraad && (
        <Part title={a.medborgerraad.council ? <span lang={DATA_LANG}>{a.medborgerraad.council.name}</span> : t("assens.medborgerraad")}>
          <p lang={DATA_LANG}>{a.medborgerraad.role}</p>
          <Facts facts={[[t("assens.coverage"), a.medborgerraad.coverage]]} />
          <Items title={t("assens.composition")} items={a.medborgerraad.composition} />
        </Part>
      )}
      {a?.trialArenas && a.trialArenas.length > 0 && (
        <Part title={t("assens.trialArenas")}>
          <ul className="local-cards">
            {a.trialArenas.map((arena) => (
              <li key={arena.id} className="card">
                <h4 lang={DATA_LANG}>{arena.name}</h4>
                <p className="meta"><Certainty value={arena.certainty} /></p>
                <p lang={DATA_LANG}>{arena.description}</p>
                <Items level={5} title={t("assens.examples")} items={arena.examples} />
                {arena.trial && <p>{t("assens.trial")}: <Link to={paths.trial(slug, arena.trial.id)} lang={DATA_LANG}>{arena.trial.title}</Link></p>}
              </li>
            ))}
          </ul>
        </Part>
      )}
      {a?.annualDialogue && (
        <Part title={t("assens.annualDialogue")}>
          <Facts facts={[
            [t("assens.frequency"), a.annualDialogue.frequency],
            [t("assens.participants"), a.annualDialogue.participants.join(", ")],
          ]} />
          <Items title={t("assens.topics")} items={a.annualDialogue.topics} />
        </Part>
      )}
    </LocalFrame>
  );
}
