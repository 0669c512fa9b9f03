import { defineEntity, p } from "@mikro-orm/core";
import type { Certainty } from "@frikommune/municipality-kit";

// `council_id` and `policy_id` point at the kit's rows in the same schema; the kit's seed owns those.

export const VolunteeringEntity = defineEntity({
  name: "NordfynVolunteering",
  tableName: "volunteering",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    tradition: p.text(),
    contributors: p.array().$type<string[]>(),
    significance: p.text(),
    whyActiveCitizenship: p.text(),
  },
});

export const VisionEntity = defineEntity({
  name: "NordfynVision",
  tableName: "vision",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    policyId: p.uuid().nullable(),
    title: p.string(),
    process: p.text().nullable(),
    effectGoals: p.array().$type<string[]>(),
    dependsOn: p.text().nullable(),
  },
});

export const LocalCouncilsEntity = defineEntity({
  name: "NordfynLocalCouncils",
  tableName: "local_councils",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    councilId: p.uuid().nullable(),
    count: p.integer().nullable(),
    role: p.text().nullable(),
    certainty: p.string().$type<Certainty>(),
  },
});

export const InnovationAcademyEntity = defineEntity({
  name: "NordfynInnovationAcademy",
  tableName: "innovation_academy",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    name: p.string(),
    partner: p.string(),
    purpose: p.text(),
    givesCredit: p.boolean(),
    participants: p.array().$type<string[]>(),
    startedOn: p.string().nullable(),
    outcome: p.text(),
    measuredBy: p.string(),
    findings: p.array().$type<string[]>(),
    currentFocus: p.text(),
  },
});

export const ActiveCitizenshipPolicyEntity = defineEntity({
  name: "NordfynActiveCitizenshipPolicy",
  tableName: "active_citizenship_policy",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    policyId: p.uuid().nullable(),
    certainty: p.string().$type<Certainty>(),
    platform: p.text(),
    ambition: p.text(),
    freeMunicipalityRole: p.text(),
    sharedResponsibility: p.text(),
  },
});

export const entities = [VolunteeringEntity, VisionEntity, LocalCouncilsEntity, InnovationAcademyEntity, ActiveCitizenshipPolicyEntity];
