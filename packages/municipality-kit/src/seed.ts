import type { AnchoringLevel, Certainty, CouncilKind, MilestoneState, PolicyKind, StatementKind, TrialStatus } from "./enums.js";
import type { SourceSeed } from "./provenance/sources.js";

/**
 * Dates in the source documents are often only a year or a month ("efteråret 2016", "i 2014").
 * They are kept at the precision given: "2014", "2016-11" or "2016-06-01" (ISO 8601, reduced precision).
 */
export type PartialDate = string;

export interface CouncilSeed {
  /** Stable key within the municipality; the UUID is derived from it. */
  key: string;
  name: string;
  kind: CouncilKind;
  description: string | null;
  /** Number of such bodies when the record stands for a group (e.g. "17 lokalfora"). */
  count: number | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  sources: SourceSeed[];
}

export interface PolicySeed {
  key: string;
  title: string;
  kind: PolicyKind;
  adoptedOn: PartialDate | null;
  /** Body that adopted it, as named in the documents. */
  adoptedBy: string | null;
  summary: string | null;
  goals: string[];
  sources: SourceSeed[];
}

export interface MilestoneSeed {
  title: string;
  dueOn: PartialDate | null;
  completedOn: PartialDate | null;
  /** UNKNOWN where the documents give the plan but not whether it was kept. */
  state: MilestoneState;
  sources: SourceSeed[];
}

export interface TrialSeed {
  key: string;
  title: string;
  purpose: string;
  status: TrialStatus;
  /** Codes of the network's common exemptions (A–D) the trial uses. */
  exemptionCodes: string[];
  /** Key of the council (in the same municipality) that owns the trial. */
  ownerCouncilKey: string | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  milestones: MilestoneSeed[];
  sources: SourceSeed[];
}

/** Where the member anchors its work (its forankring), as the documents say. */
export interface AnchoringSeed {
  key: string;
  level: AnchoringLevel;
  /** The body or area named, where the documents name one. */
  name: string | null;
  /** What kind of unit it is ("Fast stående udvalg", "Direktørområde"), where given. */
  unit: string | null;
  description: string;
  certainty: Certainty;
  /** Key of the council (in the same municipality) it is anchored in or through. */
  councilKey: string | null;
  sources: SourceSeed[];
}

/** What the member states about itself in the 2016 application: an experience, lesson, intention or expectation. */
export interface StatementSeed {
  key: string;
  kind: StatementKind;
  /** The application's heading it stands under, e.g. "Som frikommune". */
  section: string;
  /** A short title, where the statement has one. */
  title: string | null;
  text: string;
  /** How firmly it is stated; null where that does not apply (experience and lessons). */
  certainty: Certainty | null;
  /** Key of the trial (in the same municipality) that carries it, where there is one. */
  trialKey: string | null;
  sources: SourceSeed[];
}

export interface MunicipalitySeed {
  councils: CouncilSeed[];
  policies: PolicySeed[];
  trials: TrialSeed[];
  /** In list order; optional, so a new member needs none. */
  anchoring?: AnchoringSeed[];
  /** In the application's order; optional like `anchoring`. */
  statements?: StatementSeed[];
}
