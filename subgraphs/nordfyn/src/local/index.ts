import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver } from "type-graphql";
import type { LocalExtension, MemberContext, MemberTypes } from "@frikommune/municipality-kit";

/**
 * Nordfyn's own part: its vision with the effect goals citizens helped write, and the role of its
 * 13 lokalråd. Both are views on Nordfyn's seed (the policy "vision" and the council "lokalraad"),
 * so the facts stand in one place.
 */
@ObjectType("NordfynVision", { description: "Nordfyn's vision, developed with the citizens in a large vision process." })
export class Vision {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) process!: string | null;
  @Field(() => [String], { description: "Visionseffektmål." }) effectGoals!: string[];
}

@ObjectType("NordfynLocalCouncilsRole", { description: "What Nordfyn's lokalråd are to become as a free municipality." })
export class LocalCouncilsRole {
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => String, { nullable: true }) role!: string | null;
}

const VISION = `select title, summary, goals from policy where key = 'vision'`;
const LOCAL_COUNCILS = `select count, description from council where key = 'lokalraad'`;

function resolvers(types: MemberTypes) {
  @Resolver(() => types.MemberMunicipality)
  class NordfynOwn {
    @FieldResolver(() => Vision, { nullable: true })
    async vision(@Ctx() ctx: MemberContext) {
      const [row] = await ctx.em.execute<{ title: string; summary: string | null; goals: string[] }[]>(VISION);
      return row ? { title: row.title, process: row.summary, effectGoals: row.goals } : null;
    }

    @FieldResolver(() => LocalCouncilsRole, { nullable: true })
    async localCouncils(@Ctx() ctx: MemberContext) {
      const [row] = await ctx.em.execute<{ count: number | null; description: string | null }[]>(LOCAL_COUNCILS);
      return row ? { count: row.count, role: row.description } : null;
    }
  }
  return [NordfynOwn];
}

export const local: LocalExtension = { resolvers, types: [Vision, LocalCouncilsRole] };
