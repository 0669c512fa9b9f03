import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { fieldPrefix } from "@frikommune/members";
import type { MemberContext } from "../context.js";
import type { AnchoringRow, StatementRow, TrialRow } from "../entities.js";
import { evaluatedByDimension, listAnchoring, listCouncils, listPolicies, listStatements, overdueMilestones, trialSummary, trialsPage } from "../queries.js";
import { MAX_ANCHORING, MAX_COUNCILS, MAX_DIMENSIONS, MAX_EVALUATIONS, MAX_EXEMPTIONS, MAX_MILESTONES, MAX_POLICIES, MAX_STATEMENTS } from "../limits.js";
import { StatementKind } from "../enums.js";
import { TrialsArgs } from "./args.js";
import { CommonExemption, LocalCouncil, OVERDUE_MILESTONES, OverdueMilestone, Policy, Trial, TrialConnection } from "./interfaces.js";
import { pageSize } from "@frikommune/subgraph-server";
import { atMost, ConnectionSize, ListSize, SlicedListSize } from "./list-size.js";
import type { MemberTypes } from "./member-types.js";
import { Anchoring } from "./anchoring.js";
import { Statement, STATEMENTS } from "./statement.js";
import { DimensionCount, Evaluation, Milestone, TrialSummary } from "./values.js";
import { provenanceResolver } from "../provenance/graph.js";
import { versionsResolver } from "./versions.js";


