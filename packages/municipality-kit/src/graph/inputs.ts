import { Field, ID, InputType } from "type-graphql";

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
