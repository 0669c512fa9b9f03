import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Args, Directive, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import {
  Anchoring, atMost, Certainty, ConnectionSize, ListSize, LocalCouncil, MAX_ANCHORING, MAX_CHALLENGES, MAX_COUNCILS, MAX_DIMENSIONS, MAX_EXEMPTIONS,
  MAX_GROUP_MEMBERS, MAX_INVITED, MAX_MUNICIPALITIES, MAX_POLICIES, MAX_STATEMENTS as MAX_MEMBER_STATEMENTS, Policy, Provenanced, StatementKind, STATEMENTS,
  statementType, TrialFields, TrialSummary, TrialsArgs, trialConnectionTypes, overdueMilestoneType, OVERDUE_MILESTONES, SlicedListSize,
} from "@frikommune/municipality-kit";
import { members } from "@frikommune/members";
import { MAX_MINISTRY_CONTACTS, MAX_RULES, MAX_STATEMENTS, MAX_THEME_DAY_PARTICIPANTS } from "../limits.js";

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
    NO_LEGAL_BASIS: {
      description: "The ministry found no legal basis for it under current law.",
      deprecationReason: "A finding on the law is not a decision on an application: see CommonExemption.legalFinding.",
    },
  },
});

export enum GroupKind {
  POLITICAL_ANCHORING = "POLITICAL_ANCHORING",
  MAYORS_EXCHANGE = "MAYORS_EXCHANGE",
  STEERING_GROUP = "STEERING_GROUP",
  NETWORK_GROUP = "NETWORK_GROUP",
  COORDINATION_GROUP = "COORDINATION_GROUP",
  POLITICAL_REFERENCE_GROUP = "POLITICAL_REFERENCE_GROUP",
  ADMINISTRATIVE_REFERENCE_GROUP = "ADMINISTRATIVE_REFERENCE_GROUP",
}
registerEnumType(GroupKind, {
  name: "GroupKind",
  valuesConfig: {
    POLITICAL_ANCHORING: { description: "The five city councils, which follow the network's work." },
    MAYORS_EXCHANGE: { description: "The five mayors meeting to exchange experience." },
    STEERING_GROUP: { description: "The cross-municipal steering group." },
    NETWORK_GROUP: { description: "Network groups set up ad hoc under the steering group." },
    COORDINATION_GROUP: { description: "One coordinator per municipality, running the network's day to day." },
    POLITICAL_REFERENCE_GROUP: { description: "A political reference group, as the ministry suggests." },
    ADMINISTRATIVE_REFERENCE_GROUP: { description: "An administrative reference group, as the ministry suggests." },
  },
});

export enum LegalFindingKind {
  NO_LEGAL_BASIS = "NO_LEGAL_BASIS",
}
registerEnumType(LegalFindingKind, {
  name: "LegalFindingKind",
  valuesConfig: { NO_LEGAL_BASIS: { description: "No legal basis under current law." } },
});

export enum RuleKind {
  REQUIREMENT = "REQUIREMENT",
  NOT_REQUIRED = "NOT_REQUIRED",
  EXPECTATION = "EXPECTATION",
  SUGGESTION = "SUGGESTION",
  SUPPORT = "SUPPORT",
  BACKGROUND = "BACKGROUND",
}
registerEnumType(RuleKind, {
  name: "RuleKind",
  description: "How the ministry's page puts something to a network.",
  valuesConfig: {
    REQUIREMENT: { description: "A network must (\"skal\")." },
    NOT_REQUIRED: { description: "Expressly not required of a network." },
    EXPECTATION: { description: "The ministry expects it, or finds it necessary." },
    SUGGESTION: { description: "Suggested as an example (\"kan med fordel\", \"eksempelvis\")." },
    SUPPORT: { description: "Help on offer to networks." },
    BACKGROUND: { description: "Not a rule: why trials are organised in networks." },
  },
});

