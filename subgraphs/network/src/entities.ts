import { defineEntity, p } from "@mikro-orm/core";
import { AuditEntryEntity } from "@frikommune/db";
import type { EvaluationDimensionCode, ExemptionDecision, GroupKind } from "./seed-types.js";

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
    coordinatorRole: p.text(),
    coordinatorName: p.string().nullable(),
    coordinatorMunicipality: p.string().nullable(),
    ministryContacts: p.json().$type<{ name: string; title: string; office: string; ministry: string }[]>(),
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
    conditionDecidedOn: p.string().nullable(),
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
    themeDayId: p.uuid(),
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
    mandate: p.text(),
    reportsTo: p.string().nullable(),
    responsible: p.string().nullable(),
    optional: p.boolean(),
  },
});

export const GroupMemberEntity = defineEntity({
  name: "GroupMember",
  tableName: "group_member",
  properties: {
    id: p.uuid().primary(),
    groupId: p.uuid(),
    position: p.integer(),
    municipalitySlug: p.string().nullable(),
    role: p.string(),
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

export const networkEntities = [
  AuditEntryEntity,
  NetworkEntity, MemberEntity, ExemptionEntity, ThemeDayEntity, ChallengeEntity,
  GroupEntity, GroupMemberEntity, EvaluationTemplateEntity, EvaluationDimensionEntity,
];
