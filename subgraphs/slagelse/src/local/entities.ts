import { defineEntity, p } from "@mikro-orm/core";

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
    area: p.string().nullable(),
    amountDkk: p.integer().nullable(),
    description: p.text(),
    aims: p.array().$type<string[]>(),
    ownerCouncilKey: p.string().nullable(),
  },
});
