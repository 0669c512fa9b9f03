import type { CouncilKind, PolicyKind } from "../../gql/graphql.js";
import type { MessageKey, Translate } from "../../i18n/index.js";

// Records over the schema's enums, so a kind added to the API fails the type check until it is offered here.
const councilKinds: Record<CouncilKind, true> = {
  BYRAAD: true, FORUM: true, LOKALFORUM: true, LOKALRAAD: true, MEDBORGERRAAD: true, PARAGRAF_17_STK_4_UDVALG: true, PROJEKTUDVALG: true, STAAENDE_UDVALG: true,
};
const policyKinds: Record<PolicyKind, true> = { POLITIK: true, PRINCIPPER: true, PROGRAM: true, STRATEGI: true, VISION: true };

export const COUNCIL_KINDS = Object.keys(councilKinds) as CouncilKind[];
export const POLICY_KINDS = Object.keys(policyKinds) as PolicyKind[];

/** The kinds as a select's options, labelled in the reader's language. */
export const kindOptions = (t: Translate, prefix: "council" | "policy", kinds: readonly string[]) =>
  kinds.map((kind) => ({ value: kind, label: t(`${prefix}.${kind}` as MessageKey) }));
