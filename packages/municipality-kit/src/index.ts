import "reflect-metadata";

export { AnchoringLevel, Certainty, CouncilKind, MilestoneState, PolicyKind, StatementKind, TrialStatus } from "./enums.js";
export type { MunicipalitySeed, AnchoringSeed, StatementSeed, CouncilSeed, PolicySeed, TrialSeed, MilestoneSeed, PartialDate } from "./seed.js";
export { commonExemptionTrials } from "./common-trials.js";
export { defineMunicipality, type MunicipalityModule, type LocalExtension } from "./module.js";
export type { MemberTypes } from "./graph/member-types.js";
export type { MemberContext } from "./context.js";
export { buildMunicipalitySchema, startMunicipalitySubgraph, runMunicipalitySubgraph, type MunicipalitySubgraph } from "./subgraph.js";
export { LocalCouncil, OVERDUE_MILESTONES, overdueMilestoneType, Policy, TrialFields, trialConnectionTypes } from "./graph/interfaces.js";
export { Milestone, Evaluation, EvaluationAnswer, StatusCount, TrialSummary } from "./graph/values.js";
export { Anchoring } from "./graph/anchoring.js";
export { Statement, STATEMENTS, statementType } from "./graph/statement.js";
export { TrialsArgs } from "./graph/args.js";
export { isPartialDate, endOfPeriod, isOverdue } from "./partial-date.js";
export { stableId } from "./ids.js";
export * from "./provenance/index.js";
export { seedScale, removeScale, type ScaleCounts, type ScaleChange } from "./scale.js";
export { text, partialDate, period, listOfAtMost, roomFor, since, TRIAL_TRANSITIONS } from "./validation.js";
export {
  MAX_COUNCILS, MAX_POLICIES, MAX_MILESTONES, MAX_EVALUATIONS, MAX_GOALS, MAX_THEME_DAYS, MAX_CHALLENGES, MAX_GROUP_MEMBERS, MAX_INVITED,
  MAX_ANCHORING, MAX_STATEMENTS, MAX_MUNICIPALITIES, MAX_EXEMPTIONS, MAX_DIMENSIONS, MAX_STATUSES, MAX_CHANGES,
} from "./limits.js";
export { ListSize, ConnectionSize, SlicedListSize, atMost } from "./graph/list-size.js";
export { firstPerParent } from "./per-parent.js";
export { selectRows } from "./rows.js";
export { lockTable } from "./locks.js";
export { Version, FieldChange, VersionConnection, createVersionLoader, versionsResolver } from "./graph/versions.js";
