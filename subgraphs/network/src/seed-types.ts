/** ISO 8601 date at the precision the documents give: "2016", "2016-04" or "2016-01-15". */
export type PartialDate = string;

export type ExemptionDecision = "PROPOSED" | "APPLIED" | "GRANTED" | "REFUSED" | "NO_LEGAL_BASIS";

export interface NetworkSeed {
  name: string;
  theme: string;
  purpose: string;
  periodFrom: number;
  periodTo: number;
  /** Date of the minister's invitation the application answers. */
  invitedOn: PartialDate | null;
  coordinator: {
    /** What the role is, as the ministry describes it. */
    role: string;
    name: string | null;
    municipalitySlug: string | null;
  };
  ministryContacts: { name: string; title: string; office: string; ministry: string }[];
  followUpResearch: string | null;
}

export interface MemberSeed {
  slug: string;
  /** A condition on membership stated in the application, if any. */
  membershipCondition: string | null;
  conditionDecidedOn: PartialDate | null;
}

export interface ExemptionSeed {
  code: "A" | "B" | "C" | "D";
  title: string;
  description: string;
  legalArea: string;
  decision: ExemptionDecision;
  decidedOn: PartialDate | null;
  decisionNote: string | null;
}

export interface ChallengeSeed {
  municipalitySlug: string;
  title: string;
  description: string;
}

export interface ThemeDaySeed {
  key: string;
  title: string;
  heldOn: PartialDate | null;
  description: string;
  invited: string[];
  challenges: ChallengeSeed[];
}

export type GroupKind =
  | "POLITICAL_ANCHORING"
  | "STEERING_GROUP"
  | "NETWORK_GROUP"
  | "COORDINATION_GROUP"
  | "POLITICAL_REFERENCE_GROUP"
  | "ADMINISTRATIVE_REFERENCE_GROUP";

export interface GroupMemberSeed {
  municipalitySlug: string | null;
  role: string;
  name: string | null;
}

export interface GroupSeed {
  key: string;
  name: string;
  kind: GroupKind;
  mandate: string;
  reportsTo: string | null;
  /** The person responsible (netværksansvarlig) where the group has one. */
  responsible: string | null;
  optional: boolean;
  members: GroupMemberSeed[];
}

export type EvaluationDimensionCode =
  | "EFFECTS"
  | "LEGAL_CERTAINTY"
  | "ECONOMIC_CONSEQUENCES"
  | "ADMINISTRATIVE_CONSEQUENCES";

export interface EvaluationTemplateSeed {
  name: string;
  description: string;
  processSupport: string | null;
  dimensions: { code: EvaluationDimensionCode; title: string; question: string }[];
}
