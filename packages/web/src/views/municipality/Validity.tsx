import { useI18n } from "../../i18n/index.js";

/** When something applies, at the data's own precision; nothing when the data gives neither end. */
export function Validity({ from, to }: { from: string | null; to: string | null }) {
  const { t, date } = useI18n();
  if (!from && !to) return null;
  return <p className="meta">{t("municipality.valid", { from: date(from), to: date(to) })}</p>;
}
