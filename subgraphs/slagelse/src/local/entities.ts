import { defineEntity, p } from "@mikro-orm/core";
import type { Certainty } from "@frikommune/municipality-kit";

// `council_id`, `policy_id`, `vision_id` and `trial_id` point at the kit's rows in the same schema; the kit's seed owns those.

/** A citizen-run budget (borgerstyret budget): money the citizens of an area decide on. */
export const CitizenBudgetEntity = defineEntity({
  name: "SlagelseCitizenBudget",
  tableName: "citizen_budget",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    title: p.string(),
    stage: p.string(),
    certainty: p.string().$type<Certainty>(),
    area: p.string().nullable(),
    amountDkk: p.integer().nullable(),
    description: p.text(),
    aims: p.array().$type<string[]>(),
    ownerCouncilKey: p.string().nullable(),
    trialId: p.uuid().nullable(),
  },
});

export const RuralFocusEntity = defineEntity({
  name: "SlagelseRuralFocus",
  tableName: "rural_focus",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    focus: p.text(),
    lokalraadDialogue: p.text(),
    citizensInterest: p.text(),
    momentum: p.text(),
  },
});

export const SettlementStrategyEntity = defineEntity({
  name: "SlagelseSettlementStrategy",
  tableName: "settlement_strategy",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    policyId: p.uuid().nullable(),
    preparedOn: p.string().nullable(),
    description: p.text(),
    themes: p.array().$type<string[]>(),
    themeRationale: p.text(),
  },
});

export const StormoedeEntity = defineEntity({
  name: "SlagelseStormoede",
  tableName: "stormoede",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    participants: p.text(),
    heldOn: p.string().nullable(),
    followUp: p.text(),
    idea: p.text(),
    visionId: p.uuid().nullable(),
  },
});

export const CitizenDrivenInnovationEntity = defineEntity({
  name: "SlagelseCitizenDrivenInnovation",
  tableName: "citizen_driven_innovation",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    description: p.text(),
    activities: p.array().$type<string[]>(),
    purposes: p.array().$type<string[]>(),
    areas: p.text().nullable(),
  },
});

export const DialogueMeetingsEntity = defineEntity({
  name: "SlagelseDialogueMeetings",
  tableName: "dialogue_meetings",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    participants: p.array().$type<string[]>(),
    perYearMin: p.integer(),
    perYearMax: p.integer(),
    purpose: p.text(),
    plannedBy: p.array().$type<string[]>(),
    councilId: p.uuid().nullable(),
  },
});

export const entities = [
  CitizenBudgetEntity, RuralFocusEntity, SettlementStrategyEntity, StormoedeEntity, CitizenDrivenInnovationEntity, DialogueMeetingsEntity,
];
