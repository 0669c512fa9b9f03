import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import { AuditEntryEntity } from "@frikommune/db";
import { SourceEntity } from "./provenance/table.js";
import type { AnchoringLevel, Certainty, CouncilKind, MilestoneState, PolicyKind, StatementKind, TrialStatus } from "./enums.js";

/** The tables every municipality has; each member keeps them in its own PostgreSQL schema. */
export const CouncilEntity = defineEntity({
  name: "Council",
  tableName: "council",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    name: p.string(),
    kind: p.string().$type<CouncilKind>(),
    description: p.text().nullable(),
    count: p.integer().nullable(),
    validFrom: p.string().nullable(),
    validTo: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const PolicyEntity = defineEntity({
  name: "Policy",
  tableName: "policy",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    title: p.string(),
    kind: p.string().$type<PolicyKind>(),
    adoptedOn: p.string().nullable(),
    adoptedBy: p.string().nullable(),
    summary: p.text().nullable(),
    goals: p.array().$type<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const TrialEntity = defineEntity({
  name: "Trial",
  tableName: "trial",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    title: p.string(),
    purpose: p.text(),
    status: p.string().$type<TrialStatus>(),
    ownerCouncilId: p.uuid().nullable(),
    validFrom: p.string().nullable(),
    validTo: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const TrialExemptionEntity = defineEntity({
  name: "TrialExemption",
  tableName: "trial_exemption",
  properties: {
    trialId: p.uuid().primary(),
    code: p.string().primary(),
  },
});

export const MilestoneEntity = defineEntity({
  name: "Milestone",
  tableName: "milestone",
  properties: {
    id: p.uuid().primary(),
    trialId: p.uuid(),
    position: p.integer(),
    title: p.string(),
    dueOn: p.string().nullable(),
    completedOn: p.string().nullable(),
    state: p.string().$type<MilestoneState>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export const EvaluationEntity = defineEntity({
  name: "Evaluation",
  tableName: "evaluation",
  properties: {
    id: p.uuid().primary(),
    trialId: p.uuid(),
    recordedOn: p.string(),
    /** One answer per dimension of the network's evaluation template, keyed by its code. */
    answers: p.json().$type<Record<string, string>>(),
  },
});

export const AnchoringEntity = defineEntity({
  name: "Anchoring",
  tableName: "anchoring",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    level: p.string().$type<AnchoringLevel>(),
    name: p.string().nullable(),
    unit: p.string().nullable(),
    description: p.text(),
    certainty: p.string().$type<Certainty>(),
    councilId: p.uuid().nullable(),
  },
});

export const StatementEntity = defineEntity({
  name: "Statement",
  tableName: "statement",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    kind: p.string().$type<StatementKind>(),
    section: p.string(),
    title: p.string().nullable(),
    text: p.text(),
    certainty: p.string().$type<Certainty>().nullable(),
    trialId: p.uuid().nullable(),
  },
});

export const kitEntities = [
  AuditEntryEntity, SourceEntity, CouncilEntity, PolicyEntity, TrialEntity, TrialExemptionEntity, MilestoneEntity, EvaluationEntity, AnchoringEntity,
  StatementEntity,
];

export type CouncilRow = InferEntity<typeof CouncilEntity>;
export type PolicyRow = InferEntity<typeof PolicyEntity>;
export type TrialRow = InferEntity<typeof TrialEntity>;
export type MilestoneRow = InferEntity<typeof MilestoneEntity>;
export type EvaluationRow = InferEntity<typeof EvaluationEntity>;
export type AnchoringRow = InferEntity<typeof AnchoringEntity>;
export type StatementRow = InferEntity<typeof StatementEntity>;
