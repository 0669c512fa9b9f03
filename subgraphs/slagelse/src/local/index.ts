import type { EntityManager } from "@mikro-orm/postgresql";
import { seedFacts, stableId, type LocalExtension } from "@frikommune/municipality-kit";
import {
  CitizenBudgetEntity, CitizenDrivenInnovationEntity, DialogueMeetingsEntity, entities, RuralFocusEntity, SettlementStrategyEntity,
  StormoedeEntity,
} from "./entities.js";
import {
  citizenBudgets, citizenDrivenInnovation, dialogueMeetings, ruralFocus, settlementStrategy, stormoede,
} from "./facts.js";
import { localTypes, slagelseResolvers } from "./graph.js";
import { migrations } from "./migrations.js";

const single = <T extends { key: string }>(type: string, facts: T[]) => facts.map((f) => ({ id: stableId("slagelse", type, f.key), ...f }));
const ordered = <T extends { key: string }>(type: string, facts: T[]) => facts.map((f, position) => ({ id: stableId("slagelse", type, f.key), position, ...f }));

/** Brings Slagelse's own facts in line with the application, with their sources. */
async function seed(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await seedFacts(tx, CitizenBudgetEntity, ordered("citizen-budget", citizenBudgets), { prune: true });
    await seedFacts(tx, RuralFocusEntity, single("rural-focus", ruralFocus), { prune: true });
    await seedFacts(tx, SettlementStrategyEntity, single("settlement-strategy", settlementStrategy), { prune: true });
    await seedFacts(tx, StormoedeEntity, single("stormoede", stormoede), { prune: true });
    await seedFacts(tx, CitizenDrivenInnovationEntity, single("citizen-driven-innovation", citizenDrivenInnovation), { prune: true });
    await seedFacts(tx, DialogueMeetingsEntity, single("dialogue-meetings", dialogueMeetings), { prune: true });
  });
}

/**
 * Slagelse's own part: its rural focus, the settlement strategy, the stormøde and its vision, citizen-
 * driven innovation, citizen-run budgets and the dialogue meetings; what it wants to do as a free
 * municipality is the kit's `statements`, and where that will be anchored the kit's `anchoring`.
 */
export const local: LocalExtension = { resolvers: slagelseResolvers, types: localTypes, entities, migrations, seed };
