import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import {
  atMost, Certainty, ListSize, Provenanced, provenanceResolver, selectRows, stableId, type MemberContext, type MemberTypes,
} from "@frikommune/municipality-kit";
import {
  CitizenBudgetEntity, CitizenDrivenInnovationEntity, DialogueMeetingsEntity, RuralFocusEntity, SettlementStrategyEntity, StormoedeEntity,
} from "./entities.js";
import { citizenBudgets } from "./facts.js";

/** Slagelse's lists hold what its application describes. */
const MAX_CITIZEN_BUDGETS = citizenBudgets.length;

@ObjectType("SlagelseCitizenBudget", { description: "A citizen-run budget (borgerstyret budget) in Slagelse's rural districts." })
export class CitizenBudget extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "TRIED (already done) or PLANNED (as a free-municipality trial)." }) stage!: string;
  @Field(() => Certainty, { description: "DECIDED for what was done, EXPECTED for what the municipality \"ønsker\"." }) certainty!: Certainty;
  @Field(() => String, { nullable: true, description: "The geographic area; not named in the sources." }) area!: string | null;
  @Field(() => Int, { nullable: true, description: "The amount in DKK; not given in the sources." }) amountDkk!: number | null;
  @Field(() => String) description!: string;
  @Field(() => [String]) aims!: string[];
  @Field(() => ID, { nullable: true, description: "Id of the owning council (a SlagelseLocalCouncil)." }) ownerCouncilId!: string | null;
}

@ObjectType("SlagelseRuralFocus", { description: "Slagelse's focus on developing its rural districts, and what it has seen come of it." })
export class RuralFocus extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) focus!: string;
  @Field(() => String, { description: "The dialogue with the many lokalråd." }) lokalraadDialogue!: string;
  @Field(() => String) citizensInterest!: string;
  @Field(() => String) momentum!: string;
}

@ObjectType("SlagelseSettlementStrategy", { description: "The settlement strategy (bosætningsstrategi) and the theme the application names." })
export class SettlementStrategy extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "Not given in the sources: the application says it was just prepared." }) preparedOn!: string | null;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: "The themes the application names; the strategy has more." }) themes!: string[];
  @Field(() => String) themeRationale!: string;
}

@ObjectType("SlagelseStormoede", { description: "The large meeting for civil society's actors, and the vision the dialogue continues from." })
export class Stormoede extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) participants!: string;
  @Field(() => String, { nullable: true, description: "Not given in the sources." }) heldOn!: string | null;
  @Field(() => String) followUp!: string;
  @Field(() => String, { description: "The idea behind the vision." }) idea!: string;
}

@ObjectType("SlagelseCitizenDrivenInnovation", { description: "The initiatives on citizen-driven innovation (borgerdreven innovation) the municipality has facilitated." })
export class CitizenDrivenInnovation extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) description!: string;
  @Field(() => [String]) activities!: string[];
  @Field(() => [String]) purposes!: string[];
  @Field(() => String, { nullable: true, description: "The geographic areas; not named in the sources." }) areas!: string | null;
}

@ObjectType("SlagelseDialogueMeetings", { description: "The continuous, binding dialogue between lokalråd, administration and the committee for rural development." })
export class DialogueMeetings extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => [String]) participants!: string[];
  @Field(() => Int) perYearMin!: number;
  @Field(() => Int) perYearMax!: number;
  @Field(() => String) purpose!: string;
  @Field(() => [String], { description: "Who plans the meetings together." }) plannedBy!: string[];
}

/** Slagelse's own types; each is seeded from the documents. */
export const localTypes = [CitizenBudget, RuralFocus, SettlementStrategy, Stormoede, CitizenDrivenInnovation, DialogueMeetings];

type Linked = { councilId?: string | null; policyId?: string | null; visionId?: string | null; trialId?: string | null; ownerCouncilId?: string | null };

