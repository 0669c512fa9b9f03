import { graphql } from "../../gql/index.js";

/** A trial as the overview lists and exports it. */
export const OverviewTrialFields = graphql(`
  fragment OverviewTrial on Trial {
    id title status validFrom validTo
    exemptions { id code }
    milestones { id title dueOn completedOn state overdue }
  }
`);

/**
 * One page of one member's trials. Every member pages with its own cursor, so the table asks
 * each member for its page with this one document rather than sharing one `after` between them.
 */
export const MemberTrialsPage = graphql(`
  query OverviewMemberTrials($slug: ID!, $first: Int!, $after: String, $status: TrialStatus, $exemption: ID) {
    municipality(slug: $slug) {
      id slug name
      trials(first: $first, after: $after, status: $status, exemption: $exemption) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...OverviewTrial }
      }
    }
  }
`);

/** The figures around the table: filter choices, trials by status, overdue milestones, evaluations. */
export const OverviewSummary = graphql(`
  query OverviewSummary($overdue: Int!) {
    exemptions { id code title }
    evaluationTemplate { id dimensions { id code title } }
    municipalities {
      id slug name
      trialSummary {
        total overdueMilestones
        byStatus { status count }
        evaluatedByDimension { dimension trials }
      }
      overdueMilestones(first: $overdue) {
        milestone { id title dueOn state }
        trial { id title }
      }
    }
  }
`);
