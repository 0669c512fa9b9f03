import { Field, InputType } from "type-graphql";
import { atMost, MAX_INVITED } from "@frikommune/municipality-kit";

@InputType({ description: "A theme day to put in the network's calendar." })
export class ThemeDayInput {
  @Field(() => String, { description: "3–200 characters." }) title!: string;
  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD." }) heldOn?: string | null;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: atMost(MAX_INVITED, "Who is invited, e.g. \"De fem borgmestre\".") }) invited!: string[];
}

@InputType({ description: "A challenge a municipality wants sparring on." })
export class ChallengeInput {
  @Field(() => String, { description: "3–200 characters." }) title!: string;
  @Field(() => String, { description: "1–4000 characters." }) description!: string;
}

@InputType({ description: "A member of a group." })
export class GroupMemberInput {
  @Field(() => String, { nullable: true, description: "Slug of the member municipality the person represents." }) municipalitySlug?: string | null;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}
