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

/**
 * What is known of a milestone. The documents give plans without saying whether they were kept:
 * such a milestone is UNKNOWN, never overdue.
 */
export enum MilestoneState {
  PLANNED = "PLANNED",
  DONE = "DONE",
  NOT_DONE = "NOT_DONE",
  UNKNOWN = "UNKNOWN",
}

/**
 * How firmly a document states something: the documents often give intentions and plans, and the
 * graph keeps them apart from decisions.
 */
export enum Certainty {
  /** Decided or established ("Der nedsættes", "besluttede"). */
  DECIDED = "DECIDED",
  /** Set for a date, not yet taken ("endelig beslutning den 1. juni 2016"). */
  SCHEDULED = "SCHEDULED",
  /** Expected or planned ("forventeligt", "vil", "planer om"). */
  EXPECTED = "EXPECTED",
  /** Being considered ("påtænkes", "tænkes"). */
  CONSIDERED = "CONSIDERED",
  /** Allowed or possible, not committed to ("mulighed for", "kan"). */
  POSSIBLE = "POSSIBLE",
}

/** The level at which a member anchors its work with active citizenship (its forankring). */
export enum AnchoringLevel {
  /** The city council or one of its committees. */
  POLITICAL = "POLITICAL",
  /** The administration: a director area or department. */
  ADMINISTRATIVE = "ADMINISTRATIVE",
  /** The voluntary level: associations and volunteers. */
  VOLUNTARY = "VOLUNTARY",
  /** The local community: its actors, forums and councils. */
  COMMUNITY = "COMMUNITY",
}

/** What a member states about itself in the 2016 application. */
export enum StatementKind {
  /** What the member has done or met. */
  EXPERIENCE = "EXPERIENCE",
  /** What the member says its experience has taught it. */
  LESSON = "LESSON",
  /** What the member wants or will do. */
  INTENTION = "INTENTION",
  /** What the member expects to achieve as a free municipality. */
  EXPECTATION = "EXPECTATION",
}

/** The states in which a milestone whose period has passed counts as overdue. */
export const OPEN_MILESTONE_STATES = [MilestoneState.PLANNED, MilestoneState.NOT_DONE] as const;

/** The network's common exemptions a)–d), fixed by the 2016 application. */
export const COMMON_EXEMPTION_CODES = ["A", "B", "C", "D"] as const;

/** The dimensions of the network's uniform evaluation template; every one must be answered. */
export const EVALUATION_DIMENSIONS = ["EFFECTS", "LEGAL_CERTAINTY", "ECONOMIC_CONSEQUENCES", "ADMINISTRATIVE_CONSEQUENCES"] as const;

registerEnumType(TrialStatus, { name: "TrialStatus", description: "Where a trial is in its life cycle." });
registerEnumType(CouncilKind, { name: "CouncilKind", description: "The kind of local council or committee." });
registerEnumType(MilestoneState, {
  name: "MilestoneState",
  description: "What is known of a milestone.",
  valuesConfig: {
    PLANNED: { description: "Planned and kept up to date: not done yet." },
    DONE: { description: "Done; completedOn says when, where known." },
    NOT_DONE: { description: "Known not to have been done." },
    UNKNOWN: { description: "Planned in the documents, which do not say whether it was done." },
  },
});
registerEnumType(Certainty, { name: "Certainty", description: "How firmly the documents state something: decided, scheduled, expected, considered or possible." });
registerEnumType(PolicyKind, { name: "PolicyKind", description: "Whether a policy document is a vision, policy, strategy, programme or set of principles." });
registerEnumType(AnchoringLevel, {
  name: "AnchoringLevel",
  description: "The level at which a member anchors its work: political, administrative, voluntary or in the local community.",
  valuesConfig: {
    POLITICAL: { description: "The city council or one of its committees." },
    ADMINISTRATIVE: { description: "The administration: a director area or department." },
    VOLUNTARY: { description: "The voluntary level: associations and volunteers." },
    COMMUNITY: { description: "The local community: its actors, forums and councils." },
  },
});
registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "What a member states about itself in the 2016 application: an experience, a lesson, an intention or an expectation.",
  valuesConfig: {
    EXPERIENCE: { description: "What the member has done or met." },
    LESSON: { description: "What the member says its experience has taught it." },
    INTENTION: { description: "What the member wants, will or plans to do; certainty says how firmly." },
    EXPECTATION: { description: "What the member expects to achieve as a free municipality; certainty says how firmly." },
  },
});
