import type { EntityManager } from "@mikro-orm/postgresql";
import { seedFacts, stableId, type LocalExtension } from "@frikommune/municipality-kit";
import {
  ActiveCitizenshipPolicyEntity, entities, InnovationAcademyEntity, LocalCouncilsEntity, VisionEntity, VolunteeringEntity,
} from "./entities.js";
import { activeCitizenshipPolicy, innovationAcademy, localCouncils, vision, volunteering } from "./facts.js";
import { localTypes, nordfynResolvers } from "./graph.js";
import { migrations } from "./migrations.js";

const single = <T extends { key: string }>(type: string, facts: T[]) => facts.map((f) => ({ id: stableId("nordfyn", type, f.key), ...f }));

/** Brings Nordfyn's own facts in line with the application, with their sources. */
async function seed(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await seedFacts(tx, VolunteeringEntity, single("volunteering", volunteering), { prune: true });
    await seedFacts(tx, VisionEntity, single("vision", vision), { prune: true });
    await seedFacts(tx, LocalCouncilsEntity, single("local-councils", localCouncils), { prune: true });
    await seedFacts(tx, InnovationAcademyEntity, single("innovation-academy", innovationAcademy), { prune: true });
    await seedFacts(tx, ActiveCitizenshipPolicyEntity, single("active-citizenship-policy", activeCitizenshipPolicy), { prune: true });
  });
}

/**
 * Nordfyn's own part: its tradition of volunteering, the vision with its effect goals, the 13
 * lokalråd, the innovation academy and the intended policy for active citizenship; the levels the work
 * will be anchored at are the kit's `anchoring`, and what it expects as a free municipality the kit's `statements`.
 */
export const local: LocalExtension = { resolvers: nordfynResolvers, types: localTypes, entities, migrations, seed };
