import { registerEnumType } from "type-graphql";

/** Life cycle of a trial: idea → application sent → approved/rejected → active → completed/stopped. */
export enum TrialStatus {
  IDEA = "IDEA",
  APPLICATION_SENT = "APPLICATION_SENT",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  STOPPED = "STOPPED",
}

/** Kinds of bodies named in the source documents; Danish terms kept as proper kinds. */
export enum CouncilKind {
  BYRAAD = "BYRAAD",
  STAAENDE_UDVALG = "STAAENDE_UDVALG",
  PARAGRAF_17_STK_4_UDVALG = "PARAGRAF_17_STK_4_UDVALG",
  LOKALFORUM = "LOKALFORUM",
  LOKALRAAD = "LOKALRAAD",
  MEDBORGERRAAD = "MEDBORGERRAAD",
  PROJEKTUDVALG = "PROJEKTUDVALG",
  FORUM = "FORUM",
}

export enum PolicyKind {
  VISION = "VISION",
  POLITIK = "POLITIK",
  STRATEGI = "STRATEGI",
  PROGRAM = "PROGRAM",
  PRINCIPPER = "PRINCIPPER",
}

/** The network's common exemptions a)–d), fixed by the 2016 application. */
export const COMMON_EXEMPTION_CODES = ["A", "B", "C", "D"] as const;

/** The dimensions of the network's uniform evaluation template; every one must be answered. */
export const EVALUATION_DIMENSIONS = ["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"] as const;

registerEnumType(TrialStatus, { name: "TrialStatus", description: "Where a trial is in its life cycle." });
registerEnumType(CouncilKind, { name: "CouncilKind", description: "The kind of local council or committee." });
registerEnumType(PolicyKind, { name: "PolicyKind", description: "Whether a policy document is a vision, policy, strategy, programme or set of principles." });
