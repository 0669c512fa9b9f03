import { Field, FieldResolver, Int, ObjectType, Resolver } from "type-graphql";
import { atMost, ListSize, type LocalExtension, type MemberTypes } from "@frikommune/municipality-kit";
import { vision } from "./facts.js";

/** Ringkøbing-Skjern's own part: the 2014 vision and its three tracks (FIA, dialogue principles, VIA). */
@ObjectType("RingkobingSkjernVisionTrack", { description: "One of the three tracks the 2014 vision was carried out in." })
export class VisionTrack {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => String) description!: string;
}

@ObjectType("RingkobingSkjernVision", { description: "The city council's common political vision of 2014." })
export class Vision {
  @Field(() => String) adoptedOn!: string;
  @Field(() => [String]) crossCuttingPolicies!: string[];
  @Field(() => Int, { description: "The sector policies are not named in the sources, only counted." }) sectorPolicyCount!: number;
  @Field(() => [VisionTrack], { description: atMost(vision.tracks.length) }) @ListSize(vision.tracks.length) tracks!: VisionTrack[];
}

function resolvers(types: MemberTypes) {
  @Resolver(() => types.MemberMunicipality)
  class RingkobingSkjernOwn {
    @FieldResolver(() => Vision, { nullable: true })
    vision() {
      return vision;
    }
  }
  return [RingkobingSkjernOwn];
}

export const local: LocalExtension = { resolvers, types: [Vision, VisionTrack] };
