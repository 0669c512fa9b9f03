import type { InferEntity } from "@mikro-orm/core";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { EvaluationTemplateEntity, ExemptionEntity, GroupEntity, MemberEntity, NetworkEntity, ThemeDayEntity } from "../entities.js";
import { atMost, ListSize, MAX_EXEMPTIONS, MAX_MUNICIPALITIES, MAX_THEME_DAYS, selectRows, since, versionsResolver } from "@frikommune/municipality-kit";
import { MAX_GROUPS } from "../limits.js";
import type { NetworkContext } from "../loaders.js";
import { NetworkMutations } from "./mutations.js";
import { Challenge, CommonExemption, Coordinator, Viewer, EvaluationDimension, EvaluationTemplate, Group, GroupMember, Municipality, Network, ThemeDay } from "./types.js";

type Row<T> = T & { id: string };
/** The network's row as the `Network` resolvers get it, its coordinator's municipality by slug. */
type NetworkRow = InferEntity<typeof NetworkEntity> & { coordinator: { role: string; name?: string | null; slug?: string | null } };
const bySlug = (ctx: NetworkContext, slug: string | null) => (slug ? ctx.loaders.members.load(slug) : null);
const everyMember = (ctx: NetworkContext) => selectRows(ctx.em, MemberEntity, {}, { orderBy: { position: "asc" }, limit: MAX_MUNICIPALITIES });

@Resolver()
export class NetworkQueries {
  @Query(() => Network, { description: "The network itself." })
  async network(@Ctx() ctx: NetworkContext): Promise<NetworkRow> {
    const [n] = await selectRows(ctx.em, NetworkEntity, {}, { limit: 1 });
    if (!n) throw new Error("the network row is missing; the seed did not run");
    return { ...n, coordinator: { role: n.coordinatorRole, name: n.coordinatorName, slug: n.coordinatorMunicipality } };
  }

  @Query(() => Viewer, { description: "Who the caller is; anonymous without a token." })
  viewer(@Ctx() ctx: NetworkContext) {
    const { subject, role, municipality } = ctx.identity;
    return { authenticated: subject !== null, subject, role, municipalitySlug: municipality };
  }

  @Query(() => [Municipality], { description: atMost(MAX_MUNICIPALITIES, "Every member municipality.") })
  @ListSize(MAX_MUNICIPALITIES)
  municipalities(@Ctx() ctx: NetworkContext) {
    return everyMember(ctx);
  }

  @Query(() => Municipality, { nullable: true, description: "A member by slug; null when no member has it." })
  municipality(@Arg("slug", () => ID) slug: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.members.load(slug);
  }

  @Query(() => [CommonExemption], { description: atMost(MAX_EXEMPTIONS, "The common exemptions a)–d).") })
  @ListSize(MAX_EXEMPTIONS)
  exemptions(@Ctx() ctx: NetworkContext) {
    return selectRows(ctx.em, ExemptionEntity, {}, { orderBy: { code: "asc" }, limit: MAX_EXEMPTIONS });
  }

  @Query(() => CommonExemption, { nullable: true })
  exemption(@Arg("code", () => ID) code: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.exemptions.load(code.toUpperCase());
  }

  @Query(() => [ThemeDay], { description: atMost(MAX_THEME_DAYS) })
  @ListSize(MAX_THEME_DAYS)
  themeDays(@Ctx() ctx: NetworkContext) {
    return selectRows(ctx.em, ThemeDayEntity, {}, { orderBy: { heldOn: "asc", title: "asc", id: "asc" }, limit: MAX_THEME_DAYS });
  }

  @Query(() => [Group], { description: atMost(MAX_GROUPS) })
  @ListSize(MAX_GROUPS)
  groups(@Ctx() ctx: NetworkContext) {
    return selectRows(ctx.em, GroupEntity, {}, { orderBy: { position: "asc" }, limit: MAX_GROUPS });
  }

  @Query(() => EvaluationTemplate)
  async evaluationTemplate(@Ctx() ctx: NetworkContext) {
    const [template] = await selectRows(ctx.em, EvaluationTemplateEntity, {}, { limit: 1 });
    if (!template) throw new Error("the evaluation template is missing; the seed did not run");
    return template;
  }
}

@Resolver(() => Network)
export class NetworkFields {
  @FieldResolver(() => [Municipality])
  members(@Ctx() ctx: NetworkContext) {
    return everyMember(ctx);
  }
}

@Resolver(() => Coordinator)
export class CoordinatorFields {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() coordinator: { slug: string | null }, @Ctx() ctx: NetworkContext) {
    return bySlug(ctx, coordinator.slug);
  }
}

@Resolver(() => Viewer)
export class ViewerFields {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() viewer: { municipalitySlug: string | null }, @Ctx() ctx: NetworkContext) {
    return bySlug(ctx, viewer.municipalitySlug);
  }
}

@Resolver(() => ThemeDay)
export class ThemeDayFields {
  @FieldResolver(() => [Challenge])
  challenges(@Root() day: Row<ThemeDay>, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.challenges.load(day.id);
  }
}

@Resolver(() => Challenge)
export class ChallengeFields {
  @FieldResolver(() => Municipality)
  municipality(@Root() challenge: { municipalitySlug: string }, @Ctx() ctx: NetworkContext) {
    return bySlug(ctx, challenge.municipalitySlug);
  }
}

@Resolver(() => Group)
export class GroupFields {
  @FieldResolver(() => [GroupMember])
  members(
    @Root() group: Row<Group>,
    @Arg("updatedSince", () => GraphQLDateTime, { nullable: true }) updatedSince: Date | null,
    @Ctx() ctx: NetworkContext,
  ) {
    return updatedSince ? ctx.loaders.groupMembersChangedSince(since(updatedSince, "updatedSince")).load(group.id) : ctx.loaders.groupMembers.load(group.id);
  }
}

@Resolver(() => GroupMember)
export class GroupMemberFields {
  @FieldResolver(() => Boolean)
  deleted(@Root() member: { deletedAt?: Date | null }) {
    return member.deletedAt != null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() member: { municipalitySlug: string | null }, @Ctx() ctx: NetworkContext) {
    return bySlug(ctx, member.municipalitySlug);
  }
}

@Resolver(() => EvaluationTemplate)
export class EvaluationTemplateFields {
  @FieldResolver(() => [EvaluationDimension])
  dimensions(@Root() template: Row<EvaluationTemplate>, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.dimensions.load(template.id);
  }
}

const networkVersions = [CommonExemption, ThemeDay, Group].map((type) => versionsResolver(type, ["network-coordinator", "ministry"]));

export const networkResolvers = [
  NetworkMutations,
  ...networkVersions,
  NetworkQueries, NetworkFields, CoordinatorFields, ViewerFields, ThemeDayFields, ChallengeFields, GroupFields, GroupMemberFields, EvaluationTemplateFields,
] as const;
