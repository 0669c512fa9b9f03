import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/** What a form inside a disclosure calls when it is done: saved or cancelled. */
export type Done = (saved: boolean) => void;

/** Closes the form's disclosure once `saving` has saved; resolves to whether it did, as EditorForm's onSubmit wants. */
export async function closeWhenSaved(done: Done, saving: Promise<unknown>): Promise<boolean> {
  const saved = Boolean(await saving);
  if (saved) done(true);
  return saved;
}

/**
 * A button that opens a form beneath it (aria-expanded, aria-controls). Opening moves the focus
 * into the form; closing it (Cancel, Escape or a save) brings the focus back to the button, and a
 * save is announced beside it, since the form that could have said so is gone.
 */
export function Disclosure({ label, name, savedText, children }: { label: string; name?: string; savedText: string; children: (done: Done) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const panel = useId();
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (open) region.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    else if (returning.current) button.current?.focus();
    returning.current = false;
  }, [open]);
  const done: Done = (wasSaved) => {
    returning.current = true;
    setSaved(wasSaved);
    setOpen(false);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    done(false);
  };
  return (
    <div className={`disclosure${open ? " disclosure-open" : ""}`}>
      <div className="actions">
        <button
          ref={button}
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={panel}
          aria-label={name}
          onClick={() => {
            setSaved(false);
            setOpen(!open);
          }}
        >
          {label}
        </button>
        <span role="status" className="saved">{saved ? savedText : ""}</span>
      </div>
      <div id={panel} ref={region} onKeyDown={escape} hidden={!open}>
        {open && children(done)}
      </div>
    </div>
  );
}