export enum NetworkTopic {
  BACKGROUND = "BACKGROUND",
  THEME_REASON = "THEME_REASON",
  AIM = "AIM",
  BARRIER = "BARRIER",
  APPROACH = "APPROACH",
  PLAN = "PLAN",
  CITIZEN_INVOLVEMENT = "CITIZEN_INVOLVEMENT",
  FOLLOW_UP_RESEARCH = "FOLLOW_UP_RESEARCH",
}
registerEnumType(NetworkTopic, {
  name: "NetworkTopic",
  description: "What a statement of the application about the network as a whole is about.",
  valuesConfig: {
    BACKGROUND: { description: "What the members already do, and why they want to go further." },
    THEME_REASON: { description: "A reason for choosing the theme." },
    AIM: { description: "What the network will find out or achieve (\"Vi vil finde svarene\")." },
    BARRIER: { description: "Legal barriers met already, those expected, and what free-municipality status does about them." },
    APPROACH: { description: "Common and individual trials, and how they build on earlier free-municipality trials." },
    PLAN: { description: "A step of the plan, with when it is due." },
    CITIZEN_INVOLVEMENT: { description: "Citizen involvement across the network's organisation." },
    FOLLOW_UP_RESEARCH: { description: "Research following the network." },
  },
});

export enum EvaluationDimensionCode {
  EFFECTS = "EFFECTS",
  LEGAL_CERTAINTY = "LEGAL_CERTAINTY",
  ECONOMIC_CONSEQUENCES = "ECONOMIC_CONSEQUENCES",
  ADMINISTRATIVE_CONSEQUENCES = "ADMINISTRATIVE_CONSEQUENCES",
}
registerEnumType(EvaluationDimensionCode, { name: "EvaluationDimensionCode" });

@ObjectType({ description: "A finding on the law, as the documents report it." })
export class LegalFinding extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => LegalFindingKind) kind!: LegalFindingKind;
  @Field(() => String, { description: "What was found, in Danish." }) finding!: string;
  @Field(() => String) foundBy!: string;
  @Field(() => String, { nullable: true, description: "At the precision the document gives (\"2016-04\": the end of April 2016)." }) foundOn!: string | null;
  @Field(() => String, { nullable: true, description: "What the authority said it intends to do next." }) statedIntention!: string | null;
  @Field(() => String, { nullable: true }) intentionBy!: string | null;
  @Field(() => Certainty, { nullable: true }) intentionCertainty!: Certainty | null;
}

@ObjectType({ description: "A common exemption area of the network (a–d in the application)." })
@Directive('@key(fields: "code")')
export class CommonExemption extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "A, B, C or D." }) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String) legalArea!: string;
  @Field(() => ExemptionDecision) decision!: ExemptionDecision;
  @Field(() => String, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => String, { nullable: true, description: "What the network asks for on this area, where the application says." }) networkRequest!: string | null;
  @Field(() => LegalFinding, { nullable: true, description: "A finding on the law for this area, separate from any decision on an application." })
  legalFinding!: LegalFinding | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

const ANCHORING = atMost(MAX_ANCHORING, "Where the member anchors its work, in the documents' order.");

const typeNameOf = (slug: string) => `${members.find((m) => m.slug === slug)?.typePrefix}Municipality`;

