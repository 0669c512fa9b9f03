import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { addMilestone, adoptPolicy, completeMilestone, setMilestoneState, createCouncil, createTrial, recordEvaluation, setTrialStatus, updateCouncil, updatePolicy, updateTrial } from "../commands.js";
import type { MemberContext } from "../context.js";
import type { EvaluationRow, MilestoneRow } from "../entities.js";
import { MilestoneState, TrialStatus } from "../enums.js";
import { isOverdue } from "../partial-date.js";
import { CouncilInput, CreateTrialInput, EvaluationInput, MilestoneInput, PolicyInput, UpdateCouncilInput, UpdatePolicyInput, UpdateTrialInput } from "./inputs.js";
import type { MemberTypes } from "./member-types.js";
import { Evaluation, Milestone } from "./values.js";

const asEvaluation = (e: EvaluationRow) => ({ ...e, answers: Object.entries(e.answers).map(([dimension, answer]) => ({ dimension, answer })) });
const asMilestone = (m: MilestoneRow) => ({ ...m, overdue: isOverdue(m.dueOn ?? null, m.state) });

/** The member's writes, named verb first with the member's prefix (`createHolbaekTrial`). */
export function createMemberMutations(types: MemberTypes, prefix: string): Function {
  @Resolver()
  class MemberMutations {
    @Authorized("member-editor")
    @Mutation(() => types.MemberTrial, { name: `create${prefix}Trial`, description: "Creates a trial as an IDEA." })
    createTrial(@Arg("input", () => CreateTrialInput) input: CreateTrialInput, @Ctx() ctx: MemberContext) {
      return createTrial(ctx.em, ctx.actor, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberTrial, { name: `update${prefix}Trial`, description: "Changes a trial's title, purpose, exemptions, owner council or validity period." })
    updateTrial(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateTrialInput) input: UpdateTrialInput, @Ctx() ctx: MemberContext) {
      return updateTrial(ctx.em, ctx.actor, id, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberTrial, { name: `set${prefix}TrialStatus`, description: "Moves a trial along its life cycle: IDEA → APPLICATION_SENT → APPROVED/REJECTED; APPROVED → ACTIVE → COMPLETED/STOPPED." })
    setTrialStatus(
      @Arg("id", () => ID) id: string,
      @Arg("status", () => TrialStatus) status: TrialStatus,
      @Arg("note", () => String, { nullable: true }) note: string | null,
      @Ctx() ctx: MemberContext,
    ) {
      return setTrialStatus(ctx.em, ctx.actor, id, status, note ?? null);
    }

    @Authorized("member-editor")
    @Mutation(() => Milestone, { name: `add${prefix}Milestone` })
    async addMilestone(@Arg("trialId", () => ID) trialId: string, @Arg("input", () => MilestoneInput) input: MilestoneInput, @Ctx() ctx: MemberContext) {
      return asMilestone(await addMilestone(ctx.em, ctx.actor, trialId, input));
    }

    @Authorized("member-editor")
    @Mutation(() => Milestone, { name: `complete${prefix}Milestone` })
    async completeMilestone(@Arg("id", () => ID) id: string, @Arg("completedOn", () => String) completedOn: string, @Ctx() ctx: MemberContext) {
      return asMilestone(await completeMilestone(ctx.em, ctx.actor, id, completedOn));
    }

    @Authorized("member-editor")
    @Mutation(() => Milestone, {
      name: `set${prefix}MilestoneState`,
      description: "Records what is known of a milestone that is not done: PLANNED, NOT_DONE or UNKNOWN. Complete it to make it DONE.",
    })
    async setMilestoneState(@Arg("id", () => ID) id: string, @Arg("state", () => MilestoneState) state: MilestoneState, @Ctx() ctx: MemberContext) {
      return asMilestone(await setMilestoneState(ctx.em, ctx.actor, id, state));
    }

    @Authorized("member-editor")
    @Mutation(() => Evaluation, { name: `record${prefix}Evaluation`, description: "Records an evaluation that answers every dimension of the network's template." })
    async recordEvaluation(@Arg("trialId", () => ID) trialId: string, @Arg("input", () => EvaluationInput) input: EvaluationInput, @Ctx() ctx: MemberContext) {
      return asEvaluation(await recordEvaluation(ctx.em, ctx.actor, trialId, input));
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberCouncil, { name: `create${prefix}Council` })
    createCouncil(@Arg("input", () => CouncilInput) input: CouncilInput, @Ctx() ctx: MemberContext) {
      return createCouncil(ctx.em, ctx.actor, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberCouncil, { name: `update${prefix}Council` })
    updateCouncil(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateCouncilInput) input: UpdateCouncilInput, @Ctx() ctx: MemberContext) {
      return updateCouncil(ctx.em, ctx.actor, id, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberPolicy, { name: `adopt${prefix}Policy` })
    adoptPolicy(@Arg("input", () => PolicyInput) input: PolicyInput, @Ctx() ctx: MemberContext) {
      return adoptPolicy(ctx.em, ctx.actor, input);
    }

    @Authorized("member-editor")
    @Mutation(() => types.MemberPolicy, { name: `update${prefix}Policy` })
    updatePolicy(@Arg("id", () => ID) id: string, @Arg("input", () => UpdatePolicyInput) input: UpdatePolicyInput, @Ctx() ctx: MemberContext) {
      return updatePolicy(ctx.em, ctx.actor, id, input);
    }
  }
  return MemberMutations;
}
