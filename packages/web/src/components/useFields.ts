import { useState } from "react";

/** A form's text values by name, and a setter per field for TextField's onChange. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = (name: keyof T) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { values, set };
}
