import type { Certainty, SourceSeed } from "@frikommune/municipality-kit";

/** ISO 8601 date at the precision the documents give: "2016", "2016-04" or "2016-01-15". */
export type PartialDate = string;

export type ExemptionDecision = "PROPOSED" | "APPLIED" | "GRANTED" | "REFUSED" | "NO_LEGAL_BASIS";

/** Every seeded fact says where the documents say it. */
interface Cited {
  sources: SourceSeed[];
}

export interface NetworkSeed extends Cited {
  name: string;
  theme: string;
  purpose: string;
  periodFrom: number;
  periodTo: number;
  /** Date of the minister's invitation the application answers. */
  invitedOn: PartialDate | null;
  invitedBy: string | null;
  coordinator: {
    /** What the role is, as the ministry describes it. */
    role: string;
    name: string | null;
    municipalitySlug: string | null;
  };
  followUpResearch: string | null;
}

/** A contact as the ministry's page lists it: only what the page gives. */
export interface ContactSeed extends Cited {
  name: string | null;
  title: string | null;
  office: string;
  organisation: string | null;
}

export interface MemberSeed extends Cited {
  slug: string;
  /** A condition on membership stated in the application, if any. */
  membershipCondition: string | null;
  /** When the decision the condition waits for is due, and who takes it. */
  conditionDecisionScheduledOn: PartialDate | null;
  conditionDecisionBy: string | null;
  conditionCertainty: Certainty | null;
}

export type LegalFindingKind = "NO_LEGAL_BASIS";

export interface LegalFindingSeed extends Cited {
  kind: LegalFindingKind;
  finding: string;
  foundBy: string;
  foundOn: PartialDate | null;
  statedIntention: string | null;
  intentionBy: string | null;
  intentionCertainty: Certainty | null;
}

export interface ExemptionSeed extends Cited {
  code: "A" | "B" | "C" | "D";
  title: string;
  description: string;
  legalArea: string;
  decision: ExemptionDecision;
  decidedOn: PartialDate | null;
  decisionNote: string | null;
  networkRequest: string | null;
  legalFinding: LegalFindingSeed | null;
}

/** A challenge a member states in its own section of the application; no theme day is named for it. */
export interface ChallengeSeed extends Cited {
  key: string;
  municipalitySlug: string;
  title: string;
  description: string;
}

export interface ThemeDayParticipantSeed extends Cited {
  who: string;
  role: string;
  certainty: Certainty;
}

export interface ThemeDayPlanSeed extends Cited {
  perYearMin: number;
  perYearMax: number;
  certainty: Certainty;
  purpose: string;
  content: string;
  /** The group that sets the days' agendas. */
  agendaGroupKey: string | null;
  participants: ThemeDayParticipantSeed[];
}

export type GroupKind =
  | "POLITICAL_ANCHORING"
  | "MAYORS_EXCHANGE"
  | "STEERING_GROUP"
  | "NETWORK_GROUP"
  | "COORDINATION_GROUP"
  | "POLITICAL_REFERENCE_GROUP"
  | "ADMINISTRATIVE_REFERENCE_GROUP";

export interface GroupMemberSeed extends Cited {
  municipalitySlug: string | null;
  role: string;
  name: string | null;
}

export interface GroupSeed extends Cited {
  key: string;
  name: string;
  kind: GroupKind;
  certainty: Certainty;
  mandate: string;
  /** Who sits in it, as the documents say it, where they do not name the seats. */
  composition: string | null;
  reportsTo: string | null;
  /** The person responsible (netværksansvarlig) where the group has one and the documents name them. */
  responsible: string | null;
  responsibleRole: string | null;
  /** Not decided by the network: possible, considered or suggested. */
  optional: boolean;
  suggestedBy: string | null;
  members: GroupMemberSeed[];
}

export type EvaluationDimensionCode =
  | "EFFECTS"
  | "LEGAL_CERTAINTY"
  | "ECONOMIC_CONSEQUENCES"
  | "ADMINISTRATIVE_CONSEQUENCES";

export interface EvaluationTemplateSeed extends Cited {
  name: string;
  description: string;
  processSupport: string | null;
  dimensions: ({ code: EvaluationDimensionCode; title: string; question: string } & Cited)[];
}

export interface EvaluationPlanSeed extends Cited {
  networkEvaluation: string;
  certainty: Certainty;
  finalReport: string;
  finalReportDue: string;
  trialEvaluations: string;
  whyPerTrial: string;
}

export type RuleKind = "REQUIREMENT" | "NOT_REQUIRED" | "EXPECTATION" | "SUGGESTION" | "SUPPORT" | "BACKGROUND";

export interface MinistryRuleSeed extends Cited {
  key: string;
  kind: RuleKind;
  /** The heading of the ministry's page it stands under. */
  topic: string;
  title: string;
  statement: string;
  reason: string | null;
}

export type NetworkTopic =
  | "BACKGROUND"
  | "THEME_REASON"
  | "AIM"
  | "BARRIER"
  | "APPROACH"
  | "PLAN"
  | "CITIZEN_INVOLVEMENT"
  | "FOLLOW_UP_RESEARCH";

export interface NetworkStatementSeed extends Cited {
  key: string;
  topic: NetworkTopic;
  /** The application's section heading. */
  heading: string;
  title: string;
  text: string;
  /** Null where the application states a fact or a view rather than an intention. */
  certainty: Certainty | null;
  dueOn: PartialDate | null;
  /** When, in the application's words. */
  due: string | null;
}
