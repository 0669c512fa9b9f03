import { members } from "@frikommune/members";
import { COMMON_EXEMPTION_CODES, EVALUATION_DIMENSIONS, TrialStatus } from "./enums.js";

// The most items each plain list of the graph holds. The schema declares them (`@listSize`) and says
// them in the lists' descriptions; reads never return more, even of rows added around the API.

/** Lists that writes grow: a write beyond the maximum is refused with BAD_USER_INPUT. */
export const MAX_COUNCILS = 100; // per municipality
export const MAX_POLICIES = 100; // per municipality
export const MAX_MILESTONES = 50; // per trial
export const MAX_EVALUATIONS = 20; // per trial
export const MAX_GOALS = 50; // per policy
export const MAX_THEME_DAYS = 100; // in the network
export const MAX_CHALLENGES = 50; // per theme day
export const MAX_GROUP_MEMBERS = 50; // current members per group, and changes per `members(updatedSince:)` answer
export const MAX_INVITED = 50; // per theme day

/** Lists only the seed fills. */
export const MAX_ANCHORING = 20; // per municipality
export const MAX_STATEMENTS = 50; // per municipality

/** Lists whose length the member registry or the network's fixed vocabularies set. */
export const MAX_MUNICIPALITIES = members.length;
export const MAX_EXEMPTIONS = COMMON_EXEMPTION_CODES.length;
export const MAX_DIMENSIONS = EVALUATION_DIMENSIONS.length; // of the template, and answers per evaluation
export const MAX_STATUSES = Object.values(TrialStatus).length;
/** A version lists one change per field its write changed; the widest write (a trial's) has 7. */
export const MAX_CHANGES = 20;
