import DataLoader from "dataloader";
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { groupByKeys } from "@frikommune/subgraph-server";
import {
  atMost, firstPerParent, ListSize, Provenanced, provenanceResolver, selectRows, type MemberContext, type MemberTypes,
} from "@frikommune/municipality-kit";
import { CultureChangeEntity, MotivationEntity, VisionEntity, VisionTrackEntity, type VisionTrackRow } from "./entities.js";
import { tracks } from "./facts.js";

/** Ringkøbing-Skjern's lists hold what its application names. */
const MAX_TRACKS = tracks.length;

@ObjectType("RingkobingSkjernVisionTrack", { description: "One of the three tracks the 2014 vision was carried out in." })
export class VisionTrack extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) startedOn!: string | null;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true, description: "The partner the municipality runs it with, where the application names one." }) partner!: string | null;
  @Field(() => Int, { nullable: true, description: "Its length in years, where the application gives it." }) durationYears!: number | null;
}

@ObjectType("RingkobingSkjernVision", { description: "The city council's common political vision of 2014." })
export class Vision extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) adoptedOn!: string;
  @Field(() => [String]) crossCuttingPolicies!: string[];
  @Field(() => Int, { description: "The sector policies are not named in the sources, only counted." }) sectorPolicyCount!: number;
  @Field(() => [String], { description: "De politiske ønsker behind the vision." }) politicalWishes!: string[];
  @Field(() => String) redThread!: string;
  @Field(() => [VisionTrack], { description: atMost(MAX_TRACKS) }) @ListSize(MAX_TRACKS) tracks!: VisionTrack[];
}

@ObjectType("RingkobingSkjernCultureChange", { description: "The cultural and organisational change co-creation asks of the municipality." })
export class CultureChange extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) need!: string;
  @Field(() => String, { description: "What politicians, managers and front-line staff must learn." }) learning!: string;
  @Field(() => String) openingUp!: string;
  @Field(() => [String], { description: "How opening up challenges the way the municipality works." }) examples!: string[];
  @Field(() => [String], { description: "Basic principles that are not to be departed from." }) principlesKept!: string[];
  @Field(() => String, { description: "What the administrative rules should be able to hold." }) rules!: string;
  @Field(() => String, { description: "The culture change project the organisation is in the middle of." }) ongoingProject!: string;
}

@ObjectType("RingkobingSkjernMotivation", { description: "Why Ringkøbing-Skjern joins the network." })
export class Motivation extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "How far the work has come." }) stage!: string;
  @Field(() => String, { description: "What it knows of the rules it will meet." }) knownBarriers!: string;
  @Field(() => String) reason!: string;
}

/** Ringkøbing-Skjern's own types; each is seeded from the documents. */
export const localTypes = [Vision, VisionTrack, CultureChange, Motivation];

type Linked = { policyId?: string | null };

async function one<T extends object>(ctx: MemberContext, entity: Parameters<typeof selectRows<T>>[1]): Promise<T | null> {
  return (await selectRows<T>(ctx.em, entity, {}, { limit: 1 }))[0] ?? null;
}

/** One statement for the tracks of every vision in a request. */
const trackLoaders = new WeakMap<MemberContext, DataLoader<string, VisionTrackRow[]>>();
function trackLoader(ctx: MemberContext) {
  let loader = trackLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (visionIds: readonly string[]) => {
      const rows = await firstPerParent(ctx.em, VisionTrackEntity, { parent: "visionId", parentIds: visionIds, max: MAX_TRACKS, orderBy: { position: "asc" } });
      return groupByKeys(visionIds, rows, (r) => r.visionId);
    });
    trackLoaders.set(ctx, loader);
  }
  return loader;
}

export function ringkobingSkjernResolvers(types: MemberTypes): Function[] {
  @Resolver(() => types.MemberMunicipality)
  class RingkobingSkjernOwn {
    @FieldResolver(() => Vision, { nullable: true })
    vision(@Ctx() ctx: MemberContext) {
      return one(ctx, VisionEntity);
    }

    @FieldResolver(() => CultureChange, { nullable: true })
    cultureChange(@Ctx() ctx: MemberContext) {
      return one(ctx, CultureChangeEntity);
    }

    @FieldResolver(() => Motivation, { nullable: true })
    motivation(@Ctx() ctx: MemberContext) {
      return one(ctx, MotivationEntity);
    }
  }

  // Links to the kit's rows, batched through the kit's loaders.
  @Resolver(() => Vision)
  class VisionFields {
    @FieldResolver(() => [VisionTrack])
    tracks(@Root() vision: { id: string }, @Ctx() ctx: MemberContext) {
      return trackLoader(ctx).load(vision.id);
    }

    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The vision among Ringkøbing-Skjern's policies." })
    policy(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.policyId ? ctx.loaders.policies.load(row.policyId) : null;
    }
  }

  @Resolver(() => VisionTrack)
  class TrackPolicy {
    @FieldResolver(() => types.MemberPolicy, { nullable: true, description: "The track among Ringkøbing-Skjern's policies." })
    policy(@Root() row: Linked, @Ctx() ctx: MemberContext) {
      return row.policyId ? ctx.loaders.policies.load(row.policyId) : null;
    }
  }

  return [RingkobingSkjernOwn, VisionFields, TrackPolicy, ...localTypes.map((t) => provenanceResolver(t))];
}
