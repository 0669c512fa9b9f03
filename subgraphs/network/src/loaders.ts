import DataLoader from "dataloader";
import type { Identity } from "@frikommune/auth";
import { groupByKeys } from "@frikommune/subgraph-server";
import { createVersionLoader } from "@frikommune/municipality-kit";
import type { InferEntity } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ChallengeEntity, EvaluationDimensionEntity, ExemptionEntity, GroupMemberEntity, MemberEntity } from "./entities.js";

/** Batched per request: one statement per kind of row, however many parents ask. */
export function createNetworkLoaders(em: EntityManager) {
  const changedSince = new Map<string, DataLoader<string, InferEntity<typeof GroupMemberEntity>[]>>();
  return {
    members: new DataLoader(async (slugs: readonly string[]) => {
      const rows = await em.find(MemberEntity, { slug: { $in: [...slugs] } });
      return groupByKeys(slugs, rows, (r) => r.slug).map((g) => g[0] ?? null);
    }),
    exemptions: new DataLoader(async (codes: readonly string[]) => {
      const rows = await em.find(ExemptionEntity, { code: { $in: [...codes] } });
      return groupByKeys(codes, rows, (r) => r.code).map((g) => g[0] ?? null);
    }),
    challenges: new DataLoader(async (themeDayIds: readonly string[]) => {
      const rows = await em.find(ChallengeEntity, { themeDayId: { $in: [...themeDayIds] } }, { orderBy: { title: "asc" } });
      return groupByKeys(themeDayIds, rows, (r) => r.themeDayId);
    }),
    groupMembers: new DataLoader(async (groupIds: readonly string[]) => {
      const rows = await em.find(GroupMemberEntity, { groupId: { $in: [...groupIds] }, deletedAt: null }, { orderBy: { position: "asc" } });
      return groupByKeys(groupIds, rows, (r) => r.groupId);
    }),
    /** Members changed since a moment, removed ones included as tombstones. */
    groupMembersChangedSince: (since: Date) => {
      const key = since.toISOString();
      let loader = changedSince.get(key);
      if (!loader) {
        loader = new DataLoader(async (groupIds: readonly string[]) => {
          const rows = await em.find(GroupMemberEntity, { groupId: { $in: [...groupIds] }, updatedAt: { $gte: since } }, { orderBy: { position: "asc" } });
          return groupByKeys(groupIds, rows, (r) => r.groupId);
        });
        changedSince.set(key, loader);
      }
      return loader;
    },
    versions: createVersionLoader(em),
    dimensions: new DataLoader(async (templateIds: readonly string[]) => {
      const rows = await em.find(EvaluationDimensionEntity, { templateId: { $in: [...templateIds] } }, { orderBy: { position: "asc" } });
      return groupByKeys(templateIds, rows, (r) => r.templateId);
    }),
  };
}

export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;

export interface NetworkContext {
  identity: Identity;
  em: EntityManager;
  loaders: NetworkLoaders;
}
