import { Page } from "../../components/Page.js";

export function TrialView({ id }: { slug: string; id: string }) {
  return <Page title={id} />;
}
