import type { EntityManager } from "@mikro-orm/postgresql";
import { seedFacts, stableId, type LocalExtension } from "@frikommune/municipality-kit";
import { AnnualDialogueEntity, entities, MedborgerraadEntity, PrerequisitesEntity, TrialArenaEntity } from "./entities.js";
import { annualDialogue, medborgerraad, prerequisites, trialArenas } from "./facts.js";
import { assensResolvers, localTypes } from "./graph.js";
import { migrations } from "./migrations.js";

const rows = <T extends { key: string }>(type: string, facts: T[]) => facts.map((f, position) => ({ id: stableId("assens", type, f.key), position, ...f }));
const single = <T extends { key: string }>(type: string, facts: T[]) => facts.map((f) => ({ id: stableId("assens", type, f.key), ...f }));

/** Brings Assens' own facts in line with the application, with their sources. */
async function seed(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await seedFacts(tx, PrerequisitesEntity, single("prerequisites", prerequisites), { prune: true });
    await seedFacts(tx, MedborgerraadEntity, single("medborgerraad", medborgerraad), { prune: true });
    await seedFacts(tx, AnnualDialogueEntity, single("annual-dialogue", annualDialogue), { prune: true });
    await seedFacts(tx, TrialArenaEntity, rows("trial-arena", trialArenas), { prune: true });
  });
}

/** Assens' own part: what its part builds on, the Medborgerråd, the lokalråd's yearly dialogue, and the arenas for trials; where the work is anchored is the kit's `anchoring`. */
export const local: LocalExtension = { resolvers: assensResolvers, types: localTypes, entities, migrations, seed };