@InterfaceType("Municipality", {
  description: "A member of the network. Network-owned fields come from here; councils, policies, anchoring, statements and trials from the member's own subgraph.",
  resolveType: (value: { slug: string }) => typeNameOf(value.slug),
  autoRegisterImplementations: false,
})
@Directive('@key(fields: "slug")')
export abstract class Municipality extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => ID) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "A condition on membership stated in the application." }) membershipCondition!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Always null: the documents give no decision taken.",
    deprecationReason: "The documents give the decision as scheduled, not its outcome: use conditionDecisionScheduledOn and conditionCertainty.",
  })
  conditionDecidedOn!: string | null;
  @Field(() => String, { nullable: true, description: "When the decision the condition waits for is scheduled (\"2016-06-01\")." }) conditionDecisionScheduledOn!: string | null;
  @Field(() => String, { nullable: true, description: "Who takes that decision." }) conditionDecisionBy!: string | null;
  @Field(() => Certainty, { nullable: true, description: "SCHEDULED while the documents give only the date." }) conditionCertainty!: Certainty | null;
  @Field(() => [LocalCouncil], { nullable: true, description: atMost(MAX_COUNCILS) }) @ListSize(MAX_COUNCILS) councils!: LocalCouncil[] | null;
  @Field(() => [Policy], { nullable: true, description: atMost(MAX_POLICIES) }) @ListSize(MAX_POLICIES) policies!: Policy[] | null;
  @Field(() => [Anchoring], { nullable: true, description: ANCHORING }) @ListSize(MAX_ANCHORING) anchoring!: Anchoring[] | null;
  @Field(() => [Statement], { nullable: true, description: STATEMENTS })
  @ListSize(MAX_MEMBER_STATEMENTS)
  statements(@Arg("kind", () => StatementKind, { nullable: true }) _kind: StatementKind | null): unknown {
    return null;
  }
  @Field(() => TrialConnection, { nullable: true, description: "The member's trials, filtered and paged." })
  @ConnectionSize()
  trials(@Args(() => TrialsArgs) _args: TrialsArgs): unknown {
    return null;
  }
  @Field(() => TrialSummary, { nullable: true }) trialSummary!: TrialSummary | null;
  @Field(() => [OverdueMilestone], { nullable: true, description: OVERDUE_MILESTONES })
  @SlicedListSize()
  overdueMilestones(@Arg("first", () => Int, { nullable: true, description: "How many, 1–100 (default 20)." }) _first: number | null): unknown {
    return null;
  }
}

@InterfaceType("Trial", { description: "A free-municipality trial run by one member.", autoRegisterImplementations: false })
export abstract class Trial extends TrialFields {
  @Field(() => [CommonExemption], { description: atMost(MAX_EXEMPTIONS) }) @ListSize(MAX_EXEMPTIONS) exemptions!: CommonExemption[];
  @Field(() => Municipality) municipality!: Municipality;
}

export const { TrialConnection } = trialConnectionTypes(Trial);
// The class is referenced above before this line runs; type-graphql resolves the thunk later.
export const OverdueMilestone = overdueMilestoneType(Trial);

/** The kit's `Statement` over the network's `Trial`; the members resolve it, the network only names it. */
export const Statement = statementType(Trial);

/** One implementation per member of the registry; the member's subgraph resolves the external fields. */
export const memberMunicipalityTypes = members.map((m) => {
  @ObjectType(`${m.typePrefix}Municipality`, { implements: Municipality, description: `${m.name} as a member of the network.` })
  @Directive('@key(fields: "slug")')
  class MemberMunicipality extends Municipality {
    @Field(() => [LocalCouncil], { nullable: true, description: atMost(MAX_COUNCILS) }) @ListSize(MAX_COUNCILS) @Directive("@external") declare councils: LocalCouncil[] | null;
    @Field(() => [Policy], { nullable: true, description: atMost(MAX_POLICIES) }) @ListSize(MAX_POLICIES) @Directive("@external") declare policies: Policy[] | null;
    @Field(() => [Anchoring], { nullable: true, description: ANCHORING }) @ListSize(MAX_ANCHORING) @Directive("@external") declare anchoring: Anchoring[] | null;
    @Field(() => [Statement], { nullable: true, description: STATEMENTS })
    @ListSize(MAX_MEMBER_STATEMENTS)
    @Directive("@external")
    override statements(@Arg("kind", () => StatementKind, { nullable: true }) _kind: StatementKind | null): unknown {
      return null;
    }
    @Field(() => TrialConnection, { nullable: true, description: "The member's trials, filtered and paged." })
    @ConnectionSize()
    @Directive("@external")
    override trials(@Args(() => TrialsArgs) _args: TrialsArgs): unknown {
      return null;
    }
    @Field(() => TrialSummary, { nullable: true }) @Directive("@external") declare trialSummary: TrialSummary | null;
    @Field(() => [OverdueMilestone], { nullable: true, description: OVERDUE_MILESTONES })
    @SlicedListSize()
    @Directive("@external")
    override overdueMilestones(@Arg("first", () => Int, { nullable: true, description: "How many, 1–100 (default 20)." }) _first: number | null): unknown {
      return null;
    }
  }
  return MemberMunicipality;
});

