import { graphql } from "../../gql/index.js";

// Written once, for Holbæk; `forMember` renames them for the member whose trial it is.

export const TrialQuery = graphql(`
  query TrialPage($id: ID!) {
    trial: holbaekTrial(id: $id) {
      id title purpose status validFrom validTo updatedAt
      ownerCouncil { id name }
      exemptions { code title decision }
      milestones { id title dueOn completedOn state overdue }
      evaluations { id recordedOn answers { dimension answer } }
      history { action at role municipality }
    }
    evaluationTemplate { id dimensions { id code title question } }
  }
`);

export const TrialVersionsQuery = graphql(`
  query TrialVersions($id: ID!) {
    trial: holbaekTrial(id: $id) {
      id
      versions(first: 50) { totalCount nodes { action at role municipality changes { field before after } } }
    }
  }
`);

export const SetTrialStatus = graphql(`
  mutation SetTrialStatus($id: ID!, $status: TrialStatus!, $note: String) {
    trial: setHolbaekTrialStatus(id: $id, status: $status, note: $note) { id status updatedAt }
  }
`);

export const AddMilestone = graphql(`
  mutation AddMilestone($trialId: ID!, $input: MilestoneInput!) {
    milestone: addHolbaekMilestone(trialId: $trialId, input: $input) { id title dueOn completedOn state overdue }
  }
`);

export const CompleteMilestone = graphql(`
  mutation CompleteMilestone($id: ID!, $completedOn: String!) {
    milestone: completeHolbaekMilestone(id: $id, completedOn: $completedOn) { id completedOn state overdue }
  }
`);

export const RecordEvaluation = graphql(`
  mutation RecordEvaluation($trialId: ID!, $input: EvaluationInput!) {
    evaluation: recordHolbaekEvaluation(trialId: $trialId, input: $input) { id recordedOn answers { dimension answer } }
  }
`);
