import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { Certainty, Provenanced, provenanceResolver, selectRows, type MemberContext, type MemberTypes } from "@frikommune/municipality-kit";
import {
  ActiveCitizenshipPolicyEntity, InnovationAcademyEntity, LocalCouncilsEntity, VisionEntity, VolunteeringEntity,
} from "./entities.js";

@ObjectType("NordfynVolunteering", { description: "Nordfyn's tradition of volunteering and why it values active citizenship." })
export class Volunteering extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) tradition!: string;
  @Field(() => [String], { description: "Where the volunteers come from." }) contributors!: string[];
  @Field(() => String, { description: "What the volunteers' engagement is to the municipality." }) significance!: string;
  @Field(() => String) whyActiveCitizenship!: string;
}

@ObjectType("NordfynVision", { description: "Nordfyn's vision, developed with the citizens in a large vision process." })
export class Vision extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) process!: string | null;
  @Field(() => [String], { description: "Visionseffektmål." }) effectGoals!: string[];
  @Field(() => String, { nullable: true, description: "Whom the municipality needs to reach the goals." }) dependsOn!: string | null;
}

@ObjectType("NordfynLocalCouncilsRole", { description: "What Nordfyn's lokalråd are to become as a free municipality." })
export class LocalCouncilsRole extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Certainty, { description: "EXPECTED: the application says \"forventer vi\"." }) certainty!: Certainty;
}

@ObjectType("NordfynInnovationAcademy", { description: "The innovation academy run with COK for politicians, employees and managers." })
export class InnovationAcademy extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "The partner, as the application names it." }) partner!: string;
  @Field(() => String) purpose!: string;
  @Field(() => Boolean, { description: "Meritgivende: it gives formal credit." }) givesCredit!: boolean;
  @Field(() => [String]) participants!: string[];
  @Field(() => String, { nullable: true, description: "Not given in the sources." }) startedOn!: string | null;
  @Field(() => String) outcome!: string;
  @Field(() => String) measuredBy!: string;
  @Field(() => [String], { description: "What the annual temperature measurements have shown." }) findings!: string[];
  @Field(() => String, { description: "The focus of the current edition." }) currentFocus!: string;
}

@ObjectType("NordfynActiveCitizenshipPolicy", { description: "The policy for active citizenship Nordfyn wants to develop, and what it is to be." })
export class ActiveCitizenshipPolicy extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Certainty, { description: "EXPECTED: the municipality \"ønsker at udvikle\" the policy; it is not adopted." }) certainty!: Certainty;
  @Field(() => String) platform!: string;
  @Field(() => String) ambition!: string;
  @Field(() => String, { description: "What free-municipality status is to do for the policy." }) freeMunicipalityRole!: string;
  @Field(() => String) sharedResponsibility!: string;
}

/** Nordfyn's own types; each is seeded from the documents. */
export const localTypes = [Volunteering, Vision, LocalCouncilsRole, InnovationAcademy, ActiveCitizenshipPolicy];

type Linked = { councilId?: string | null; policyId?: string | null };

async function one<T extends object>(ctx: MemberContext, entity: Parameters<typeof selectRows<T>>[1]): Promise<T | null> {
  return (await selectRows<T>(ctx.em, entity, {}, { limit: 1 }))[0] ?? null;
}

export function nordfynResolvers(types: MemberTypes): Function[] {
  @Resolver(() => types.MemberMunicipality)
  class NordfynOwn {
    @FieldResolver(() => Volunteering, { nullable: true })
    volunteering(@Ctx() ctx: MemberContext) {
      return one(ctx, VolunteeringEntity);
    }

    @FieldResolver(() => Vision, { nullable: true })
    vision(@Ctx() ctx: MemberContext) {
      return one(ctx, VisionEntity);
    }

    @FieldResolver(() => LocalCouncilsRole, { nullable: true })
    localCouncils(@Ctx() ctx: MemberContext) {
      return one(ctx, LocalCouncilsEntity);
    }

    @FieldResolver(() => InnovationAcademy, { nullable: true })
    innovationAcademy(@Ctx() ctx: MemberContext) {
      return one(ctx, InnovationAcademyEntity);
    }

    @FieldResolver(() => ActiveCitizenshipPolicy, { nullable: true })
    activeCitizenshipPolicy(@Ctx() ctx: MemberContext) {
      return one(ctx, ActiveCitizenshipPolicyEntity);
    }
  }

  // Links to the kit's rows, batched through the kit's loaders.
  @Resolver(() => Vision)
  class VisionPolicy {
    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The vision among Nordfyn's policies." })
    policy(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.policyId ? ctx.loaders.policies.load(row.policyId) : null;
    }
  }

  @Resolver(() => ActiveCitizenshipPolicy)
  class IntendedPolicy {
    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The policy among Nordfyn's policies." })
    policy(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.policyId ? ctx.loaders.policies.load(row.policyId) : null;
    }
  }

  @Resolver(() => LocalCouncilsRole)
  class LocalCouncilsCouncil {
    @FieldResolver(() => types.MemberCouncil, { nullable: true, description: "The lokalråd among Nordfyn's councils." })
    council(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.councilId ? ctx.loaders.councils.load(row.councilId) : null;
    }
  }

  return [NordfynOwn, VisionPolicy, IntendedPolicy, LocalCouncilsCouncil, ...localTypes.map((t) => provenanceResolver(t))];
}
