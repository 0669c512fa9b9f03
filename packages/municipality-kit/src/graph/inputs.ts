import { Field, ID, InputType, Int } from "type-graphql";
import { CouncilKind, PolicyKind } from "../enums.js";
import { MAX_GOALS } from "../limits.js";
import { atMost } from "./list-size.js";

@InputType({ description: "A new trial; it starts as an IDEA." })
export class CreateTrialInput {
  @Field(() => String, { description: "3–200 characters." }) title!: string;
  @Field(() => String, { description: "1–4000 characters." }) purpose!: string;
  @Field(() => [ID], { description: "Codes of the network's common exemptions the trial uses (A–D)." }) exemptionCodes!: string[];
  @Field(() => ID, { nullable: true, description: "A council of the same municipality." }) ownerCouncilId?: string | null;
  @Field(() => String, { nullable: true }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}

@InputType({ description: "A milestone to add to a trial." })
export class MilestoneInput {
  @Field(() => String, { description: "3–200 characters." }) title!: string;
  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD." }) dueOn?: string | null;
}

@InputType({ description: "Changes to a trial; omitted fields stay as they are. Its status changes only through setTrialStatus." })
export class UpdateTrialInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => [ID], { nullable: true, description: "Replaces the exemptions the trial uses." }) exemptionCodes?: string[] | null;
  @Field(() => ID, { nullable: true }) ownerCouncilId?: string | null;
  @Field(() => String, { nullable: true }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}

@InputType()
export class EvaluationAnswerInput {
  @Field(() => String, { description: "A dimension of the network's evaluation template, e.g. EFFECTS." }) dimension!: string;
  @Field(() => String, { description: "1–4000 characters." }) answer!: string;
}

@InputType({ description: "An evaluation answering every dimension of the network's template." })
export class EvaluationInput {
  @Field(() => String, { nullable: true, description: "Defaults to today." }) recordedOn?: string | null;
  @Field(() => [EvaluationAnswerInput]) answers!: EvaluationAnswerInput[];
}

@InputType({ description: "A council, forum or committee." })
export class CouncilInput {
  @Field(() => String) name!: string;
  @Field(() => CouncilKind) kind!: CouncilKind;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) count?: number | null;
  @Field(() => String, { nullable: true }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}

@InputType({ description: "Changes to a council; omitted fields stay as they are." })
export class UpdateCouncilInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CouncilKind, { nullable: true }) kind?: CouncilKind | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) count?: number | null;
  @Field(() => String, { nullable: true }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}

@InputType({ description: "A policy, vision, strategy, programme or set of principles being adopted." })
export class PolicyInput {
  @Field(() => String) title!: string;
  @Field(() => PolicyKind) kind!: PolicyKind;
  @Field(() => String, { nullable: true }) adoptedOn?: string | null;
  @Field(() => String, { nullable: true }) adoptedBy?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [String], { nullable: true, description: atMost(MAX_GOALS) }) goals?: string[] | null;
}

@InputType({ description: "Changes to a policy; omitted fields stay as they are." })
export class UpdatePolicyInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => PolicyKind, { nullable: true }) kind?: PolicyKind | null;
  @Field(() => String, { nullable: true }) adoptedOn?: string | null;
  @Field(() => String, { nullable: true }) adoptedBy?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [String], { nullable: true, description: atMost(MAX_GOALS) }) goals?: string[] | null;
}
