import type { InferEntity } from "@mikro-orm/core";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  ChallengeEntity, EvaluationPlanEntity, EvaluationTemplateEntity, ExemptionEntity, GroupEntity, MemberEntity, NetworkEntity, ThemeDayEntity,
  ThemeDayPlanEntity,
} from "../entities.js";
import {
  atMost, ListSize, MAX_EXEMPTIONS, MAX_MUNICIPALITIES, MAX_THEME_DAYS, provenanceResolver, selectRows, since, SOURCE_DOCUMENTS, SourceDocument,
  versionsResolver,
} from "@frikommune/municipality-kit";
import { MAX_GROUPS, MAX_LISTED_CHALLENGES, MAX_RULES, MAX_SOURCE_DOCUMENTS } from "../limits.js";
import type { NetworkContext } from "../loaders.js";
import { NetworkMutations } from "./mutations.js";
import {
  Challenge, CommonExemption, Coordinator, EvaluationDimension, EvaluationPlan, EvaluationTemplate, Group, GroupMember, LegalFinding, memberMunicipalityTypes,
  MinistryContact, MinistryRule, Municipality, Network, NetworkStatement, NetworkTopic, RuleKind, ThemeDay, ThemeDayParticipant, ThemeDayPlan, Viewer,
} from "./types.js";

type Row<T> = T & { id: string };
/** The network's row as the `Network` resolvers get it, its coordinator's municipality by slug. */
type NetworkRow = InferEntity<typeof NetworkEntity> & { coordinator: { role: string; name?: string | null; slug?: string | null } };
const bySlug = (ctx: NetworkContext, slug: string | null) => (slug ? ctx.loaders.members.load(slug) : null);
const everyMember = (ctx: NetworkContext) => selectRows(ctx.em, MemberEntity, {}, { orderBy: { position: "asc" }, limit: MAX_MUNICIPALITIES });
const ofKind = async <T extends { kind: string }>(rows: Promise<T[]>, kind: RuleKind | null) => (kind ? (await rows).filter((r) => r.kind === kind) : rows);
const rules = (ctx: NetworkContext, kind: RuleKind | null) => ofKind(ctx.loaders.rules.load("all"), kind);
const one = async <T>(rows: Promise<T[]>, what: string): Promise<T> => {
  const [row] = await rows;
  if (!row) throw new Error(`the ${what} is missing; the seed did not run`);
  return row;
};
const evaluationTemplate = (ctx: NetworkContext) => one(selectRows(ctx.em, EvaluationTemplateEntity, {}, { limit: 1 }), "evaluation template");

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

  @Query(() => [ThemeDay], { description: atMost(MAX_THEME_DAYS, "Theme days the network's coordinators scheduled; the application's plan for them is Network.themeDayPlan.") })
  @ListSize(MAX_THEME_DAYS)
  themeDays(@Ctx() ctx: NetworkContext) {
    return selectRows(ctx.em, ThemeDayEntity, {}, { orderBy: { heldOn: "asc", title: "asc", id: "asc" }, limit: MAX_THEME_DAYS });
  }

  @Query(() => [Group], { description: atMost(MAX_GROUPS) })
  @ListSize(MAX_GROUPS)
  groups(@Ctx() ctx: NetworkContext) {
    return selectRows(ctx.em, GroupEntity, {}, { orderBy: { position: "asc" }, limit: MAX_GROUPS });
  }

  @Query(() => [Challenge], {
    description: atMost(MAX_LISTED_CHALLENGES, "Challenges members want sparring on, oldest first (those the application states come first), then by member and title."),
  })
  @ListSize(MAX_LISTED_CHALLENGES)
  challenges(
    @Arg("municipality", () => ID, { nullable: true, description: "A member's slug: only its challenges." }) municipality: string | null,
    @Arg("onThemeDay", () => Boolean, { nullable: true, description: "true: only those brought to a day; false: only those without one." }) onThemeDay: boolean | null,
    @Ctx() ctx: NetworkContext,
  ) {
    const where = {
      ...(municipality != null ? { municipalitySlug: municipality } : {}),
      ...(onThemeDay != null ? { themeDayId: onThemeDay ? { $ne: null } : null } : {}),
    };
    return selectRows(ctx.em, ChallengeEntity, where, { orderBy: { createdAt: "asc", municipalitySlug: "asc", title: "asc", id: "asc" }, limit: MAX_LISTED_CHALLENGES });
  }

  @Query(() => EvaluationTemplate)
  evaluationTemplate(@Ctx() ctx: NetworkContext) {
    return evaluationTemplate(ctx);
  }

  @Query(() => [MinistryRule], { description: atMost(MAX_RULES, "What the ministry's page asks of, leaves to, expects from, suggests or offers every network, in the page's order.") })
  @ListSize(MAX_RULES)
  ministryRules(@Arg("kind", () => RuleKind, { nullable: true }) kind: RuleKind | null, @Ctx() ctx: NetworkContext) {
    return rules(ctx, kind);
  }

  @Query(() => [SourceDocument], { description: atMost(MAX_SOURCE_DOCUMENTS, "The documents the seeded facts come from.") })
  @ListSize(MAX_SOURCE_DOCUMENTS)
  sourceDocuments() {
    return SOURCE_DOCUMENTS;
  }
}

