import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver } from "type-graphql";
import { atMost, ListSize, type MemberContext, type MemberTypes, selectRows, stableId } from "@frikommune/municipality-kit";
import { citizenBudgets } from "./citizen-budgets.js";
import { CitizenBudgetEntity } from "./entities.js";

/** Slagelse's budgets are the ones its application describes. */
const MAX_CITIZEN_BUDGETS = citizenBudgets.length;

@ObjectType("SlagelseCitizenBudget", { description: "A citizen-run budget (borgerstyret budget) in Slagelse's rural districts." })
export class CitizenBudget {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "TRIED (already done) or PLANNED (as a free-municipality trial)." }) stage!: string;
  @Field(() => String, { nullable: true, description: "The geographic area; not named in the sources." }) area!: string | null;
  @Field(() => Int, { nullable: true, description: "The amount in DKK; not given in the sources." }) amountDkk!: number | null;
  @Field(() => String) description!: string;
  @Field(() => [String]) aims!: string[];
  @Field(() => ID, { nullable: true, description: "Id of the owning council (a SlagelseLocalCouncil)." }) ownerCouncilId!: string | null;
}

/** Slagelse's citizen budgets on its own municipality type. */
export function citizenBudgetResolvers(types: MemberTypes): Function[] {
  @Resolver(() => types.MemberMunicipality)
  class SlagelseCitizenBudgets {
    @FieldResolver(() => [CitizenBudget], { nullable: true, description: atMost(MAX_CITIZEN_BUDGETS, "Citizen-run budgets, tried and planned.") })
    @ListSize(MAX_CITIZEN_BUDGETS)
    async citizenBudgets(@Ctx() ctx: MemberContext) {
      const rows = await selectRows(ctx.em, CitizenBudgetEntity, {}, { orderBy: { position: "asc" }, limit: MAX_CITIZEN_BUDGETS });
      return rows.map((b) => ({ ...b, ownerCouncilId: b.ownerCouncilKey ? stableId("slagelse", "council", b.ownerCouncilKey) : null }));
    }
  }
  return [SlagelseCitizenBudgets];
}
