import { useState, type FormEvent } from "react";
import { useI18n, today, type MessageKey } from "../../i18n/index.js";
import { TextField, FormStatus } from "../../components/Fields.js";
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

/** A button that opens a form, and the form; closing it gives the focus back to the button. */
function useDisclosure() {
  const [open, setOpen] = useState(false);
  return { open, toggle: () => setOpen(!open), close: () => setOpen(false) };
}

export function AddMilestoneForm({ slug, trialId }: { slug: string; trialId: string }) {
  const { t } = useI18n();
  const form = useDisclosure();
  const write = useWrite(AddMilestone, slug);
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checks(t);
    const done = await write.run(
      { trialId, input: { title: title.trim(), dueOn: orNull(dueOn) } },
      { "input.title": check.length(title, 3, 200), "input.dueOn": check.partialDate(dueOn) },
    );
    if (done) {
      setTitle("");
      setDueOn("");
    }
  };
  return (
    <div>
      <button type="button" className="secondary" aria-expanded={form.open} onClick={form.toggle}>{t("trial.addMilestone")}</button>
      {form.open && (
        <form className="editor" aria-label={t("trial.addMilestone")} onSubmit={(e) => void submit(e)} noValidate>
          <TextField label={t("form.title")} value={title} onChange={setTitle} error={write.errors["input.title"]} required />
          <TextField label={t("form.dueOn")} hint={t("form.dateHint")} value={dueOn} onChange={setDueOn} error={write.errors["input.dueOn"]} />
          <div className="actions">
            <button type="submit" disabled={write.fetching}>{write.fetching ? t("form.saving") : t("trial.addMilestone")}</button>
          </div>
          <FormStatus error={unplaced(write.errors, ["input.title", "input.dueOn"])} saved={write.saved} savedText={t("form.saved")} />
        </form>
      )}
    </div>
  );
}

export function CompleteMilestoneForm({ slug, milestone }: { slug: string; milestone: { id: string; title: string } }) {
  const { t } = useI18n();
  const form = useDisclosure();
  const write = useWrite(CompleteMilestone, slug);
  const [completedOn, setCompletedOn] = useState(today());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checks(t);
    if (await write.run({ id: milestone.id, completedOn: completedOn.trim() }, { completedOn: check.length(completedOn, 4, 10) ?? check.partialDate(completedOn) })) form.close();
  };
  return (
    <div className="inline-editor">
      <button type="button" className="secondary" aria-expanded={form.open} onClick={form.toggle} aria-label={`${t("trial.complete")}: ${milestone.title}`}>
        {t("trial.complete")}
      </button>
      {form.open && (
        <form className="editor" aria-label={`${t("trial.complete")}: ${milestone.title}`} onSubmit={(e) => void submit(e)} noValidate>
          <TextField label={t("trial.completeOn")} hint={t("form.dateHint")} value={completedOn} onChange={setCompletedOn} error={write.errors["completedOn"]} required />
          <div className="actions"><button type="submit" disabled={write.fetching}>{t("form.save")}</button></div>
          <FormStatus error={unplaced(write.errors, ["completedOn"])} savedText={t("form.saved")} />
        </form>
      )}
    </div>
  );
}

/** An evaluation answers every dimension of the network's template. */
export function RecordEvaluationForm({ slug, trialId, dimensions }: { slug: string; trialId: string; dimensions: { code: string; title: string; question: string }[] }) {
  const { t } = useI18n();
  const form = useDisclosure();
  const write = useWrite(RecordEvaluation, slug);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [recordedOn, setRecordedOn] = useState(today());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checks(t);
    const own: Record<string, string | null> = { "input.recordedOn": check.partialDate(recordedOn) };
    for (const d of dimensions) own[`input.answers.${d.code}`] = check.length(answers[d.code] ?? "", 1, 4000);
    const done = await write.run(
      { trialId, input: { recordedOn: orNull(recordedOn), answers: dimensions.map((d) => ({ dimension: d.code, answer: (answers[d.code] ?? "").trim() })) } },
      own,
    );
    if (done) {
      setAnswers({});
      form.close();
    }
  };
  const shown = ["input.recordedOn", ...dimensions.map((d) => `input.answers.${d.code}`)];
  return (
    <div>
      <button type="button" className="secondary" aria-expanded={form.open} onClick={form.toggle}>{t("trial.recordEvaluation")}</button>
      {form.open && (
        <form className="editor" aria-label={t("trial.recordEvaluation")} onSubmit={(e) => void submit(e)} noValidate>
          {dimensions.map((d) => (
            <TextField key={d.code} label={d.title} hint={d.question} multiline required value={answers[d.code] ?? ""} onChange={(v) => setAnswers({ ...answers, [d.code]: v })} error={write.errors[`input.answers.${d.code}`]} />
          ))}
          <TextField label={t("form.recordedOn")} hint={t("form.dateHint")} value={recordedOn} onChange={setRecordedOn} error={write.errors["input.recordedOn"]} />
          <div className="actions"><button type="submit" disabled={write.fetching}>{t("trial.recordEvaluation")}</button></div>
          <FormStatus error={unplaced(write.errors, shown)} saved={write.saved} savedText={t("form.saved")} />
        </form>
      )}
    </div>
  );
}