@ObjectType({ description: "The one person who is the ministries' contact for the network." })
export class Coordinator {
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Municipality, { nullable: true }) municipality!: Municipality | null;
}

@ObjectType({ description: "A contact on the ministry's page, with only what the page gives." })
export class MinistryContact extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "Null where the page gives an office without a person." }) name!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { description: "Kontor." }) office!: string;
  @Field(() => String, { nullable: true, description: "The organisation, where the page names one for the contact." }) organisation!: string | null;
  @Field(() => String, { nullable: true, deprecationReason: "The page names an organisation for one contact only: use organisation." }) ministry!: string | null;
}

@ObjectType({ description: "A statement of the application about the network as a whole." })
export class NetworkStatement extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => NetworkTopic) topic!: NetworkTopic;
  @Field(() => String, { description: "The application's section heading." }) heading!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "What the application says, summarised in Danish." }) text!: string;
  @Field(() => Certainty, { nullable: true, description: "How firmly it is stated; null for a fact or a view rather than an intention." }) certainty!: Certainty | null;
  @Field(() => String, { nullable: true, description: "When it is due, at the precision the application gives (\"2016-11\")." }) dueOn!: string | null;
  @Field(() => String, { nullable: true, description: "When, in the application's words (\"I løbet af efteråret 2016\")." }) due!: string | null;
}

@ObjectType({ description: "What the ministry's page on networks asks of, leaves to, expects from, suggests or offers a network." })
export class MinistryRule extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => RuleKind) kind!: RuleKind;
  @Field(() => String, { description: "The page's heading it stands under." }) topic!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "The rule, summarised in Danish." }) statement!: string;
  @Field(() => String, { nullable: true, description: "Why, where the page says." }) reason!: string | null;
}

@ObjectType({ description: "Someone the theme day plan gives a part, and how firmly." })
export class ThemeDayParticipant extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) who!: string;
  @Field(() => String, { description: "Their part, in Danish (\"Inviteres\", \"Kan deltage\")." }) role!: string;
  @Field(() => Certainty, { description: "How firmly the application gives them this part at a day held." }) certainty!: Certainty;
}

@ObjectType({ description: "The application's plan for theme days: how many, what for and who takes part. Scheduled days are `themeDays`." })
export class ThemeDayPlan extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Days a year, as the application gives it (\"1–2\")." }) perYear!: string;
  @Field(() => Int) perYearMin!: number;
  @Field(() => Int) perYearMax!: number;
  @Field(() => Certainty, { description: "How firmly the days are planned (\"forventeligt\": EXPECTED)." }) certainty!: Certainty;
  @Field(() => String) purpose!: string;
  @Field(() => String, { description: "What happens at the days." }) content!: string;
  @Field(() => [ThemeDayParticipant], { description: atMost(MAX_THEME_DAY_PARTICIPANTS) }) @ListSize(MAX_THEME_DAY_PARTICIPANTS) participants!: ThemeDayParticipant[];
}

@ObjectType({ description: "The network's own plan for evaluating its work and its trials." })
export class EvaluationPlan extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The running evaluation of the network's work." }) networkEvaluation!: string;
  @Field(() => Certainty) certainty!: Certainty;
  @Field(() => String) finalReport!: string;
  @Field(() => String, { description: "When the report is due, in the application's words." }) finalReportDue!: string;
  @Field(() => String, { description: "How each trial's evaluation is planned." }) trialEvaluations!: string;
  @Field(() => String, { description: "Why each trial gets its own plan." }) whyPerTrial!: string;
}

