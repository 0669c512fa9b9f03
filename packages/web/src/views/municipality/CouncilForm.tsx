import { graphql } from "../../gql/index.js";
import type { CouncilKind } from "../../gql/graphql.js";
import { useI18n, type Translate } from "../../i18n/index.js";
import { useWrite, type FieldErrors } from "../../api/writes.js";
import { checks, orNull } from "../../components/checks.js";
import { SelectField, TextField } from "../../components/Fields.js";
import { EditorForm } from "../../components/EditorForm.js";
import { COUNCIL_KINDS, kindOptions } from "./kinds.js";
import { useFields } from "../../components/useFields.js";
import { closeWhenSaved, type Done } from "../../components/Disclosure.js";

// Written for Holbæk; useWrite renames them for the member (createAssensCouncil, …).
const CreateCouncil = graphql(`
  mutation MunicipalityCreateCouncil($input: CouncilInput!) {
    council: createHolbaekCouncil(input: $input) { id name }
  }
`);

const UpdateCouncil = graphql(`
  mutation MunicipalityUpdateCouncil($id: ID!, $input: UpdateCouncilInput!) {
    council: updateHolbaekCouncil(id: $id, input: $input) { id name kind count description validFrom validTo }
  }
`);

export interface Council {
  id: string;
  name: string;
  kind: CouncilKind;
  count: number | null;
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
}

type Values = { name: string; kind: string; count: string; description: string; validFrom: string; validTo: string };

const SHOWN = ["input.name", "input.kind", "input.count", "input.description", "input.validFrom", "input.validTo"];

/** The same bounds as the API's, keyed like its fields. */
function councilChecks(t: Translate, v: Values) {
  const check = checks(t);
  return {
    "input.name": check.length(v.name, 2, 200),
    "input.count": v.count.trim() === "" || /^[1-9]\d*$/.test(v.count.trim()) ? null : t("municipality.form.count"),
    "input.description": check.length(v.description, 0, 4000),
    "input.validFrom": check.partialDate(v.validFrom),
    "input.validTo": check.partialDate(v.validTo),
  };
}

/** Empty optional fields are sent as null: on an update that clears them. */
const councilInput = (v: Values) => ({
  name: v.name.trim(),
  kind: v.kind as CouncilKind,
  count: v.count.trim() === "" ? null : Number(v.count.trim()),
  description: orNull(v.description),
  validFrom: orNull(v.validFrom),
  validTo: orNull(v.validTo),
});

export function CreateCouncilForm({ slug, done }: { slug: string; done: Done }) {
  const { t } = useI18n();
  const fields = useFields<Values>({ name: "", kind: COUNCIL_KINDS[0]!, count: "", description: "", validFrom: "", validTo: "" });
  const write = useWrite(CreateCouncil, slug);
  const save = () => closeWhenSaved(done, write.run({ input: councilInput(fields.values) }, councilChecks(t, fields.values)));
  return <CouncilFields label={t("municipality.newCouncil")} submitLabel={t("form.create")} fields={fields} errors={write.errors} fetching={write.fetching} onSubmit={save} onCancel={() => done(false)} />;
}

export function EditCouncilForm({ slug, council, done }: { slug: string; council: Council; done: Done }) {
  const { t } = useI18n();
  const fields = useFields<Values>({
    name: council.name,
    kind: council.kind,
    count: council.count == null ? "" : String(council.count),
    description: council.description ?? "",
    validFrom: council.validFrom ?? "",
    validTo: council.validTo ?? "",
  });
  const write = useWrite(UpdateCouncil, slug);
  const save = () => closeWhenSaved(done, write.run({ id: council.id, input: councilInput(fields.values) }, councilChecks(t, fields.values)));
  return <CouncilFields label={t("municipality.editCouncil", { name: council.name })} submitLabel={t("form.save")} fields={fields} errors={write.errors} fetching={write.fetching} onSubmit={save} onCancel={() => done(false)} />;
}

function CouncilFields({ label, submitLabel, fields: { values, set }, errors, fetching, onSubmit, onCancel }: {
  label: string;
  submitLabel: string;
  fields: ReturnType<typeof useFields<Values>>;
  errors: FieldErrors;
  fetching: boolean;
  onSubmit(): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <EditorForm label={label} errors={errors} shown={SHOWN} fetching={fetching} submitLabel={submitLabel} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label={t("form.name")} name="name" required value={values.name} onChange={set("name")} error={errors["input.name"]} />
      <SelectField label={t("form.kind")} name="kind" value={values.kind} onChange={set("kind")} options={kindOptions(t, "council", COUNCIL_KINDS)} error={errors["input.kind"]} />
      <TextField label={t("form.count")} name="count" type="number" value={values.count} onChange={set("count")} error={errors["input.count"]} hint={t("municipality.form.countHint")} />
      <TextField label={t("form.description")} name="description" multiline value={values.description} onChange={set("description")} error={errors["input.description"]} />
      <div className="field-pair">
        <TextField label={t("form.validFrom")} name="validFrom" value={values.validFrom} onChange={set("validFrom")} error={errors["input.validFrom"]} hint={t("form.dateHint")} />
        <TextField label={t("form.validTo")} name="validTo" value={values.validTo} onChange={set("validTo")} error={errors["input.validTo"]} hint={t("form.dateHint")} />
      </div>
    </EditorForm>
  );
}
