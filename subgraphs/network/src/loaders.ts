import DataLoader from "dataloader";
import type { Identity } from "@frikommune/auth";
import type { Actor } from "@frikommune/db";
import { groupByKeys } from "@frikommune/subgraph-server";
import { createVersionLoader, firstPerParent, MAX_CHALLENGES, MAX_DIMENSIONS, MAX_GROUP_MEMBERS, selectRows } from "@frikommune/municipality-kit";
import type { InferEntity } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  ChallengeEntity, ContactEntity, EvaluationDimensionEntity, ExemptionEntity, GroupEntity, GroupMemberEntity, LegalFindingEntity, MemberEntity,
  MinistryRuleEntity, NetworkStatementEntity, ThemeDayEntity, ThemeDayParticipantEntity,
} from "./entities.js";
import { MAX_MINISTRY_CONTACTS, MAX_RULES, MAX_STATEMENTS, MAX_THEME_DAY_PARTICIPANTS } from "./limits.js";

/** The whole of a small list the documents fix, read once per request however many fields ask. */
const once = <T>(load: () => Promise<T>) => new DataLoader<"all", T>(async (keys) => {
  const value = await load();
  return keys.map(() => value);
});

/** Batched per request: one statement per kind of row, however many parents ask. */
export function createNetworkLoaders(em: EntityManager) {
  const changedSince = new Map<string, DataLoader<string, InferEntity<typeof GroupMemberEntity>[]>>();
  return {
    members: new DataLoader(async (slugs: readonly string[]) => {
      const rows = await selectRows(em, MemberEntity, { slug: { $in: [...slugs] } });
      return groupByKeys(slugs, rows, (r) => r.slug).map((g) => g[0] ?? null);
    }),
    exemptions: new DataLoader(async (codes: readonly string[]) => {
      const rows = await selectRows(em, ExemptionEntity, { code: { $in: [...codes] } });
      return groupByKeys(codes, rows, (r) => r.code).map((g) => g[0] ?? null);
    }),
    challenges: new DataLoader(async (themeDayIds: readonly string[]) => {
      const rows = await firstPerParent(em, ChallengeEntity, { parent: "themeDayId", parentIds: themeDayIds, max: MAX_CHALLENGES, orderBy: { title: "asc" } });
      return groupByKeys(themeDayIds, rows, (r) => r.themeDayId ?? "");
    }),
    groupMembers: new DataLoader(async (groupIds: readonly string[]) => {
      const rows = await firstPerParent(em, GroupMemberEntity, { parent: "groupId", parentIds: groupIds, max: MAX_GROUP_MEMBERS, orderBy: { position: "asc" }, where: { deletedAt: null } });
      return groupByKeys(groupIds, rows, (r) => r.groupId);
    }),
    /** Members changed since a moment, removed ones included as tombstones, the oldest change first. */
    groupMembersChangedSince: (since: Date) => {
      const key = since.toISOString();
      let loader = changedSince.get(key);
      if (!loader) {
        loader = new DataLoader(async (groupIds: readonly string[]) => {
          const rows = await firstPerParent(em, GroupMemberEntity, {
            parent: "groupId", parentIds: groupIds, max: MAX_GROUP_MEMBERS, orderBy: { updatedAt: "asc", position: "asc" }, where: { updatedAt: { $gte: since } },
          });
          return groupByKeys(groupIds, rows, (r) => r.groupId);
        });
        changedSince.set(key, loader);
      }
      return loader;
    },
    versions: createVersionLoader(em),
    themeDays: new DataLoader(async (ids: readonly string[]) => {
      const rows = await selectRows(em, ThemeDayEntity, { id: { $in: [...ids] } });
      return groupByKeys(ids, rows, (r) => r.id).map((g) => g[0] ?? null);
    }),
    groupsByKey: new DataLoader(async (keys: readonly string[]) => {
      const rows = await selectRows(em, GroupEntity, { key: { $in: [...keys] } });
      return groupByKeys(keys, rows, (r) => r.key).map((g) => g[0] ?? null);
    }),
    legalFindings: new DataLoader(async (exemptionIds: readonly string[]) => {
      const rows = await selectRows(em, LegalFindingEntity, { exemptionId: { $in: [...exemptionIds] } });
      return groupByKeys(exemptionIds, rows, (r) => r.exemptionId).map((g) => g[0] ?? null);
    }),
    participants: new DataLoader(async (planIds: readonly string[]) => {
      const rows = await firstPerParent(em, ThemeDayParticipantEntity, { parent: "planId", parentIds: planIds, max: MAX_THEME_DAY_PARTICIPANTS, orderBy: { position: "asc" } });
      return groupByKeys(planIds, rows, (r) => r.planId);
    }),
    contacts: once(() => selectRows(em, ContactEntity, {}, { orderBy: { position: "asc" }, limit: MAX_MINISTRY_CONTACTS })),
    rules: once(() => selectRows(em, MinistryRuleEntity, {}, { orderBy: { position: "asc" }, limit: MAX_RULES })),
    statements: once(() => selectRows(em, NetworkStatementEntity, {}, { orderBy: { position: "asc" }, limit: MAX_STATEMENTS })),
    dimensions: new DataLoader(async (templateIds: readonly string[]) => {
      const rows = await firstPerParent(em, EvaluationDimensionEntity, { parent: "templateId", parentIds: templateIds, max: MAX_DIMENSIONS, orderBy: { position: "asc" } });
      return groupByKeys(templateIds, rows, (r) => r.templateId);
    }),
  };
}

export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;

export interface NetworkContext {
  identity: Identity;
  /** The caller as the audit trail records them: by pseudonym, never by subject. */
  actor: Actor;
  em: EntityManager;
  loaders: NetworkLoaders;
}
