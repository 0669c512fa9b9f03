import "reflect-metadata";

export { CouncilKind, PolicyKind, TrialStatus } from "./enums.js";
export type { MunicipalitySeed, CouncilSeed, PolicySeed, TrialSeed, MilestoneSeed, PartialDate } from "./seed.js";
export { commonExemptionTrials } from "./common-trials.js";
export { defineMunicipality, type MunicipalityModule, type LocalExtension } from "./module.js";
export type { MemberTypes } from "./graph/member-types.js";
export type { MemberContext } from "./context.js";
export { buildMunicipalitySchema, startMunicipalitySubgraph, runMunicipalitySubgraph, type MunicipalitySubgraph } from "./subgraph.js";
export { LocalCouncil, Policy, TrialFields, trialConnectionTypes } from "./graph/interfaces.js";
export { Milestone, Evaluation, EvaluationAnswer, StatusCount, TrialSummary } from "./graph/values.js";
export { TrialsArgs } from "./graph/args.js";
export { isPartialDate, endOfPeriod, isOverdue } from "./partial-date.js";
export { stableId } from "./ids.js";
export { text, partialDate, period } from "./validation.js";
export { Version, FieldChange, VersionConnection, createVersionLoader, versionsResolver } from "./graph/versions.js";
