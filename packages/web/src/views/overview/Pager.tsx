import { useI18n } from "../../i18n/index.js";

/**
 * First, previous and next page. A button that cannot be used now says so (aria-disabled)
 * but keeps the keyboard's focus, which a disabled button would drop when the last page is reached.
 */
export function Pager({ page, hasNext, busy, onFirst, onPrevious, onNext }: { page: number; hasNext: boolean; busy: boolean; onFirst(): void; onPrevious(): void; onNext(): void }) {
  const { t } = useI18n();
  const button = (label: string, enabled: boolean, go: () => void) => (
    <button type="button" className="secondary" aria-disabled={!enabled || busy || undefined} onClick={() => enabled && !busy && go()}>
      {label}
    </button>
  );
  return (
    <nav className="pager actions" aria-label={t("overview.pages")}>
      {button(t("overview.first"), page > 1, onFirst)}
      {button(t("overview.previous"), page > 1, onPrevious)}
      <span className="page-number">{t("overview.page", { page })}</span>
      {button(t("overview.next"), hasNext, onNext)}
    </nav>
  );
}
