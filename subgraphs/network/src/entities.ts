import { defineEntity, p } from "@mikro-orm/core";
import { AuditEntryEntity } from "@frikommune/db";
import { SourceEntity, type Certainty } from "@frikommune/municipality-kit";
import type { EvaluationDimensionCode, ExemptionDecision, GroupKind, LegalFindingKind, NetworkTopic, RuleKind } from "./seed-types.js";

export const NetworkEntity = defineEntity({
  name: "Network",
  tableName: "network",
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    theme: p.string(),
    purpose: p.text(),
    periodFrom: p.integer(),
    periodTo: p.integer(),
    invitedOn: p.string().nullable(),
    invitedBy: p.string().nullable(),
    coordinatorRole: p.text(),
    coordinatorName: p.string().nullable(),
    coordinatorMunicipality: p.string().nullable(),
    followUpResearch: p.text().nullable(),
  },
});

export const MemberEntity = defineEntity({
  name: "Member",
  tableName: "member",
  properties: {
    id: p.uuid().primary(),
    slug: p.string().unique(),
    name: p.string(),
    position: p.integer(),
    membershipCondition: p.text().nullable(),
    /** Kept for old readers; the documents give no decided date. */
    conditionDecidedOn: p.string().nullable(),
    conditionDecisionScheduledOn: p.string().nullable(),
    conditionDecisionBy: p.string().nullable(),
    conditionCertainty: p.string().$type<Certainty>().nullable(),
  },
});

export const ExemptionEntity = defineEntity({
  name: "Exemption",
  tableName: "common_exemption",
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    title: p.string(),
    description: p.text(),
    legalArea: p.string(),
    decision: p.string().$type<ExemptionDecision>(),
    decidedOn: p.string().nullable(),
    decisionNote: p.text().nullable(),
    networkRequest: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const ThemeDayEntity = defineEntity({
  name: "ThemeDay",
  tableName: "theme_day",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    title: p.string(),
    heldOn: p.string().nullable(),
    description: p.text(),
    invited: p.array().$type<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const ChallengeEntity = defineEntity({
  name: "Challenge",
  tableName: "challenge",
  properties: {
    id: p.uuid().primary(),
    /** Null for a challenge a member states without naming a day for it. */
    themeDayId: p.uuid().nullable(),
    municipalitySlug: p.string(),
    title: p.string(),
    description: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const GroupEntity = defineEntity({
  name: "Group",
  tableName: "network_group",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    name: p.string(),
    kind: p.string().$type<GroupKind>(),
    certainty: p.string().$type<Certainty>(),
    mandate: p.text(),
    composition: p.text().nullable(),
    reportsTo: p.string().nullable(),
    responsible: p.string().nullable(),
    responsibleRole: p.string().nullable(),
    optional: p.boolean(),
    suggestedBy: p.string().nullable(),
  },
});

export const GroupMemberEntity = defineEntity({
  name: "GroupMember",
  tableName: "group_member",
  properties: {
    id: p.uuid().primary(),
    groupId: p.uuid(),
    position: p.integer(),
    /** The seat's municipality, role and holder; all three null on a tombstone. */
    municipalitySlug: p.string().nullable(),
    role: p.string().nullable(),
    name: p.string().nullable(),
    deletedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const EvaluationTemplateEntity = defineEntity({
  name: "EvaluationTemplate",
  tableName: "evaluation_template",
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    description: p.text(),
    processSupport: p.text().nullable(),
  },
});

export const EvaluationDimensionEntity = defineEntity({
  name: "EvaluationDimension",
  tableName: "evaluation_dimension",
  properties: {
    id: p.uuid().primary(),
    templateId: p.uuid(),
    position: p.integer(),
    code: p.string().$type<EvaluationDimensionCode>(),
    title: p.string(),
    question: p.text(),
  },
});

export const ContactEntity = defineEntity({
  name: "MinistryContact",
  tableName: "ministry_contact",
  properties: {
    id: p.uuid().primary(),
    position: p.integer(),
    name: p.string().nullable(),
    title: p.string().nullable(),
    office: p.string(),
    organisation: p.string().nullable(),
  },
});

export const LegalFindingEntity = defineEntity({
  name: "LegalFinding",
  tableName: "legal_finding",
  properties: {
    id: p.uuid().primary(),
    exemptionId: p.uuid().unique(),
    kind: p.string().$type<LegalFindingKind>(),
    finding: p.text(),
    foundBy: p.string(),
    foundOn: p.string().nullable(),
    statedIntention: p.text().nullable(),
    intentionBy: p.string().nullable(),
    intentionCertainty: p.string().$type<Certainty>().nullable(),
  },
});

export const ThemeDayPlanEntity = defineEntity({
  name: "ThemeDayPlan",
  tableName: "theme_day_plan",
  properties: {
    id: p.uuid().primary(),
    perYearMin: p.integer(),
    perYearMax: p.integer(),
    certainty: p.string().$type<Certainty>(),
    purpose: p.text(),
    content: p.text(),
    agendaGroupKey: p.string().nullable(),
  },
});

export const ThemeDayParticipantEntity = defineEntity({
  name: "ThemeDayParticipant",
  tableName: "theme_day_participant",
  properties: {
    id: p.uuid().primary(),
    planId: p.uuid(),
    position: p.integer(),
    who: p.string(),
    role: p.text(),
    certainty: p.string().$type<Certainty>(),
  },
});

export const EvaluationPlanEntity = defineEntity({
  name: "EvaluationPlan",
  tableName: "evaluation_plan",
  properties: {
    id: p.uuid().primary(),
    networkEvaluation: p.text(),
    certainty: p.string().$type<Certainty>(),
    finalReport: p.text(),
    finalReportDue: p.string(),
    trialEvaluations: p.text(),
    whyPerTrial: p.text(),
  },
});

export const MinistryRuleEntity = defineEntity({
  name: "MinistryRule",
  tableName: "ministry_rule",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    kind: p.string().$type<RuleKind>(),
    topic: p.string(),
    title: p.string(),
    statement: p.text(),
    reason: p.text().nullable(),
  },
});

export const NetworkStatementEntity = defineEntity({
  name: "NetworkStatement",
  tableName: "network_statement",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    topic: p.string().$type<NetworkTopic>(),
    position: p.integer(),
    heading: p.string(),
    title: p.string(),
    text: p.text(),
    certainty: p.string().$type<Certainty>().nullable(),
    dueOn: p.string().nullable(),
    due: p.string().nullable(),
  },
});

export const networkEntities = [
  AuditEntryEntity, SourceEntity,
  NetworkEntity, MemberEntity, ExemptionEntity, ThemeDayEntity, ChallengeEntity,
  GroupEntity, GroupMemberEntity, EvaluationTemplateEntity, EvaluationDimensionEntity,
  ContactEntity, LegalFindingEntity, ThemeDayPlanEntity, ThemeDayParticipantEntity, EvaluationPlanEntity, MinistryRuleEntity, NetworkStatementEntity,
];
