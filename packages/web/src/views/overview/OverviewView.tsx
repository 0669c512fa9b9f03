import { useI18n } from "../../i18n/index.js";
import { Page } from "../../components/Page.js";

export function OverviewView() {
  const { t } = useI18n();
  return <Page title={t("overview.heading")} />;
}
