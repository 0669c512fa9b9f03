import { defineEntity, p } from "@mikro-orm/core";
import type { Certainty } from "@frikommune/municipality-kit";

// `council_id` and `trial_id` point at the kit's rows in the same schema; the kit's seed owns those.

export const PrerequisitesEntity = defineEntity({
  name: "AssensPrerequisites",
  tableName: "prerequisites",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    buildsOn: p.array().$type<string[]>(),
    currentPractice: p.text(),
  },
});

export const MedborgerraadEntity = defineEntity({
  name: "AssensMedborgerraad",
  tableName: "medborgerraad",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    councilId: p.uuid().nullable(),
    coverage: p.text(),
    composition: p.array().$type<string[]>(),
    role: p.text(),
  },
});

export const AnnualDialogueEntity = defineEntity({
  name: "AssensAnnualDialogue",
  tableName: "annual_dialogue",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    councilId: p.uuid().nullable(),
    participants: p.array().$type<string[]>(),
    frequency: p.string(),
    topics: p.array().$type<string[]>(),
  },
});

export const TrialArenaEntity = defineEntity({
  name: "AssensTrialArena",
  tableName: "trial_arena",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    name: p.string(),
    certainty: p.string().$type<Certainty>(),
    description: p.text(),
    examples: p.array().$type<string[]>(),
    councilId: p.uuid().nullable(),
    trialId: p.uuid().nullable(),
  },
});

export const entities = [PrerequisitesEntity, MedborgerraadEntity, AnnualDialogueEntity, TrialArenaEntity];