/** Resolvers for one member's types. Fields contributed to the network's entity are nullable. */
export function createMemberResolvers(types: MemberTypes, prefix: string) {
  @Resolver(() => types.MemberMunicipality)
  class MunicipalityResolver {
    @FieldResolver(() => [LocalCouncil], { nullable: true, description: atMost(MAX_COUNCILS) })
    @ListSize(MAX_COUNCILS)
    councils(@Ctx() ctx: MemberContext) {
      return listCouncils(ctx.em);
    }

    @FieldResolver(() => [Policy], { nullable: true, description: atMost(MAX_POLICIES) })
    @ListSize(MAX_POLICIES)
    policies(@Ctx() ctx: MemberContext) {
      return listPolicies(ctx.em);
    }

    @FieldResolver(() => [Anchoring], { nullable: true, description: atMost(MAX_ANCHORING, "Where the member anchors its work, in the documents' order.") })
    @ListSize(MAX_ANCHORING)
    anchoring(@Ctx() ctx: MemberContext) {
      return listAnchoring(ctx.em);
    }

    @FieldResolver(() => [Statement], { nullable: true, description: STATEMENTS })
    @ListSize(MAX_STATEMENTS)
    statements(@Arg("kind", () => StatementKind, { nullable: true }) kind: StatementKind | null, @Ctx() ctx: MemberContext) {
      return listStatements(ctx.em, kind);
    }

    @FieldResolver(() => TrialConnection, { nullable: true, description: "The member's trials, filtered and paged." })
    @ConnectionSize()
    trials(@Args(() => TrialsArgs) args: TrialsArgs, @Ctx() ctx: MemberContext) {
      return trialsPage(ctx.em, args);
    }

    @FieldResolver(() => TrialSummary, { nullable: true })
    trialSummary(@Ctx() ctx: MemberContext) {
      return trialSummary(ctx.em);
    }

    @FieldResolver(() => [OverdueMilestone], { nullable: true, description: OVERDUE_MILESTONES })
    @SlicedListSize()
    overdueMilestones(@Arg("first", () => Int, { nullable: true, description: "How many, 1–100 (default 20)." }) first: number | null, @Ctx() ctx: MemberContext) {
      return overdueMilestones(ctx.em, pageSize(first ?? undefined));
    }
  }

  @Resolver(() => types.MemberTrial)
  class TrialResolver {
    @FieldResolver(() => [CommonExemption], { description: atMost(MAX_EXEMPTIONS) })
    @ListSize(MAX_EXEMPTIONS)
    exemptions(@Root() trial: TrialRow, @Ctx() ctx: MemberContext) {
      return ctx.loaders.exemptions.load(trial.id);
    }

    @FieldResolver(() => [Milestone], { description: atMost(MAX_MILESTONES) })
    @ListSize(MAX_MILESTONES)
    milestones(@Root() trial: TrialRow, @Ctx() ctx: MemberContext) {
      return ctx.loaders.milestones.load(trial.id);
    }

    @FieldResolver(() => [Evaluation], { description: atMost(MAX_EVALUATIONS) })
    @ListSize(MAX_EVALUATIONS)
    evaluations(@Root() trial: TrialRow, @Ctx() ctx: MemberContext) {
      return ctx.loaders.evaluations.load(trial.id);
    }

    @FieldResolver(() => LocalCouncil, { nullable: true })
    ownerCouncil(@Root() trial: TrialRow, @Ctx() ctx: MemberContext) {
      return trial.ownerCouncilId ? ctx.loaders.councils.load(trial.ownerCouncilId) : null;
    }

    @FieldResolver(() => types.MemberMunicipality)
    municipality(@Ctx() ctx: MemberContext) {
      return { slug: ctx.slug };
    }
  }

  @Resolver(() => Anchoring)
  class AnchoringResolver {
    @FieldResolver(() => LocalCouncil, { nullable: true, description: "The council among the member's councils it is anchored in or through." })
    council(@Root() row: AnchoringRow, @Ctx() ctx: MemberContext) {
      return row.councilId ? ctx.loaders.councils.load(row.councilId) : null;
    }
  }

  @Resolver(() => Statement)
  class StatementResolver {
    @FieldResolver(() => Trial, { nullable: true, description: "The trial that carries it, where there is one." })
    trial(@Root() row: StatementRow, @Ctx() ctx: MemberContext) {
      return row.trialId ? ctx.loaders.trials.load(row.trialId) : null;
    }
  }

  @Resolver()
  class MemberQueryResolver {
    @Query(() => types.MemberTrial, { name: `${fieldPrefix(prefix)}Trial`, nullable: true, description: "One of this member's trials by id." })
    trial(@Arg("id", () => ID) id: string, @Ctx() ctx: MemberContext) {
      return ctx.loaders.trials.load(id);
    }
  }

  const referenceResolvers = {
    [`${prefix}Municipality`]: (ref: { slug: string }, ctx: MemberContext) => (ref.slug === ctx.slug ? { slug: ref.slug } : null),
    [`${prefix}Trial`]: (ref: { id: string }, ctx: MemberContext) => ctx.loaders.trials.load(ref.id),
    [`${prefix}LocalCouncil`]: (ref: { id: string }, ctx: MemberContext) => ctx.loaders.councils.load(ref.id),
    [`${prefix}Policy`]: (ref: { id: string }, ctx: MemberContext) => ctx.loaders.policies.load(ref.id),
  };

  const versions = [types.MemberTrial, types.MemberCouncil, types.MemberPolicy].map((type) => versionsResolver(type, ["member-editor", "ministry"]));
  const provenance = [types.MemberTrial, types.MemberCouncil, types.MemberPolicy, Milestone, Anchoring, Statement].map((type) => provenanceResolver(type));
  @Resolver(() => TrialSummary)
  class TrialSummaryResolver {
    @FieldResolver(() => [DimensionCount], { description: atMost(MAX_DIMENSIONS, "Trials with an evaluation answering each dimension of the template, in the template's order.") })
    @ListSize(MAX_DIMENSIONS)
    evaluatedByDimension(@Ctx() ctx: MemberContext) {
      return evaluatedByDimension(ctx.em);
    }
  }

  return { resolvers: [MunicipalityResolver, TrialSummaryResolver, TrialResolver, AnchoringResolver, StatementResolver, MemberQueryResolver, ...versions, ...provenance] as const, referenceResolvers };
}
