/** One request of a scenario: a GraphQL operation, sent by a caller (a token), or anonymously. */
export interface BenchRequest {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

/** What the benchmark asks, as the graph's users ask it; a scenario's requests are sent in turn. */
export interface Scenario {
  name: string;
  requests: BenchRequest[];
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

const MUNICIPALITY_PAGE = /* GraphQL */ `
  query Municipality($slug: ID!) {
    municipality(slug: $slug) {
      name
      councils { name kind count }
      policies { title kind adoptedOn goals }
      trialSummary { total byStatus { status count } }
      trials(first: 20) { totalCount nodes { title status validFrom validTo exemptions { code title } } pageInfo { hasNextPage endCursor } }
    }
  }
`;

const NETWORK_PAGE = /* GraphQL */ `
  {
    network { name theme periodFrom periodTo coordinator { role } ministryContacts { name title } }
    exemptions { code title decision decidedOn }
    themeDays { title heldOn invited challenges { title municipality { name } } }
    groups { name kind members { role municipality { name } } }
    evaluationTemplate { dimensions { code title question } }
  }
`;

const CREATE_TRIAL = /* GraphQL */ `
  mutation Create($input: CreateTrialInput!) { createHolbaekTrial(input: $input) { id title status } }
`;

export interface ScenarioContext {
  ministryToken: string;
  editorToken: string;
  /** The `endCursor` of the ministry query's first page. */
  secondPageCursor: string | null;
}

export function scenarios(context: ScenarioContext): Scenario[] {
  const ministry = (variables: Record<string, unknown>): BenchRequest => ({ query: MINISTRY_QUERY, variables, token: context.ministryToken });
  const municipality: BenchRequest = { query: MUNICIPALITY_PAGE, variables: { slug: "nordfyn" } };
  return [
    { name: "ministry query", requests: [ministry({ first: 50 })] },
    { name: "ministry query, exemption A and ACTIVE", requests: [ministry({ first: 50, exemption: "A", status: "ACTIVE" })] },
    { name: "ministry query, second page", requests: [ministry({ first: 50, after: context.secondPageCursor })] },
    { name: "one municipality's page", requests: [municipality] },
    { name: "the network page", requests: [{ query: NETWORK_PAGE }] },
    {
      name: "writes and reads (1 in 10 a write)",
      requests: [
        ...Array.from({ length: 5 }, () => ministry({ first: 50 })),
        ...Array.from({ length: 4 }, () => municipality),
        { query: CREATE_TRIAL, variables: { input: { title: "Forsøg oprettet under måling", purpose: "Genereret til måling af ydeevne", exemptionCodes: ["A"] } }, token: context.editorToken },
      ],
    },
  ];
}
