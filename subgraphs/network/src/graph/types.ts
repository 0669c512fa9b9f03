import { GraphQLDateTime } from "graphql-scalars";
import { Args, Directive, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import {
  atMost, ConnectionSize, ListSize, LocalCouncil, MAX_CHALLENGES, MAX_COUNCILS, MAX_DIMENSIONS, MAX_EXEMPTIONS, MAX_GROUP_MEMBERS,
  MAX_INVITED, MAX_MUNICIPALITIES, MAX_POLICIES, Policy, TrialFields, TrialSummary, TrialsArgs, trialConnectionTypes,
} from "@frikommune/municipality-kit";
import { members } from "@frikommune/members";
import { MAX_MINISTRY_CONTACTS } from "../limits.js";

export enum ExemptionDecision {
  PROPOSED = "PROPOSED",
  APPLIED = "APPLIED",
  GRANTED = "GRANTED",
  REFUSED = "REFUSED",
  NO_LEGAL_BASIS = "NO_LEGAL_BASIS",
}
registerEnumType(ExemptionDecision, {
  name: "ExemptionDecision",
  description: "Where a common exemption stands with the ministry.",
  valuesConfig: {
    PROPOSED: { description: "Named by the network as a common exemption area; no application decided yet." },
    NO_LEGAL_BASIS: { description: "The ministry found no legal basis for it under current law." },
  },
});

export enum GroupKind {
  POLITICAL_ANCHORING = "POLITICAL_ANCHORING",
  STEERING_GROUP = "STEERING_GROUP",
  NETWORK_GROUP = "NETWORK_GROUP",
  COORDINATION_GROUP = "COORDINATION_GROUP",
  POLITICAL_REFERENCE_GROUP = "POLITICAL_REFERENCE_GROUP",
  ADMINISTRATIVE_REFERENCE_GROUP = "ADMINISTRATIVE_REFERENCE_GROUP",
}
registerEnumType(GroupKind, { name: "GroupKind" });

export enum EvaluationDimensionCode {
  EFFECTS = "EFFECTS",
  LEGAL_CERTAINTY = "LEGAL_CERTAINTY",
  ECONOMIC_CONSEQUENCES = "ECONOMIC_CONSEQUENCES",
  ADMINISTRATIVE_CONSEQUENCES = "ADMINISTRATIVE_CONSEQUENCES",
}
registerEnumType(EvaluationDimensionCode, { name: "EvaluationDimensionCode" });

@ObjectType({ description: "A common exemption area of the network (a–d in the application)." })
@Directive('@key(fields: "code")')
export class CommonExemption {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "A, B, C or D." }) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String) legalArea!: string;
  @Field(() => ExemptionDecision) decision!: ExemptionDecision;
  @Field(() => String, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

const typeNameOf = (slug: string) => `${members.find((m) => m.slug === slug)?.typePrefix}Municipality`;

@InterfaceType("Municipality", {
  description: "A member of the network. Network-owned fields come from here; councils, policies and trials from the member's own subgraph.",
  resolveType: (value: { slug: string }) => typeNameOf(value.slug),
  autoRegisterImplementations: false,
})
@Directive('@key(fields: "slug")')
export abstract class Municipality {
  @Field(() => ID) id!: string;
  @Field(() => ID) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "A condition on membership stated in the application." }) membershipCondition!: string | null;
  @Field(() => String, { nullable: true }) conditionDecidedOn!: string | null;
  @Field(() => [LocalCouncil], { nullable: true, description: atMost(MAX_COUNCILS) }) @ListSize(MAX_COUNCILS) councils!: LocalCouncil[] | null;
  @Field(() => [Policy], { nullable: true, description: atMost(MAX_POLICIES) }) @ListSize(MAX_POLICIES) policies!: Policy[] | null;
  @Field(() => TrialConnection, { nullable: true, description: "The member's trials, filtered and paged." })
  @ConnectionSize()
  trials(@Args(() => TrialsArgs) _args: TrialsArgs): unknown {
    return null;
  }
  @Field(() => TrialSummary, { nullable: true }) trialSummary!: TrialSummary | null;
}

@InterfaceType("Trial", { description: "A free-municipality trial run by one member.", autoRegisterImplementations: false })
export abstract class Trial extends TrialFields {
  @Field(() => [CommonExemption], { description: atMost(MAX_EXEMPTIONS) }) @ListSize(MAX_EXEMPTIONS) exemptions!: CommonExemption[];
  @Field(() => Municipality) municipality!: Municipality;
}

export const { TrialConnection } = trialConnectionTypes(Trial);

