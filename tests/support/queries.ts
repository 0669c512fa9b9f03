/** The ministry's question: the status of every trial of every member, in one request. */
export const MINISTRY_QUERY = /* GraphQL */ `
  query Ministry($status: TrialStatus, $exemption: ID, $first: Int, $after: String) {
    municipalities {
      slug
      name
      trialSummary { total overdueMilestones byStatus { status count } }
      trials(status: $status, exemption: $exemption, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor }
        nodes {
          id
          title
          status
          municipality { slug name }
          exemptions { code title decision }
          milestones { title dueOn completedOn overdue }
        }
      }
    }
  }
`;
