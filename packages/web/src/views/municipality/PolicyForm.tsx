import { graphql } from "../../gql/index.js";
import type { PolicyKind } from "../../gql/graphql.js";
import { useI18n, type Translate } from "../../i18n/index.js";
import { useWrite, type FieldErrors } from "../../api/writes.js";
import { checks, orNull } from "../../components/checks.js";
import { SelectField, TextField } from "../../components/Fields.js";
import { EditorForm } from "../../components/EditorForm.js";
import { POLICY_KINDS, kindOptions } from "./kinds.js";
import { useFields } from "../../components/useFields.js";
import { closeWhenSaved, type Done } from "../../components/Disclosure.js";

// Written for Holbæk; useWrite renames them for the member (adoptAssensPolicy, …).
const AdoptPolicy = graphql(`
  mutation MunicipalityAdoptPolicy($input: PolicyInput!) {
    policy: adoptHolbaekPolicy(input: $input) { id title }
  }
`);

const UpdatePolicy = graphql(`
  mutation MunicipalityUpdatePolicy($id: ID!, $input: UpdatePolicyInput!) {
    policy: updateHolbaekPolicy(id: $id, input: $input) { id title kind summary goals adoptedOn adoptedBy }
  }
`);

export interface Policy {
  id: string;
  title: string;
  kind: PolicyKind;
  summary: string | null;
  goals: string[];
  adoptedOn: string | null;
  adoptedBy: string | null;
}

type Values = { title: string; kind: string; summary: string; goals: string; adoptedOn: string; adoptedBy: string };

const MAX_GOALS = 50;
const goalLines = (goals: string) => goals.split("\n").map((g) => g.trim()).filter(Boolean);

/** The API names a goal by its place ("input.goals.3"); the goals field shows them all. */
const goalsError = (errors: FieldErrors) =>
  Object.entries(errors).filter(([field]) => field === "input.goals" || field.startsWith("input.goals.")).map(([, message]) => message).join(" ") || undefined;
const shown = (errors: FieldErrors) => ["input.title", "input.kind", "input.summary", "input.adoptedOn", "input.adoptedBy", ...Object.keys(errors).filter((f) => f.startsWith("input.goals"))];

/** The same bounds as the API's, keyed like its fields. */
function policyChecks(t: Translate, v: Values) {
  const check = checks(t);
  const goals = goalLines(v.goals);
  return {
    "input.title": check.length(v.title, 2, 200),
    "input.summary": check.length(v.summary, 0, 4000),
    "input.goals": goals.length > MAX_GOALS ? t("municipality.form.goalsMany", { max: MAX_GOALS }) : goals.some((g) => g.length > 500) ? t("municipality.form.goalLength", { max: 500 }) : null,
    "input.adoptedOn": check.partialDate(v.adoptedOn),
    "input.adoptedBy": check.length(v.adoptedBy, 0, 200),
  };
}

/** Empty optional fields are sent as null: on an update that clears them. */
const policyInput = (v: Values) => ({
  title: v.title.trim(),
  kind: v.kind as PolicyKind,
  summary: orNull(v.summary),
  goals: goalLines(v.goals),
  adoptedOn: orNull(v.adoptedOn),
  adoptedBy: orNull(v.adoptedBy),
});

export function AdoptPolicyForm({ slug, done }: { slug: string; done: Done }) {
  const { t } = useI18n();
  const fields = useFields<Values>({ title: "", kind: POLICY_KINDS[0]!, summary: "", goals: "", adoptedOn: "", adoptedBy: "" });
  const write = useWrite(AdoptPolicy, slug);
  const save = () => closeWhenSaved(done, write.run({ input: policyInput(fields.values) }, policyChecks(t, fields.values)));
  return <PolicyFields label={t("municipality.newPolicy")} submitLabel={t("form.create")} fields={fields} errors={write.errors} fetching={write.fetching} onSubmit={save} onCancel={() => done(false)} />;
}

export function EditPolicyForm({ slug, policy, done }: { slug: string; policy: Policy; done: Done }) {
  const { t } = useI18n();
  const fields = useFields<Values>({
    title: policy.title,
    kind: policy.kind,
    summary: policy.summary ?? "",
    goals: policy.goals.join("\n"),
    adoptedOn: policy.adoptedOn ?? "",
    adoptedBy: policy.adoptedBy ?? "",
  });
  const write = useWrite(UpdatePolicy, slug);
  const save = () => closeWhenSaved(done, write.run({ id: policy.id, input: policyInput(fields.values) }, policyChecks(t, fields.values)));
  return <PolicyFields label={t("municipality.editPolicy", { name: policy.title })} submitLabel={t("form.save")} fields={fields} errors={write.errors} fetching={write.fetching} onSubmit={save} onCancel={() => done(false)} />;
}

function PolicyFields({ label, submitLabel, fields: { values, set }, errors, fetching, onSubmit, onCancel }: {
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
    <EditorForm label={label} errors={errors} shown={shown(errors)} fetching={fetching} submitLabel={submitLabel} onSubmit={onSubmit} onCancel={onCancel}>
      <TextField label={t("form.title")} name="title" required value={values.title} onChange={set("title")} error={errors["input.title"]} />
      <SelectField label={t("form.kind")} name="kind" value={values.kind} onChange={set("kind")} options={kindOptions(t, "policy", POLICY_KINDS)} error={errors["input.kind"]} />
      <TextField label={t("form.summary")} name="summary" multiline value={values.summary} onChange={set("summary")} error={errors["input.summary"]} />
      <TextField label={t("form.goals")} name="goals" multiline value={values.goals} onChange={set("goals")} error={goalsError(errors)} />
      <div className="field-pair">
        <TextField label={t("form.adoptedOn")} name="adoptedOn" value={values.adoptedOn} onChange={set("adoptedOn")} error={errors["input.adoptedOn"]} hint={t("form.dateHint")} />
        <TextField label={t("form.adoptedBy")} name="adoptedBy" value={values.adoptedBy} onChange={set("adoptedBy")} error={errors["input.adoptedBy"]} />
      </div>
    </EditorForm>
  );
}