async function one<T extends object>(ctx: MemberContext, entity: Parameters<typeof selectRows<T>>[1]): Promise<T | null> {
  return (await selectRows<T>(ctx.em, entity, {}, { limit: 1 }))[0] ?? null;
}

/** Slagelse's own fields on its municipality type, and the links from its own types to the kit's rows. */
export function slagelseResolvers(types: MemberTypes): Function[] {
  @Resolver(() => types.MemberMunicipality)
  class SlagelseOwn {
    @FieldResolver(() => [CitizenBudget], { nullable: true, description: atMost(MAX_CITIZEN_BUDGETS, "Citizen-run budgets, tried and planned.") })
    @ListSize(MAX_CITIZEN_BUDGETS)
    async citizenBudgets(@Ctx() ctx: MemberContext) {
      const rows = await selectRows(ctx.em, CitizenBudgetEntity, {}, { orderBy: { position: "asc" }, limit: MAX_CITIZEN_BUDGETS });
      return rows.map((b) => ({ ...b, ownerCouncilId: b.ownerCouncilKey ? stableId("slagelse", "council", b.ownerCouncilKey) : null }));
    }

    @FieldResolver(() => RuralFocus, { nullable: true })
    ruralFocus(@Ctx() ctx: MemberContext) {
      return one(ctx, RuralFocusEntity);
    }

    @FieldResolver(() => SettlementStrategy, { nullable: true })
    settlementStrategy(@Ctx() ctx: MemberContext) {
      return one(ctx, SettlementStrategyEntity);
    }

    @FieldResolver(() => Stormoede, { nullable: true })
    stormoede(@Ctx() ctx: MemberContext) {
      return one(ctx, StormoedeEntity);
    }

    @FieldResolver(() => CitizenDrivenInnovation, { nullable: true })
    citizenDrivenInnovation(@Ctx() ctx: MemberContext) {
      return one(ctx, CitizenDrivenInnovationEntity);
    }

    @FieldResolver(() => DialogueMeetings, { nullable: true })
    dialogueMeetings(@Ctx() ctx: MemberContext) {
      return one(ctx, DialogueMeetingsEntity);
    }
  }

  // Links to the kit's rows, batched through the kit's loaders.
  const council = (row: Linked, ctx: MemberContext, id = row.councilId) => (id ? ctx.loaders.councils.load(id) : null);
  const policy = (ctx: MemberContext, id: string | null | undefined) => (id ? ctx.loaders.policies.load(id) : null);
  const trial = (ctx: MemberContext, id: string | null | undefined) => (id ? ctx.loaders.trials.load(id) : null);

  @Resolver(() => CitizenBudget)
  class BudgetLinks {
    @FieldResolver(() => types.MemberCouncil, { nullable: true, description: "The owning council." })
    ownerCouncil(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return council(row, ctx, row.ownerCouncilId);
    }

    @FieldResolver(() => types.MemberTrial, { nullable: true, description: "The trial idea that carries it, where there is one." })
    trial(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return trial(ctx, row.trialId);
    }
  }

  @Resolver(() => SettlementStrategy)
  class StrategyPolicy {
    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The strategy among Slagelse's policies." })
    policy(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return policy(ctx, row.policyId);
    }
  }

  @Resolver(() => Stormoede)
  class StormoedeVision {
    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The vision \"Væksten gror nedefra\" among Slagelse's policies." })
    vision(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return policy(ctx, row.visionId);
    }
  }

  @Resolver(() => DialogueMeetings)
  class MeetingsCouncil {
    @FieldResolver(() => types.MemberCouncil, { nullable: true, description: "The lokalråd among Slagelse's councils." })
    council(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return council(row, ctx);
    }
  }

  return [
    SlagelseOwn, BudgetLinks, StrategyPolicy, StormoedeVision, MeetingsCouncil,
    ...localTypes.map((t) => provenanceResolver(t)),
  ];
}