/** One implementation per member of the registry; the member's subgraph resolves the external fields. */
export const memberMunicipalityTypes = members.map((m) => {
  @ObjectType(`${m.typePrefix}Municipality`, { implements: Municipality, description: `${m.name} as a member of the network.` })
  @Directive('@key(fields: "slug")')
  class MemberMunicipality extends Municipality {
    @Field(() => [LocalCouncil], { nullable: true, description: atMost(MAX_COUNCILS) }) @ListSize(MAX_COUNCILS) @Directive("@external") declare councils: LocalCouncil[] | null;
    @Field(() => [Policy], { nullable: true, description: atMost(MAX_POLICIES) }) @ListSize(MAX_POLICIES) @Directive("@external") declare policies: Policy[] | null;
    @Field(() => TrialConnection, { nullable: true, description: "The member's trials, filtered and paged." })
    @ConnectionSize()
    @Directive("@external")
    override trials(@Args(() => TrialsArgs) _args: TrialsArgs): unknown {
      return null;
    }
    @Field(() => TrialSummary, { nullable: true }) @Directive("@external") declare trialSummary: TrialSummary | null;
  }
  return MemberMunicipality;
});

@ObjectType({ description: "The one person who is the ministries' contact for the network." })
export class Coordinator {
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
}

@ObjectType({ description: "A contact at the ministry." })
export class MinistryContact {
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  @Field(() => String) office!: string;
  @Field(() => String) ministry!: string;
}

@ObjectType({ description: "The free-municipality network." })
export class Network {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) theme!: string;
  @Field(() => String) purpose!: string;
  @Field(() => Int) periodFrom!: number;
  @Field(() => Int) periodTo!: number;
  @Field(() => String, { nullable: true, description: "Date of the minister's invitation." }) invitedOn!: string | null;
  @Field(() => Coordinator) coordinator!: Coordinator;
  @Field(() => [MinistryContact], { description: atMost(MAX_MINISTRY_CONTACTS) }) @ListSize(MAX_MINISTRY_CONTACTS) ministryContacts!: MinistryContact[];
  @Field(() => String, { nullable: true }) followUpResearch!: string | null;
  @Field(() => [Municipality], { description: atMost(MAX_MUNICIPALITIES) }) @ListSize(MAX_MUNICIPALITIES) members!: Municipality[];
}

@ObjectType({ description: "A challenge a member brought to a theme day for sparring." })
export class Challenge {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@ObjectType({ description: "A theme day of the network (1–2 a year)." })
export class ThemeDay {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) heldOn!: string | null;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: atMost(MAX_INVITED) }) invited!: string[];
  @Field(() => [Challenge], { description: atMost(MAX_CHALLENGES) }) @ListSize(MAX_CHALLENGES) challenges!: Challenge[];
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@ObjectType({ description: "A member of a group; `deleted` marks a removal, shown only to `members(updatedSince:)`." })
export class GroupMember {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
}

@ObjectType({ description: "A group of the network's organisation." })
export class Group {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => String) mandate!: string;
  @Field(() => String, { nullable: true }) reportsTo!: string | null;
  @Field(() => String, { nullable: true, description: "The person responsible (netværksansvarlig), where named." }) responsible!: string | null;
  @Field(() => Boolean, { description: "Suggested by the ministry, not required." }) optional!: boolean;
  @Field(() => [GroupMember], {
    description: atMost(
      MAX_GROUP_MEMBERS,
      "Current members; with updatedSince, the members changed since then, removed ones as tombstones, the oldest change first (when the list is full, ask again from the last updatedAt).",
    ),
  })
  @ListSize(MAX_GROUP_MEMBERS)
  members!: GroupMember[];
}

@ObjectType()
export class EvaluationDimension {
  @Field(() => ID) id!: string;
  @Field(() => EvaluationDimensionCode) code!: EvaluationDimensionCode;
  @Field(() => String) title!: string;
  @Field(() => String) question!: string;
}

@ObjectType({ description: "The uniform template every trial is evaluated against." })
export class EvaluationTemplate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) processSupport!: string | null;
  @Field(() => [EvaluationDimension], { description: atMost(MAX_DIMENSIONS) }) @ListSize(MAX_DIMENSIONS) dimensions!: EvaluationDimension[];
}

@ObjectType({ description: "The caller, as the gateway verified their token." })
export class Viewer {
  @Field(() => Boolean) authenticated!: boolean;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true, description: "editor, coordinator, network-coordinator or ministry." }) role!: string | null;
  @Field(() => Municipality, { nullable: true, description: "The municipality an editor or coordinator acts for." }) municipality!: Municipality | null;
}
