import { GraphQLDateTime } from "graphql-scalars";
import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "@frikommune/subgraph-server";
import { TrialStatus } from "../enums.js";

@ArgsType()
export class TrialsArgs extends PageArgs {
  @Field(() => TrialStatus, { nullable: true, description: "Only trials with this status." })
  status?: TrialStatus | null;
  @Field(() => ID, { nullable: true, description: "Only trials that use this common exemption (code A–D)." })
  exemption?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Only trials changed at or after this moment, for systems that mirror the list." })
  updatedSince?: Date | null;
}
