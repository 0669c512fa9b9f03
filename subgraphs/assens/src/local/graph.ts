import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { atMost, Certainty, ListSize, Provenanced, provenanceResolver, selectRows, type MemberContext, type MemberTypes } from "@frikommune/municipality-kit";
import { AnnualDialogueEntity, MedborgerraadEntity, PrerequisitesEntity, TrialArenaEntity } from "./entities.js";
import { trialArenas } from "./facts.js";

/** Assens' lists hold what its application names. */
const MAX_TRIAL_ARENAS = trialArenas.length;

@ObjectType("AssensPrerequisites", { description: "What Assens' part in the network builds on (its forudsætninger)." })
export class Prerequisites extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => [String], { description: "The vision and the organisation its part builds on." }) buildsOn!: string[];
  @Field(() => String, { description: "How the municipality already works with its citizens." }) currentPractice!: string;
}

@ObjectType("AssensMedborgerraad", { description: "Assens' Medborgerråd: who sits in it and what it is for." })
export class Medborgerraad extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) coverage!: string;
  @Field(() => [String]) composition!: string[];
  @Field(() => String, { description: "Its role towards the city council." }) role!: string;
}

@ObjectType("AssensAnnualDialogue", { description: "The lokalråd's yearly dialogue with the city council's politicians." })
export class AnnualDialogue extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => [String]) participants!: string[];
  @Field(() => String) frequency!: string;
  @Field(() => [String]) topics!: string[];
}

@ObjectType("AssensTrialArena", { description: "A body the application names as an arena for new trials, and how firmly it says so." })
export class TrialArena extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Certainty, { description: "CONSIDERED for \"tænkes\", POSSIBLE for \"kan også indtænkes\"." }) certainty!: Certainty;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: "The kinds of trial the application gives as examples." }) examples!: string[];
}

/** Assens' own types; each is seeded from the documents. */
export const localTypes = [Prerequisites, Medborgerraad, AnnualDialogue, TrialArena];

type Linked = { councilId?: string | null; trialId?: string | null };

async function one<T extends object>(ctx: MemberContext, entity: Parameters<typeof selectRows<T>>[1]): Promise<T | null> {
  return (await selectRows<T>(ctx.em, entity, {}, { limit: 1 }))[0] ?? null;
}

export function assensResolvers(types: MemberTypes): Function[] {
  @Resolver(() => types.MemberMunicipality)
  class AssensOwn {
    @FieldResolver(() => Prerequisites, { nullable: true })
    prerequisites(@Ctx() ctx: MemberContext) {
      return one(ctx, PrerequisitesEntity);
    }

    @FieldResolver(() => Medborgerraad, { nullable: true })
    medborgerraad(@Ctx() ctx: MemberContext) {
      return one(ctx, MedborgerraadEntity);
    }

    @FieldResolver(() => AnnualDialogue, { nullable: true })
    annualDialogue(@Ctx() ctx: MemberContext) {
      return one(ctx, AnnualDialogueEntity);
    }

    @FieldResolver(() => [TrialArena], { nullable: true, description: atMost(MAX_TRIAL_ARENAS, "Lokalråd and Medborgerråd as arenas for new trials.") })
    @ListSize(MAX_TRIAL_ARENAS)
    trialArenas(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, TrialArenaEntity, {}, { orderBy: { position: "asc" }, limit: MAX_TRIAL_ARENAS });
    }
  }

  /** `council` on a local type that names one of Assens' councils, batched through the kit's loader. */
  const councilOf = (type: Function) => {
    @Resolver(() => type)
    class CouncilLink {
      @FieldResolver(() => types.MemberCouncil, { nullable: true, description: "The council among Assens' councils." })
      council(@Root() row: Linked, @Ctx() ctx: MemberContext) {
        return row.councilId ? ctx.loaders.councils.load(row.councilId) : null;
      }
    }
    return CouncilLink;
  };

  @Resolver(() => TrialArena)
  class ArenaTrial {
    @FieldResolver(() => types.MemberTrial, { nullable: true, description: "The trial idea this arena is for." })
    trial(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.trialId ? ctx.loaders.trials.load(row.trialId) : null;
    }
  }

  return [AssensOwn, ArenaTrial, ...[Medborgerraad, AnnualDialogue, TrialArena].map(councilOf), ...localTypes.map((t) => provenanceResolver(t))];
}
