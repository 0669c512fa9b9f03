/** What the benchmark asks, as the graph's users ask it. */
export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const MINISTRY_QUERY = /* GraphQL */ `
  query Ministry($status: TrialStatus, $exemption: ID, $first: Int, $after: String) {
    municipalities {
      name
      trialSummary { total overdueMilestones byStatus { status count } }
      trials(status: $status, exemption: $exemption, first: $first, after: $after) {
        totalCount
        nodes { title status exemptions { code title decision } milestones { title dueOn completedOn overdue } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export const scenarios: Scenario[] = [{ name: "ministry query", query: MINISTRY_QUERY, variables: { first: 50 } }];