@ObjectType({ description: "The free-municipality network." })
export class Network extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) theme!: string;
  @Field(() => String) purpose!: string;
  @Field(() => Int) periodFrom!: number;
  @Field(() => Int) periodTo!: number;
  @Field(() => String, { nullable: true, description: "Date of the minister's invitation." }) invitedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Who invited; the members are those who answered." }) invitedBy!: string | null;
  @Field(() => Coordinator) coordinator!: Coordinator;
  @Field(() => [MinistryContact], { description: atMost(MAX_MINISTRY_CONTACTS, "The contacts on the ministry's page.") }) @ListSize(MAX_MINISTRY_CONTACTS) ministryContacts!: MinistryContact[];
  @Field(() => String, { nullable: true }) followUpResearch!: string | null;
  @Field(() => [Municipality], { description: atMost(MAX_MUNICIPALITIES) }) @ListSize(MAX_MUNICIPALITIES) members!: Municipality[];
  @Field(() => [NetworkStatement], { description: atMost(MAX_STATEMENTS, "What the application says of the network as a whole, in its order; one topic with `topic`.") })
  @ListSize(MAX_STATEMENTS)
  statements!: NetworkStatement[];
  @Field(() => ThemeDayPlan) themeDayPlan!: ThemeDayPlan;
  @Field(() => EvaluationPlan) evaluationPlan!: EvaluationPlan;
  @Field(() => [MinistryRule], { description: atMost(MAX_RULES, "The ministry's rules for every free-municipality network; one kind with `kind`.") })
  @ListSize(MAX_RULES)
  rules!: MinistryRule[];
}

@ObjectType({ description: "A challenge a member wants sparring on: brought to a theme day, or stated in the application without a day." })
export class Challenge extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@ObjectType({ description: "A theme day the network's coordinators scheduled (the application plans 1–2 a year: see Network.themeDayPlan)." })
export class ThemeDay extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) heldOn!: string | null;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: atMost(MAX_INVITED) }) invited!: string[];
  @Field(() => [Challenge], { description: atMost(MAX_CHALLENGES) }) @ListSize(MAX_CHALLENGES) challenges!: Challenge[];
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
}

@ObjectType({
  description: "A member of a group; `deleted` marks a removal, shown only to `members(updatedSince:)` as a tombstone that keeps only its id and when it was removed.",
})
export class GroupMember extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => GraphQLDateTime) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: "Null on a tombstone." }) role!: string | null;
  @Field(() => String, { nullable: true, description: "The person's name, where given; null on a tombstone." }) name!: string | null;
  @Field(() => Municipality, { nullable: true, description: "The member municipality the person represents; null on a tombstone." }) municipality!: Municipality | null;
}

@ObjectType({ description: "A group of the network's organisation, as firmly as the documents give it." })
export class Group extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => Certainty, { description: "DECIDED where the application sets it up; CONSIDERED or POSSIBLE where it or the ministry only envisages it." }) certainty!: Certainty;
  @Field(() => String) mandate!: string;
  @Field(() => String, { nullable: true, description: "Who sits in it, as the documents say it." }) composition!: string | null;
  @Field(() => String, { nullable: true }) reportsTo!: string | null;
  @Field(() => String, { nullable: true, description: "The person responsible (netværksansvarlig), where named." }) responsible!: string | null;
  @Field(() => String, { nullable: true, description: "The responsible role the documents give, where they give one." }) responsibleRole!: string | null;
  @Field(() => Boolean, { description: "Not decided by the network: possible, considered, or suggested by the ministry." }) optional!: boolean;
  @Field(() => String, { nullable: true, description: "Who suggests it, where the network has not decided it." }) suggestedBy!: string | null;
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
export class EvaluationDimension extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => EvaluationDimensionCode) code!: EvaluationDimensionCode;
  @Field(() => String) title!: string;
  @Field(() => String) question!: string;
}

@ObjectType({ description: "The uniform template every trial is evaluated against." })
export class EvaluationTemplate extends Provenanced {
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
