import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { CouncilKind, PolicyKind, TrialStatus } from "../enums.js";
import { connectionTypes } from "@frikommune/subgraph-server";
import { MAX_EVALUATIONS, MAX_EXEMPTIONS, MAX_GOALS, MAX_MILESTONES } from "../limits.js";
import { atMost, ListSize } from "./list-size.js";
import { Evaluation, Milestone } from "./values.js";
import { Change, HistoryField, Source, SourcesField } from "../provenance/graph.js";

/** Every member's rows are its own types; which one is known from the subgraph serving the request. */
const byPrefix = (suffix: string) => (_value: unknown, context: { typePrefix: string }) => `${context.typePrefix}${suffix}`;

@ObjectType({ description: "A common exemption of the network, owned by the network subgraph." })
@Directive('@key(fields: "code", resolvable: false)')
export class CommonExemption {
  @Field(() => ID) code!: string;
}

@InterfaceType({ description: "A local council, forum or committee of a municipality.", resolveType: byPrefix("LocalCouncil"), autoRegisterImplementations: false })
export abstract class LocalCouncil {
  @SourcesField() sources!: Source[];
  @HistoryField() history!: Change[];
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CouncilKind) kind!: CouncilKind;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true, description: "How many such bodies, where the record stands for a group (e.g. 13 lokalråd)." }) count!: number | null;
  @Field(() => String, { nullable: true }) validFrom!: string | null;
  @Field(() => String, { nullable: true }) validTo!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@InterfaceType({ description: "A vision, policy, strategy, programme or set of principles.", resolveType: byPrefix("Policy"), autoRegisterImplementations: false })
export abstract class Policy {
  @SourcesField() sources!: Source[];
  @HistoryField() history!: Change[];
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => PolicyKind) kind!: PolicyKind;
  @Field(() => String, { nullable: true, description: "When adopted, at the precision the sources give (\"2014\")." }) adoptedOn!: string | null;
  @Field(() => String, { nullable: true }) adoptedBy!: string | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [String], { description: atMost(MAX_GOALS) }) goals!: string[];
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

/** The fields of a trial every subgraph agrees on; the network adds `municipality`. */
@InterfaceType({ autoRegisterImplementations: false })
export abstract class TrialFields {
  @SourcesField() sources!: Source[];
  @HistoryField() history!: Change[];
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) purpose!: string;
  @Field(() => TrialStatus) status!: TrialStatus;
  @Field(() => String, { nullable: true }) validFrom!: string | null;
  @Field(() => String, { nullable: true }) validTo!: string | null;
  @Field(() => [Milestone], { description: atMost(MAX_MILESTONES) }) @ListSize(MAX_MILESTONES) milestones!: Milestone[];
  @Field(() => [Evaluation], { description: atMost(MAX_EVALUATIONS) }) @ListSize(MAX_EVALUATIONS) evaluations!: Evaluation[];
  @Field(() => LocalCouncil, { nullable: true }) ownerCouncil!: LocalCouncil | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@InterfaceType("Trial", { description: "A free-municipality trial run by one member.", resolveType: byPrefix("Trial"), autoRegisterImplementations: false })
export abstract class Trial extends TrialFields {
  @Field(() => [CommonExemption], { description: atMost(MAX_EXEMPTIONS) }) @ListSize(MAX_EXEMPTIONS) exemptions!: CommonExemption[];
}

/** `TrialConnection` and `TrialEdge` over a given `Trial` interface class. */
export function trialConnectionTypes(node: Function) {
  const { Edge: TrialEdge, Connection: TrialConnection } = connectionTypes("Trial", () => node);
  return { TrialEdge, TrialConnection };
}

export const { TrialConnection } = trialConnectionTypes(Trial);

/** `OverdueMilestone` over a given `Trial` interface class (the members' and the network's). */
export function overdueMilestoneType(trial: Function) {
  @ObjectType({ description: "A milestone PLANNED or NOT_DONE whose whole due period has passed, with its trial." })
  @Directive("@shareable")
  class OverdueMilestone {
    @Field(() => Milestone) milestone!: Milestone;
    @Field(() => trial) trial!: unknown;
  }
  return OverdueMilestone;
}

export const OverdueMilestone = overdueMilestoneType(Trial);

export const OVERDUE_MILESTONES = "Milestones PLANNED or NOT_DONE whose whole due period has passed, the longest overdue first, with their trials.";
