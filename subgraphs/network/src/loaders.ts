import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ChallengeEntity, EvaluationDimensionEntity, ExemptionEntity, GroupMemberEntity, MemberEntity } from "./entities.js";

function grouped<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Batched per request: one statement per kind of row, however many parents ask. */
export function createNetworkLoaders(em: EntityManager) {
  return {
    members: new DataLoader(async (slugs: readonly string[]) => {
      const rows = await em.find(MemberEntity, { slug: { $in: [...slugs] } });
      return grouped(slugs, rows, (r) => r.slug).map((g) => g[0] ?? null);
    }),
    exemptions: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(ExemptionEntity, { code: { $in: [...codes] } });
      return grouped(codes, rows, (r) => r.code).map((g) => g[0] ?? null);
    }),
    challenges: new DataLoader(async (themeDayIds: readonly string[]) => {
      const rows = await em.find(ChallengeEntity, { themeDayId: { $in: [...themeDayIds] } }, { orderBy: { title: "asc" } });
      return grouped(themeDayIds, rows, (r) => r.themeDayId);
    }),
    groupMembers: new DataLoader(async (groupIds: readonly string[]) => {
      const rows = await em.find(GroupMemberEntity, { groupId: { $in: [...groupIds] } }, { orderBy: { position: "asc" } });
      return grouped(groupIds, rows, (r) => r.groupId);
    }),
    dimensions: new DataLoader(async (templateIds: readonly string[]) => {
      const rows = await em.find(EvaluationDimensionEntity, { templateId: { $in: [...templateIds] } }, { orderBy: { position: "asc" } });
      return grouped(templateIds, rows, (r) => r.templateId);
    }),
  };
}

export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;

export interface NetworkContext {
  em: EntityManager;
  loaders: NetworkLoaders;
}
