import { useI18n } from "../../i18n/index.js";
import { members } from "../../api/members.js";
import { SelectField } from "../../components/Fields.js";
import { STATUSES, type Filters } from "./filters.js";
import type { TrialStatus } from "../../gql/graphql.js";

/** The table's filters; each choice applies at once (the table changes, the page stays). */
export function FilterFields({ filters, exemptions, onChange }: { filters: Filters; exemptions: { code: string; title: string }[]; onChange(filters: Filters): void }) {
  const { t } = useI18n();
  const all = { value: "", label: t("overview.all") };
  // A code from a link stays choosable while the exemptions are still on their way (or missing).
  const codes = filters.exemption && !exemptions.some((e) => e.code === filters.exemption) ? [...exemptions, { code: filters.exemption, title: "" }] : exemptions;
  return (
    <fieldset className="filters overview-filters">
      <legend>{t("overview.filters")}</legend>
      <SelectField
        label={t("overview.member")}
        name="kommune"
        value={filters.member ?? ""}
        onChange={(member) => onChange({ ...filters, member: member || null })}
        options={[all, ...members.map((m) => ({ value: m.slug, label: m.name }))]}
      />
      <SelectField
        label={t("overview.status")}
        name="status"
        value={filters.status ?? ""}
        onChange={(status) => onChange({ ...filters, status: (status || null) as TrialStatus | null })}
        options={[all, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <SelectField
        label={t("overview.exemption")}
        name="fritagelse"
        value={filters.exemption ?? ""}
        onChange={(exemption) => onChange({ ...filters, exemption: exemption || null })}
        options={[all, ...codes.map((e) => ({ value: e.code, label: e.title ? `${e.code}) ${e.title}` : e.code }))]}
      />
    </fieldset>
  );
}
