import type { EntityManager } from "@mikro-orm/postgresql";
import { seedFacts, stableId, type LocalExtension } from "@frikommune/municipality-kit";
import { CultureChangeEntity, entities, MotivationEntity, VisionEntity, VisionTrackEntity } from "./entities.js";
import { cultureChange, motivation, tracks, vision } from "./facts.js";
import { localTypes, ringkobingSkjernResolvers } from "./graph.js";
import { migrations } from "./migrations.js";

const id = (type: string, key: string) => stableId("ringkobing-skjern", type, key);

/** Brings Ringkøbing-Skjern's own facts in line with the application, with their sources. */
async function seed(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await seedFacts(tx, VisionEntity, vision.map((v) => ({ id: id("vision", v.key), ...v })), { prune: true });
    await seedFacts(
      tx,
      VisionTrackEntity,
      tracks.map(({ visionKey, ...t }, position) => ({ id: id("vision-track", t.key), visionId: id("vision", visionKey), position, ...t })),
      { prune: true },
    );
    await seedFacts(tx, CultureChangeEntity, cultureChange.map((c) => ({ id: id("culture-change", c.key), ...c })), { prune: true });
    await seedFacts(tx, MotivationEntity, motivation.map((m) => ({ id: id("motivation", m.key), ...m })), { prune: true });
  });
}

/** Ringkøbing-Skjern's own part: the 2014 vision and its three tracks, the culture change co-creation asks for and why it joins; where the work is anchored is the kit's `anchoring`. */
export const local: LocalExtension = { resolvers: ringkobingSkjernResolvers, types: localTypes, entities, migrations, seed };
