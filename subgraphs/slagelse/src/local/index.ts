import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId, type LocalExtension } from "@frikommune/municipality-kit";
import { citizenBudgets } from "./citizen-budgets.js";
import { CitizenBudgetEntity } from "./entities.js";
import { CitizenBudget, citizenBudgetResolvers } from "./graph.js";
import { migrations } from "./migrations.js";

async function seed(em: EntityManager): Promise<void> {
  await em.upsertMany(
    CitizenBudgetEntity,
    citizenBudgets.map((b, position) => ({ id: stableId("slagelse", "citizen-budget", b.key), position, ...b })),
    { onConflictAction: "ignore" },
  );
}

/** Slagelse's own part: its citizen-run budgets. */
export const local: LocalExtension = {
  resolvers: citizenBudgetResolvers,
  types: [CitizenBudget],
  entities: [CitizenBudgetEntity],
  migrations,
  seed,
};
