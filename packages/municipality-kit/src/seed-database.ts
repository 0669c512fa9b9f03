import type { EntityManager } from "@mikro-orm/postgresql";
import { AnchoringEntity, CouncilEntity, MilestoneEntity, PolicyEntity, StatementEntity, TrialEntity, TrialExemptionEntity } from "./entities.js";
import { stableId } from "./ids.js";
import type { MunicipalityModule } from "./module.js";
import { seedFacts } from "./provenance/seed.js";

/**
 * Loads the member's facts with their sources. Rows have ids derived from their keys; a restart
 * brings unedited rows in line with the data and never overwrites an edit (see `seedFacts`).
 */
export async function seedMunicipality(em: EntityManager, module: MunicipalityModule): Promise<void> {
  const { slug, data } = module;
  const councilId = (key: string) => stableId(slug, "council", key);
  const trialId = (key: string) => stableId(slug, "trial", key);
  await em.transactional(async (tx) => {
    await seedFacts(tx, CouncilEntity, data.councils.map((c) => ({ id: councilId(c.key), ...c })), { prune: true });
    await seedFacts(
      tx,
      AnchoringEntity,
      (data.anchoring ?? []).map(({ councilKey, ...a }, position) => ({
        id: stableId(slug, "anchoring", a.key),
        position,
        ...a,
        councilId: councilKey ? councilId(councilKey) : null,
      })),
      { prune: true },
    );
    await seedFacts(tx, PolicyEntity, data.policies.map((p) => ({ id: stableId(slug, "policy", p.key), ...p })), { prune: true });
    await seedFacts(
      tx,
      TrialEntity,
      data.trials.map(({ milestones: _m, exemptionCodes: _e, ownerCouncilKey, ...t }) => ({
        id: trialId(t.key),
        ...t,
        ownerCouncilId: ownerCouncilKey ? councilId(ownerCouncilKey) : null,
      })),
      { prune: true },
    );
    const exemptions = data.trials.flatMap((t) => t.exemptionCodes.map((code) => ({ trialId: trialId(t.key), code })));
    if (exemptions.length) await tx.upsertMany(TrialExemptionEntity, exemptions, { onConflictAction: "ignore" });
    const milestones = data.trials.flatMap((t) =>
      t.milestones.map((m, position) => ({ id: stableId(slug, "trial", t.key, "milestone", String(position)), trialId: trialId(t.key), position, ...m })),
    );
    await seedFacts(tx, MilestoneEntity, milestones, { prune: true });
    // After the trials: a statement may name the trial that carries it.
    await seedFacts(
      tx,
      StatementEntity,
      (data.statements ?? []).map(({ trialKey, ...s }, position) => ({
        id: stableId(slug, "statement", s.key),
        position,
        ...s,
        trialId: trialKey ? trialId(trialKey) : null,
      })),
      { prune: true },
    );
  });
}
