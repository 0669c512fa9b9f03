import { useState } from "react";
import { useI18n, today, type MessageKey } from "../../i18n/index.js";
import { TextField, FormStatus } from "../../components/Fields.js";
import { closeWhenSaved, Disclosure, type Done } from "../../components/Disclosure.js";
import { EditorForm } from "../../components/EditorForm.js";
import { useFields } from "../../components/useFields.js";
import { checks, orNull } from "../../components/checks.js";
import { unplaced, useWrite } from "../../api/writes.js";
import type { TrialStatus } from "../../gql/graphql.js";
import { NEXT_STATUSES } from "./lifecycle.js";
import { AddMilestone, CompleteMilestone, RecordEvaluation, SetTrialStatus } from "./operations.js";

/** The moves of the life cycle open from the trial's status, each one button; a note goes with it. */
export function StatusMoves({ slug, id, status }: { slug: string; id: string; status: TrialStatus }) {
  const { t } = useI18n();
  const write = useWrite(SetTrialStatus, slug);
  const [note, setNote] = useState("");
  const next = NEXT_STATUSES[status];
  if (!next.length) return null;
  const move = async (to: TrialStatus) => {
    if (await write.run({ id, status: to, note: orNull(note) }, { note: checks(t).length(note, 0, 2000) })) setNote("");
  };
  return (
    <div className="editor status-moves">
      <TextField label={t("trial.statusNote")} value={note} onChange={setNote} error={write.errors["note"]} />
      <div className="actions">
        {next.map((to) => (
          <button key={to} type="button" disabled={write.fetching} onClick={() => void move(to)}>
            {t("trial.moveTo", { status: t(`status.${to}` as MessageKey) })}
          </button>
        ))}
      </div>
      <FormStatus error={unplaced(write.errors, ["note"])} saved={write.saved} savedText={t("form.saved")} />
    </div>
  );
}

export function AddMilestoneForm({ slug, trialId }: { slug: string; trialId: string }) {
  const { t } = useI18n();
  return (
    <Disclosure label={t("trial.addMilestone")} savedText={t("form.saved")}>
      {(done) => <MilestoneFields slug={slug} trialId={trialId} done={done} />}
    </Disclosure>
  );
}

function MilestoneFields({ slug, trialId, done }: { slug: string; trialId: string; done: Done }) {
  const { t } = useI18n();
  const { values, set } = useFields({ title: "", dueOn: "" });
  const write = useWrite(AddMilestone, slug);
  const save = () => {
    const check = checks(t);
    const input = { title: values.title.trim(), dueOn: orNull(values.dueOn) };
    return closeWhenSaved(done, write.run({ trialId, input }, { "input.title": check.length(values.title, 3, 200), "input.dueOn": check.partialDate(values.dueOn) }));
  };
  return (
    <EditorForm label={t("trial.addMilestone")} errors={write.errors} shown={["input.title", "input.dueOn"]} fetching={write.fetching} submitLabel={t("trial.addMilestone")} onSubmit={save} onCancel={() => done(false)}>
      <TextField label={t("form.title")} value={values.title} onChange={set("title")} error={write.errors["input.title"]} required />
      <TextField label={t("form.dueOn")} hint={t("form.dateHint")} value={values.dueOn} onChange={set("dueOn")} error={write.errors["input.dueOn"]} />
    </EditorForm>
  );
}

export function CompleteMilestoneForm({ slug, milestone }: { slug: string; milestone: { id: string; title: string } }) {
  const { t } = useI18n();
  const label = `${t("trial.complete")}: ${milestone.title}`;
  return (
    <div className="inline-editor">
      <Disclosure label={t("trial.complete")} name={label} savedText={t("form.saved")}>
        {(done) => <CompletionFields slug={slug} id={milestone.id} label={label} done={done} />}
      </Disclosure>
    </div>
  );
}

function CompletionFields({ slug, id, label, done }: { slug: string; id: string; label: string; done: Done }) {
  const { t } = useI18n();
  const { values, set } = useFields({ completedOn: today() });
  const write = useWrite(CompleteMilestone, slug);
  const save = () => {
    const check = checks(t);
    return closeWhenSaved(done, write.run({ id, completedOn: values.completedOn.trim() }, { completedOn: check.length(values.completedOn, 4, 10) ?? check.partialDate(values.completedOn) }));
  };
  return (
    <EditorForm label={label} errors={write.errors} shown={["completedOn"]} fetching={write.fetching} submitLabel={t("form.save")} onSubmit={save} onCancel={() => done(false)}>
      <TextField label={t("trial.completeOn")} hint={t("form.dateHint")} value={values.completedOn} onChange={set("completedOn")} error={write.errors["completedOn"]} required />
    </EditorForm>
  );
}

type Dimension = { code: string; title: string; question: string };

/** An evaluation answers every dimension of the network's template. */
export function RecordEvaluationForm({ slug, trialId, dimensions }: { slug: string; trialId: string; dimensions: Dimension[] }) {
  const { t } = useI18n();
  return (
    <Disclosure label={t("trial.recordEvaluation")} savedText={t("form.saved")}>
      {(done) => <EvaluationFields slug={slug} trialId={trialId} dimensions={dimensions} done={done} />}
    </Disclosure>
  );
}

function EvaluationFields({ slug, trialId, dimensions, done }: { slug: string; trialId: string; dimensions: Dimension[]; done: Done }) {
  const { t } = useI18n();
  const { values, set } = useFields<Record<string, string>>({ recordedOn: today(), ...Object.fromEntries(dimensions.map((d) => [d.code, ""])) });
  const write = useWrite(RecordEvaluation, slug);
  const answerField = (code: string) => `input.answers.${code}`;
  const save = () => {
    const check = checks(t);
    const own: Record<string, string | null> = { "input.recordedOn": check.partialDate(values.recordedOn ?? "") };
    for (const d of dimensions) own[answerField(d.code)] = check.length(values[d.code] ?? "", 1, 4000);
    const input = { recordedOn: orNull(values.recordedOn ?? ""), answers: dimensions.map((d) => ({ dimension: d.code, answer: (values[d.code] ?? "").trim() })) };
    return closeWhenSaved(done, write.run({ trialId, input }, own));
  };
  return (
    <EditorForm label={t("trial.recordEvaluation")} errors={write.errors} shown={["input.recordedOn", ...dimensions.map((d) => answerField(d.code))]} fetching={write.fetching} submitLabel={t("trial.recordEvaluation")} onSubmit={save} onCancel={() => done(false)}>
      {dimensions.map((d) => (
        <TextField key={d.code} label={d.title} hint={d.question} multiline required value={values[d.code] ?? ""} onChange={set(d.code)} error={write.errors[answerField(d.code)]} />
      ))}
      <TextField label={t("form.recordedOn")} hint={t("form.dateHint")} value={values.recordedOn ?? ""} onChange={set("recordedOn")} error={write.errors["input.recordedOn"]} />
    </EditorForm>
  );
}
