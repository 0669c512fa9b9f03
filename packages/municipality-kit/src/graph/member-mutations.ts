import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { addMilestone, completeMilestone, createTrial, setTrialStatus } from "../commands.js";
import type { MemberContext } from "../context.js";
import type { MilestoneRow } from "../entities.js";
import { TrialStatus } from "../enums.js";
import { isOverdue } from "../partial-date.js";
import { CreateTrialInput, MilestoneInput } from "./inputs.js";
import type { MemberTypes } from "./member-types.js";
import { Milestone } from "./values.js";

const asMilestone = (m: MilestoneRow) => ({ ...m, overdue: isOverdue(m.dueOn ?? null, m.completedOn ?? null) });

/** The member's writes, named verb first with the member's prefix (`createHolbaekTrial`). */
export function createMemberMutations(types: MemberTypes, prefix: string) {
  @Resolver()
  class MemberMutations {
    @Authorized("member-editor")
    @Mutation(() => types.MemberTrial, { name: `create${prefix}Trial`, description: "Creates a trial as an IDEA." })
    createTrial(@Arg("input", () => CreateTrialInput) input: CreateTrialInput, @Ctx() ctx: MemberContext) {
      return createTrial(ctx.em, ctx.identity, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberTrial, { name: `set${prefix}TrialStatus`, description: "Moves a trial along its life cycle: IDEA → APPLICATION_SENT → APPROVED/REJECTED; APPROVED → ACTIVE → COMPLETED/STOPPED." })
    setTrialStatus(
      @Arg("id", () => ID) id: string,
      @Arg("status", () => TrialStatus) status: TrialStatus,
      @Arg("note", () => String, { nullable: true }) note: string | null,
      @Ctx() ctx: MemberContext,
    ) {
      return setTrialStatus(ctx.em, ctx.identity, id, status, note ?? null);
    }

    @Authorized("member-editor")
    @Mutation(() => Milestone, { name: `add${prefix}Milestone` })
    async addMilestone(@Arg("trialId", () => ID) trialId: string, @Arg("input", () => MilestoneInput) input: MilestoneInput, @Ctx() ctx: MemberContext) {
      return asMilestone(await addMilestone(ctx.em, ctx.identity, trialId, input));
    }

    @Authorized("member-editor")
    @Mutation(() => Milestone, { name: `complete${prefix}Milestone` })
    async completeMilestone(@Arg("id", () => ID) id: string, @Arg("completedOn", () => String) completedOn: string, @Ctx() ctx: MemberContext) {
      return asMilestone(await completeMilestone(ctx.em, ctx.identity, id, completedOn));
    }
  }
  return MemberMutations;
}
