import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { MilestoneState, TrialStatus } from "../enums.js";
import { MAX_DIMENSIONS, MAX_STATUSES } from "../limits.js";
import { atMost, ListSize } from "./list-size.js";
import { Provenanced } from "../provenance/graph.js";

@ObjectType({ description: "A milestone of a trial. Dates keep the precision the sources give (\"2016\", \"2016-11\", \"2016-11-30\")." })
@Directive("@shareable")
export class Milestone extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => MilestoneState) state!: MilestoneState;
  @Field(() => Boolean, { description: "The whole period of dueOn has passed and the milestone is PLANNED or NOT_DONE; an UNKNOWN one is never overdue." }) overdue!: boolean;
}

@ObjectType({ description: "One answer per dimension of the network's uniform evaluation template." })
@Directive("@shareable")
export class EvaluationAnswer {
  @Field(() => String, { description: "Code of the template dimension, e.g. EFFECTS." }) dimension!: string;
  @Field(() => String) answer!: string;
}

@ObjectType({ description: "An evaluation of a trial against the network's uniform template." })
@Directive("@shareable")
export class Evaluation {
  @Field(() => ID) id!: string;
  @Field(() => String) recordedOn!: string;
  @Field(() => [EvaluationAnswer], { description: atMost(MAX_DIMENSIONS, "One per dimension of the template.") }) @ListSize(MAX_DIMENSIONS) answers!: EvaluationAnswer[];
}

@ObjectType({ description: "How many trials have a status." })
@Directive("@shareable")
export class StatusCount {
  @Field(() => TrialStatus) status!: TrialStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "How many trials have an evaluation answering one dimension of the template." })
@Directive("@shareable")
export class DimensionCount {
  @Field(() => String, { description: "Code of the template dimension, e.g. EFFECTS." }) dimension!: string;
  @Field(() => Int) trials!: number;
}

@ObjectType({ description: "A municipality's trials at a glance." })
@Directive("@shareable")
export class TrialSummary {
  @Field(() => Int) total!: number;
  @Field(() => [StatusCount], { description: atMost(MAX_STATUSES, "Every status, including those with no trials.") }) @ListSize(MAX_STATUSES) byStatus!: StatusCount[];
  @Field(() => Int, { description: "Milestones PLANNED or NOT_DONE whose due period has passed; UNKNOWN ones are not counted." }) overdueMilestones!: number;
}
