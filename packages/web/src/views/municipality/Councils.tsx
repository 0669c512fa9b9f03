import { DATA_LANG, useI18n, type MessageKey } from "../../i18n/index.js";
import { Section } from "../../components/Page.js";
import { Disclosure } from "../../components/Disclosure.js";
import { CreateCouncilForm, EditCouncilForm, type Council } from "./CouncilForm.js";
import { Validity } from "./Validity.js";

/** The member's councils, forums and committees; an editor of the member may add and change them. */
export function Councils({ slug, councils, editable }: { slug: string; councils: Council[]; editable: boolean }) {
  const { t } = useI18n();
  return (
    <Section id="councils" title={t("municipality.councils")}>
      {editable && (
        <Disclosure label={t("municipality.newCouncil")} savedText={t("form.saved")}>
          {(done) => <CreateCouncilForm slug={slug} done={done} />}
        </Disclosure>
      )}
      {councils.length === 0 && <p>{t("municipality.noCouncils")}</p>}
      <ul className="cards municipality-councils">
        {councils.map((c) => (
          <li key={c.id} className="card">
            <h3 lang={DATA_LANG}>{c.name}</h3>
            <p className="meta">
              {t(`council.${c.kind}` as MessageKey)}
              {c.count != null && <> · {t("municipality.count", { count: c.count })}</>}
            </p>
            {c.description && <p lang={DATA_LANG}>{c.description}</p>}
            <Validity from={c.validFrom} to={c.validTo} />
            {editable && (
              <Disclosure label={t("municipality.edit")} name={t("municipality.editCouncil", { name: c.name })} savedText={t("form.saved")}>
                {(done) => <EditCouncilForm slug={slug} council={c} done={done} />}
              </Disclosure>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
