import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useI18n } from "../i18n/index.js";
import { FormStatus } from "./Fields.js";
import { unplaced, type FieldErrors } from "../api/writes.js";

/**
 * The frame every editing form shares: its fields, the errors none of them shows, and
 * Save/Cancel. When a save is refused, the focus goes to the first field that says why.
 */
export function EditorForm({ label, errors, shown, fetching, submitLabel, onSubmit, onCancel, children }: {
  label: string;
  errors: FieldErrors;
  /** The fields (e.g. "input.title") that show their own errors. */
  shown: string[];
  fetching: boolean;
  submitLabel: string;
  /** Resolves to whether the save succeeded. */
  onSubmit(): Promise<boolean>;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  // Counts refused saves: after each, once its errors are rendered, the focus goes to the first.
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused) form.current?.querySelector<HTMLElement>("[aria-invalid='true'], fieldset[aria-describedby] input")?.focus();
  }, [refused]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    if (!(await onSubmit())) setRefused((n) => n + 1);
  };
  return (
    <form ref={form} className="editor" aria-label={label} noValidate onSubmit={(event) => void submit(event)}>
      {children}
      <FormStatus error={unplaced(errors, shown)} savedText={t("form.saved")} />
      <div className="actions">
        <button type="submit">{fetching ? t("form.saving") : submitLabel}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
