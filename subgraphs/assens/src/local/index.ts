import { Field, FieldResolver, ObjectType, Resolver } from "type-graphql";
import type { LocalExtension, MemberTypes } from "@frikommune/municipality-kit";
import { annualDialogue, medborgerraad } from "./facts.js";

/** Assens' own part: what the Medborgerråd is, and the lokalråd's annual dialogue with the city council. */
@ObjectType("AssensMedborgerraad", { description: "Assens' Medborgerråd: who sits in it and what it is for." })
export class Medborgerraad {
  @Field(() => String) coverage!: string;
  @Field(() => [String]) composition!: string[];
  @Field(() => String, { description: "Its role towards the city council." }) role!: string;
}

@ObjectType("AssensAnnualDialogue", { description: "The lokalråd's yearly dialogue with the city council's politicians." })
export class AnnualDialogue {
  @Field(() => [String]) participants!: string[];
  @Field(() => String) frequency!: string;
  @Field(() => [String]) topics!: string[];
}

function resolvers(types: MemberTypes) {
  @Resolver(() => types.MemberMunicipality)
  class AssensOwn {
    @FieldResolver(() => Medborgerraad, { nullable: true })
    medborgerraad() {
      return medborgerraad;
    }

    @FieldResolver(() => AnnualDialogue, { nullable: true })
    annualDialogue() {
      return annualDialogue;
    }
  }
  return [AssensOwn];
}

export const local: LocalExtension = { resolvers, types: [Medborgerraad, AnnualDialogue] };
