import DataLoader from "dataloader";
import { groupByKeys, isUuid } from "@frikommune/subgraph-server";
import type { EntityManager } from "@mikro-orm/postgresql";
import { CouncilEntity, EvaluationEntity, PolicyEntity, MilestoneEntity, TrialEntity, TrialExemptionEntity, type CouncilRow, type PolicyRow, type TrialRow } from "./entities.js";
import { MAX_EVALUATIONS, MAX_MILESTONES } from "./limits.js";
import { isOverdue } from "./partial-date.js";
import { firstPerParent } from "./per-parent.js";
import { selectRows } from "./rows.js";
import { createVersionLoader } from "./graph/versions.js";
import type { Evaluation, Milestone } from "./graph/values.js";

/** Loads rows by id; an id that is not a UUID simply matches nothing. */
function byId<T extends { id: string }>(find: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await find(ids.filter((id) => isUuid(id)));
    return groupByKeys(ids, rows, (r) => r.id).map((g) => g[0] ?? null);
  });
}

/** One SQL statement per kind of child per request, however many trials are on the page. */
export function createLoaders(em: EntityManager) {
  return {
    versions: createVersionLoader(em),
    milestones: new DataLoader<string, Milestone[]>(async (trialIds) => {
      const rows = await firstPerParent(em, MilestoneEntity, { parent: "trialId", parentIds: trialIds, max: MAX_MILESTONES, orderBy: { position: "asc" } });
      const today = new Date().toISOString().slice(0, 10);
      const milestones = rows.map((m) => ({ ...m, overdue: isOverdue(m.dueOn ?? null, m.state, today) }));
      return groupByKeys(trialIds, milestones, (m) => m.trialId) as unknown as Milestone[][];
    }),
    exemptions: new DataLoader<string, { code: string }[]>(async (trialIds) => {
      const rows = await selectRows(em, TrialExemptionEntity, { trialId: { $in: [...trialIds] } }, { orderBy: { code: "asc" } });
      return groupByKeys(trialIds, rows, (r) => r.trialId).map((g) => g.map((r) => ({ code: r.code })));
    }),
    evaluations: new DataLoader<string, Evaluation[]>(async (trialIds) => {
      const rows = await firstPerParent(em, EvaluationEntity, { parent: "trialId", parentIds: trialIds, max: MAX_EVALUATIONS, orderBy: { recordedOn: "asc" } });
      const evaluations = rows.map((e) => ({
        id: e.id,
        trialId: e.trialId,
        recordedOn: e.recordedOn,
        answers: Object.entries(e.answers).map(([dimension, answer]) => ({ dimension, answer })),
      }));
      return groupByKeys(trialIds, evaluations, (e) => e.trialId);
    }),
    councils: byId<CouncilRow>((ids) => selectRows(em, CouncilEntity, { id: { $in: ids } })),
    policies: byId<PolicyRow>((ids) => selectRows(em, PolicyEntity, { id: { $in: ids } })),
    trials: byId<TrialRow>((ids) => selectRows(em, TrialEntity, { id: { $in: ids } })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
