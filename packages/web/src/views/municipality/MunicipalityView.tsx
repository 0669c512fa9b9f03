import { memberName } from "../../api/members.js";
import { Page } from "../../components/Page.js";

export function MunicipalityView({ slug }: { slug: string }) {
  return <Page title={memberName(slug)} />;
}
