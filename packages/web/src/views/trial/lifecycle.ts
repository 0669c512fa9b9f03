import type { TrialStatus } from "../../gql/graphql.js";

/**
 * The trial life cycle, to offer only the moves the API accepts (the kit's TRIAL_TRANSITIONS; a
 * test keeps the two the same): idea → application sent → approved/rejected → active → completed/stopped.
 */
export const NEXT_STATUSES: Record<TrialStatus, TrialStatus[]> = {
  IDEA: ["APPLICATION_SENT"],
  APPLICATION_SENT: ["APPROVED", "REJECTED"],
  APPROVED: ["ACTIVE"],
  REJECTED: [],
  ACTIVE: ["COMPLETED", "STOPPED"],
  COMPLETED: [],
  STOPPED: [],
};
