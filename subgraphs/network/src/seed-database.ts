import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId } from "@frikommune/municipality-kit";
import { members as registry } from "@frikommune/members";
import {
  ChallengeEntity, EvaluationDimensionEntity, EvaluationTemplateEntity, ExemptionEntity, GroupEntity,
  GroupMemberEntity, MemberEntity, NetworkEntity, ThemeDayEntity,
} from "./entities.js";
import * as seed from "./data.js";

const id = (...parts: string[]) => stableId("network", ...parts);

/** Inserts what is missing; rows keep ids derived from their keys, and later edits survive a restart. */
export async function seedNetwork(em: EntityManager): Promise<void> {
  const ignore = { onConflictAction: "ignore" as const };
  const { coordinator, ...network } = seed.network;
  await em.transactional(async (tx) => {
    await tx.upsertMany(NetworkEntity, [{
      id: id("network"),
      ...network,
      coordinatorRole: coordinator.role,
      coordinatorName: coordinator.name,
      coordinatorMunicipality: coordinator.municipalitySlug,
    }], ignore);
    await tx.upsertMany(MemberEntity, registry.map((m, position) => {
      const facts = seed.members.find((s) => s.slug === m.slug);
      return {
        id: id("member", m.slug),
        slug: m.slug,
        name: m.name,
        position,
        membershipCondition: facts?.membershipCondition ?? null,
        conditionDecidedOn: facts?.conditionDecidedOn ?? null,
      };
    }), ignore);
    await tx.upsertMany(ExemptionEntity, seed.exemptions.map((e) => ({ id: id("exemption", e.code), ...e })), ignore);
    await tx.upsertMany(ThemeDayEntity, seed.themeDays.map(({ challenges: _c, ...d }) => ({ id: id("theme-day", d.key), ...d })), ignore);
    const challenges = seed.themeDays.flatMap((d) =>
      d.challenges.map((c) => ({ id: id("theme-day", d.key, "challenge", c.municipalitySlug, c.title), themeDayId: id("theme-day", d.key), ...c })),
    );
    if (challenges.length) await tx.upsertMany(ChallengeEntity, challenges, ignore);
    await tx.upsertMany(GroupEntity, seed.groups.map(({ members: _m, ...g }, position) => ({ id: id("group", g.key), position, ...g })), ignore);
    const groupMembers = seed.groups.flatMap((g) =>
      g.members.map((m, position) => ({ id: id("group", g.key, "member", String(position)), groupId: id("group", g.key), position, ...m })),
    );
    if (groupMembers.length) await tx.upsertMany(GroupMemberEntity, groupMembers, ignore);
    const { dimensions, ...template } = seed.evaluationTemplate;
    await tx.upsertMany(EvaluationTemplateEntity, [{ id: id("evaluation-template"), ...template }], ignore);
    await tx.upsertMany(EvaluationDimensionEntity, dimensions.map((d, position) => ({
      id: id("evaluation-template", d.code), templateId: id("evaluation-template"), position, ...d,
    })), ignore);
  });
}
