import type { EntityManager } from "@mikro-orm/postgresql";
import { CouncilEntity, MilestoneEntity, PolicyEntity, TrialEntity, TrialExemptionEntity } from "./entities.js";
import { stableId } from "./ids.js";
import type { MunicipalityModule } from "./module.js";

/**
 * Loads the member's facts. Rows have ids derived from their keys and are only inserted when
 * missing, so a restart neither duplicates them nor overwrites later edits.
 */
export async function seedMunicipality(em: EntityManager, module: MunicipalityModule): Promise<void> {
  const { slug, data } = module;
  const councilId = (key: string) => stableId(slug, "council", key);
  const trialId = (key: string) => stableId(slug, "trial", key);
  await em.transactional(async (tx) => {
    const ignore = { onConflictAction: "ignore" as const };
    if (data.councils.length) {
      await tx.upsertMany(CouncilEntity, data.councils.map((c) => ({ id: councilId(c.key), ...c })), ignore);
    }
    if (data.policies.length) {
      await tx.upsertMany(PolicyEntity, data.policies.map((p) => ({ id: stableId(slug, "policy", p.key), ...p })), ignore);
    }
    if (data.trials.length) {
      await tx.upsertMany(
        TrialEntity,
        data.trials.map(({ milestones: _m, exemptionCodes: _e, ownerCouncilKey, ...t }) => ({
          id: trialId(t.key),
          ...t,
          ownerCouncilId: ownerCouncilKey ? councilId(ownerCouncilKey) : null,
        })),
        ignore,
      );
    }
    const exemptions = data.trials.flatMap((t) => t.exemptionCodes.map((code) => ({ trialId: trialId(t.key), code })));
    if (exemptions.length) await tx.upsertMany(TrialExemptionEntity, exemptions, ignore);
    const milestones = data.trials.flatMap((t) =>
      t.milestones.map((m, position) => ({ id: stableId(slug, "trial", t.key, "milestone", String(position)), trialId: trialId(t.key), position, ...m })),
    );
    if (milestones.length) await tx.upsertMany(MilestoneEntity, milestones, ignore);
  });
}
