import { DATA_LANG, useI18n, type MessageKey } from "../../i18n/index.js";
import { Section } from "../../components/Page.js";
import { Link, paths } from "../../app/router.js";
import { Disclosure } from "../../components/Disclosure.js";
import { CreateTrialForm } from "./TrialForm.js";

export interface TrialRow {
  id: string;
  title: string;
  status: string;
  validFrom: string | null;
}

/** The member's trials, each linked to its own page; an editor of the member may start a new one. */
export function Trials({ slug, name, trials, total, councils, editable }: {
  slug: string;
  name: string;
  trials: TrialRow[];
  total: number;
  councils: { id: string; name: string }[];
  editable: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <Section id="trials" title={t("municipality.trials")}>
      {editable && (
        <Disclosure label={t("municipality.newTrial")} savedText={t("form.saved")}>
          {(done) => <CreateTrialForm slug={slug} councils={councils} done={done} />}
        </Disclosure>
      )}
      {trials.length === 0 ? (
        <p>{t("municipality.noTrials")}</p>
      ) : (
        <table className="municipality-trials">
          <caption>
            {trials.length < total ? t("municipality.trialsShown", { name, shown: trials.length, total }) : t("municipality.trialsCaption", { name, total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("municipality.col.title")}</th>
              <th scope="col">{t("municipality.col.status")}</th>
              <th scope="col">{t("municipality.col.validFrom")}</th>
            </tr>
          </thead>
          <tbody>
            {trials.map((trial) => (
              <tr key={trial.id}>
                <td lang={DATA_LANG}><Link to={paths.trial(slug, trial.id)}>{trial.title}</Link></td>
                <td>{t(`status.${trial.status}` as MessageKey)}</td>
                <td>{date(trial.validFrom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
