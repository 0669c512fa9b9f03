import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
// `policy_id` points at the kit's rows in the same schema; the kit's seed owns those.

export const VisionEntity = defineEntity({
  name: "RingkobingSkjernVision",
  tableName: "vision",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    policyId: p.uuid().nullable(),
    adoptedOn: p.string(),
    crossCuttingPolicies: p.array().$type<string[]>(),
    sectorPolicyCount: p.integer(),
    politicalWishes: p.array().$type<string[]>(),
    redThread: p.text(),
  },
});

export const VisionTrackEntity = defineEntity({
  name: "RingkobingSkjernVisionTrack",
  tableName: "vision_track",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    visionId: p.uuid(),
    position: p.integer(),
    title: p.string(),
    startedOn: p.string().nullable(),
    description: p.text(),
    partner: p.string().nullable(),
    durationYears: p.integer().nullable(),
    policyId: p.uuid().nullable(),
  },
});

export const CultureChangeEntity = defineEntity({
  name: "RingkobingSkjernCultureChange",
  tableName: "culture_change",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    need: p.text(),
    learning: p.text(),
    openingUp: p.text(),
    examples: p.array().$type<string[]>(),
    principlesKept: p.array().$type<string[]>(),
    rules: p.text(),
    ongoingProject: p.text(),
  },
});

export const MotivationEntity = defineEntity({
  name: "RingkobingSkjernMotivation",
  tableName: "motivation",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    stage: p.text(),
    knownBarriers: p.text(),
    reason: p.text(),
  },
});

export const entities = [VisionEntity, VisionTrackEntity, CultureChangeEntity, MotivationEntity];

export type VisionTrackRow = InferEntity<typeof VisionTrackEntity>;
