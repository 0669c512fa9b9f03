import type { Translate } from "../i18n/index.js";

/** The form's own checks, the same bounds the API keeps, so most mistakes are told in the reader's language. */
export const checks = (t: Translate) => ({
  length: (value: string, min: number, max: number) => {
    const length = value.trim().length;
    if (min > 0 && length === 0) return t("form.required");
    return length < min || length > max ? t("form.length", { min, max }) : null;
  },
  partialDate: (value: string) => (value.trim() === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim()) ? null : t("form.date")),
});

/** "" → null, for optional inputs. */
export const orNull = (value: string) => (value.trim() === "" ? null : value.trim());
