import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.js";
import { useI18n, type Translate } from "../../i18n/index.js";
import { useWrite } from "../../api/writes.js";
import { checks, orNull } from "../../components/checks.js";
import { CheckboxGroup, SelectField, TextField } from "../../components/Fields.js";
import { navigate, paths } from "../../app/router.js";
import { EditorForm } from "../../components/EditorForm.js";
import { useFields } from "../../components/useFields.js";
import type { Done } from "../../components/Disclosure.js";

const Exemptions = graphql(`
  query MunicipalityExemptions {
    exemptions { id code title }
  }
`);

// Written for Holbæk; useWrite renames it for the member (createAssensTrial, …).
const CreateTrial = graphql(`
  mutation MunicipalityCreateTrial($input: CreateTrialInput!) {
    trial: createHolbaekTrial(input: $input) { id title }
  }
`);

type Values = { title: string; purpose: string; validFrom: string; validTo: string; ownerCouncilId: string };

const SHOWN = ["input.title", "input.purpose", "input.exemptionCodes", "input.validFrom", "input.validTo", "input.ownerCouncilId"];

/** The same bounds as the API's, keyed like its fields. */
function trialChecks(t: Translate, v: Values) {
  const check = checks(t);
  return {
    "input.title": check.length(v.title, 3, 200),
    "input.purpose": check.length(v.purpose, 1, 4000),
    "input.validFrom": check.partialDate(v.validFrom),
    "input.validTo": check.partialDate(v.validTo),
  };
}

/** A new trial (an idea, to begin with) of this member; once created, its own page opens. */
export function CreateTrialForm({ slug, councils, done }: { slug: string; councils: { id: string; name: string }[]; done: Done }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: Exemptions });
  const { values, set } = useFields<Values>({ title: "", purpose: "", validFrom: "", validTo: "", ownerCouncilId: "" });
  const [codes, setCodes] = useState<string[]>([]);
  const write = useWrite(CreateTrial, slug);
  const { errors } = write;
  const save = async () => {
    const input = {
      title: values.title.trim(),
      purpose: values.purpose.trim(),
      exemptionCodes: codes,
      validFrom: orNull(values.validFrom),
      validTo: orNull(values.validTo),
      ownerCouncilId: values.ownerCouncilId || null,
    };
    const created = await write.run({ input }, trialChecks(t, values));
    if (!created) return false;
    // The trial's page takes over (and the focus, as after any navigation); this form goes with the view.
    navigate(paths.trial(slug, created.trial.id));
    window.scrollTo(0, 0);
    return true;
  };
  const exemptions = (data?.exemptions ?? []).map((e) => ({ value: e.code, label: `${e.code}) ${e.title}` }));
  const owners = [{ value: "", label: t("municipality.form.noOwner") }, ...councils.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <EditorForm label={t("municipality.newTrial")} errors={errors} shown={exemptions.length ? SHOWN : SHOWN.filter((f) => f !== "input.exemptionCodes")} fetching={write.fetching} submitLabel={t("form.create")} onSubmit={save} onCancel={() => done(false)}>
      <TextField label={t("form.title")} name="title" required value={values.title} onChange={set("title")} error={errors["input.title"]} />
      <TextField label={t("form.purpose")} name="purpose" required multiline value={values.purpose} onChange={set("purpose")} error={errors["input.purpose"]} />
      {exemptions.length > 0 && <CheckboxGroup legend={t("form.exemptions")} options={exemptions} selected={codes} onChange={setCodes} error={errors["input.exemptionCodes"]} />}
      <div className="field-pair">
        <TextField label={t("form.validFrom")} name="validFrom" value={values.validFrom} onChange={set("validFrom")} error={errors["input.validFrom"]} hint={t("form.dateHint")} />
        <TextField label={t("form.validTo")} name="validTo" value={values.validTo} onChange={set("validTo")} error={errors["input.validTo"]} hint={t("form.dateHint")} />
      </div>
      <SelectField label={t("municipality.form.owner")} name="ownerCouncilId" value={values.ownerCouncilId} onChange={set("ownerCouncilId")} options={owners} error={errors["input.ownerCouncilId"]} />
    </EditorForm>
  );
}
