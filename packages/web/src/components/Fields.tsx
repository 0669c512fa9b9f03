import { useId, type ChangeEvent, type ReactNode } from "react";

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The message for this field, from the form's own checks or the API's `extensions.field`. */
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  type?: "text" | "number" | "date";
  name?: string;
}

/** A labelled input with its hint and its error beside it, tied together for assistive technology. */
export function TextField({ label, value, onChange, error, hint, multiline, required, type = "text", name }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    value,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

export function SelectField({ label, value, onChange, error, options, name }: Omit<FieldProps, "multiline" | "type"> & { options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

/** A group of checkboxes with one legend and one error. */
export function CheckboxGroup({ legend, options, selected, onChange, error }: { legend: string; options: { value: string; label: ReactNode }[]; selected: string[]; onChange(values: string[]): void; error?: string | undefined }) {
  const id = useId();
  return (
    <fieldset className={`field${error ? " field-invalid" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </fieldset>
  );
}

/** A form's errors that name no field, and its state, announced. */
export function FormStatus({ error, saved, savedText }: { error?: string | undefined; saved?: boolean; savedText: string }) {
  if (error) return <p className="field-error" role="alert">{error}</p>;
  if (saved) return <p role="status" className="saved">{savedText}</p>;
  return null;
}
