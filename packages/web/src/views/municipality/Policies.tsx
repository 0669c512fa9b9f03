import { DATA_LANG, useI18n, type MessageKey } from "../../i18n/index.js";
import { Section } from "../../components/Page.js";
import { Disclosure } from "../../components/Disclosure.js";
import { AdoptPolicyForm, EditPolicyForm, type Policy } from "./PolicyForm.js";

/** The member's visions, policies and strategies; an editor of the member may adopt and change them. */
export function Policies({ slug, policies, editable }: { slug: string; policies: Policy[]; editable: boolean }) {
  const { t } = useI18n();
  return (
    <Section id="policies" title={t("municipality.policies")}>
      {editable && (
        <Disclosure label={t("municipality.newPolicy")} savedText={t("form.saved")}>
          {(done) => <AdoptPolicyForm slug={slug} done={done} />}
        </Disclosure>
      )}
      {policies.length === 0 && <p>{t("municipality.noPolicies")}</p>}
      <ul className="municipality-policies">
        {policies.map((p) => (
          <li key={p.id} className="card">
            <h3 lang={DATA_LANG}>{p.title}</h3>
            <p className="meta">
              {t(`policy.${p.kind}` as MessageKey)}
              <Adopted on={p.adoptedOn} by={p.adoptedBy} />
            </p>
            {p.summary && <p lang={DATA_LANG}>{p.summary}</p>}
            {p.goals.length > 0 && (
              <>
                <h4>{t("municipality.goals")}</h4>
                <ul lang={DATA_LANG}>{p.goals.map((g, i) => <li key={i}>{g}</li>)}</ul>
              </>
            )}
            {editable && (
              <Disclosure label={t("municipality.edit")} name={t("municipality.editPolicy", { name: p.title })} savedText={t("form.saved")}>
                {(done) => <EditPolicyForm slug={slug} policy={p} done={done} />}
              </Disclosure>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** When and by whom, as far as the data says; nothing when it says neither. */
function Adopted({ on, by }: { on: string | null; by: string | null }) {
  const { t, date } = useI18n();
  if (on && by) return <> · {t("municipality.adopted", { on: date(on), by })}</>;
  if (on) return <> · {t("municipality.adoptedOn", { on: date(on) })}</>;
  if (by) return <> · {t("municipality.adoptedBy", { by })}</>;
  return null;
}