@Resolver(() => Network)
export class NetworkFields {
  @FieldResolver(() => [Municipality])
  members(@Ctx() ctx: NetworkContext) {
    return everyMember(ctx);
  }

  @FieldResolver(() => [MinistryContact])
  ministryContacts(@Ctx() ctx: NetworkContext) {
    return ctx.loaders.contacts.load("all");
  }

  @FieldResolver(() => [NetworkStatement])
  async statements(@Arg("topic", () => NetworkTopic, { nullable: true }) topic: NetworkTopic | null, @Ctx() ctx: NetworkContext) {
    const all = await ctx.loaders.statements.load("all");
    return topic ? all.filter((s) => s.topic === topic) : all;
  }

  @FieldResolver(() => ThemeDayPlan)
  themeDayPlan(@Ctx() ctx: NetworkContext) {
    return one(selectRows(ctx.em, ThemeDayPlanEntity, {}, { limit: 1 }), "theme day plan");
  }

  @FieldResolver(() => EvaluationPlan)
  evaluationPlan(@Ctx() ctx: NetworkContext) {
    return one(selectRows(ctx.em, EvaluationPlanEntity, {}, { limit: 1 }), "evaluation plan");
  }

  @FieldResolver(() => [MinistryRule])
  rules(@Arg("kind", () => RuleKind, { nullable: true }) kind: RuleKind | null, @Ctx() ctx: NetworkContext) {
    return rules(ctx, kind);
  }
}

@Resolver(() => MinistryContact)
export class MinistryContactFields {
  @FieldResolver(() => String, { nullable: true })
  ministry(@Root() contact: { organisation: string | null }) {
    return contact.organisation;
  }
}

@Resolver(() => CommonExemption)
export class CommonExemptionFields {
  @FieldResolver(() => LegalFinding, { nullable: true })
  legalFinding(@Root() exemption: Row<CommonExemption>, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.legalFindings.load(exemption.id);
  }
}

@Resolver(() => ThemeDayPlan)
export class ThemeDayPlanFields {
  @FieldResolver(() => String)
  perYear(@Root() plan: { perYearMin: number; perYearMax: number }) {
    return plan.perYearMin === plan.perYearMax ? String(plan.perYearMin) : `${plan.perYearMin}–${plan.perYearMax}`;
  }

  @FieldResolver(() => [ThemeDayParticipant])
  participants(@Root() plan: Row<ThemeDayPlan>, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.participants.load(plan.id);
  }

  @FieldResolver(() => Group, { nullable: true, description: "The group that sets the days' agendas." })
  agendaSetBy(@Root() plan: { agendaGroupKey: string | null }, @Ctx() ctx: NetworkContext) {
    return plan.agendaGroupKey ? ctx.loaders.groupsByKey.load(plan.agendaGroupKey) : null;
  }
}

@Resolver(() => EvaluationPlan)
export class EvaluationPlanFields {
  @FieldResolver(() => EvaluationTemplate, { description: "The uniform template the ministry expects every trial to be followed up with." })
  template(@Ctx() ctx: NetworkContext) {
    return evaluationTemplate(ctx);
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

  @FieldResolver(() => ThemeDay, { nullable: true, description: "The day it was brought to; null for a challenge the application states without a day." })
  themeDay(@Root() challenge: { themeDayId: string | null }, @Ctx() ctx: NetworkContext) {
    return challenge.themeDayId ? ctx.loaders.themeDays.load(challenge.themeDayId) : null;
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

/** `sources` and `history` of every type the documents seed (and of theme days, which only writes create). */
const provenance = [
  Network, Municipality, ...memberMunicipalityTypes, MinistryContact, CommonExemption, LegalFinding, ThemeDay, ThemeDayPlan, ThemeDayParticipant, Challenge,
  Group, GroupMember, EvaluationTemplate, EvaluationDimension, EvaluationPlan, MinistryRule, NetworkStatement,
].map((type) => provenanceResolver(type));

export const networkResolvers = [
  NetworkMutations,
  ...networkVersions,
  ...provenance,
  NetworkQueries, NetworkFields, MinistryContactFields, CommonExemptionFields, ThemeDayPlanFields, EvaluationPlanFields, CoordinatorFields, ViewerFields,
  ThemeDayFields, ChallengeFields, GroupFields, GroupMemberFields, EvaluationTemplateFields,
] as const;
