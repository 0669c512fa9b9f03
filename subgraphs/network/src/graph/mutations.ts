import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { addGroupMember, bringChallenge, recordExemptionDecision, removeGroupMember, scheduleThemeDay } from "../commands.js";
import type { NetworkContext } from "../loaders.js";
import { ChallengeInput, GroupMemberInput, ThemeDayInput } from "./inputs.js";
import { Challenge, CommonExemption, ExemptionDecision, Group, GroupMember, ThemeDay } from "./types.js";

@Resolver()
export class NetworkMutations {
  @Authorized("network-coordinator")
  @Mutation(() => ThemeDay)
  scheduleThemeDay(@Arg("input", () => ThemeDayInput) input: ThemeDayInput, @Ctx() ctx: NetworkContext) {
    return scheduleThemeDay(ctx.em, ctx.actor, input);
  }

  @Authorized("coordinator")
  @Mutation(() => Challenge, { description: "A municipality's coordinator brings a challenge to a theme day on the municipality's behalf." })
  bringChallenge(@Arg("themeDayId", () => ID) themeDayId: string, @Arg("input", () => ChallengeInput) input: ChallengeInput, @Ctx() ctx: NetworkContext) {
    return bringChallenge(ctx.em, ctx.actor, themeDayId, input);
  }

  @Authorized("network-coordinator")
  @Mutation(() => CommonExemption)
  recordExemptionDecision(
    @Arg("code", () => ID) code: string,
    @Arg("decision", () => ExemptionDecision) decision: ExemptionDecision,
    @Arg("decidedOn", () => String) decidedOn: string,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: NetworkContext,
  ) {
    return recordExemptionDecision(ctx.em, ctx.actor, code, decision, decidedOn, note ?? null);
  }

  @Authorized("network-coordinator")
  @Mutation(() => GroupMember)
  addGroupMember(@Arg("groupId", () => ID) groupId: string, @Arg("input", () => GroupMemberInput) input: GroupMemberInput, @Ctx() ctx: NetworkContext) {
    return addGroupMember(ctx.em, ctx.actor, groupId, input);
  }

  @Authorized("network-coordinator")
  @Mutation(() => Group, { description: "Removes a member from a group; returns the group." })
  removeGroupMember(@Arg("id", () => ID) id: string, @Ctx() ctx: NetworkContext) {
    return removeGroupMember(ctx.em, ctx.actor, id);
  }
}
