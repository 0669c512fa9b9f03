import { randomUUID } from "node:crypto";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { audit, type Actor } from "@frikommune/db";
import { members } from "@frikommune/members";
import { listOfAtMost, lockTable, SourceEntity, MAX_CHALLENGES, MAX_GROUP_MEMBERS, MAX_INVITED, MAX_THEME_DAYS, partialDate, roomFor, text } from "@frikommune/municipality-kit";
import { badUserInput, isUuid } from "@frikommune/subgraph-server";
import { ChallengeEntity, ExemptionEntity, GroupEntity, GroupMemberEntity, ThemeDayEntity } from "./entities.js";
import type { ChallengeInput, GroupMemberInput, ThemeDayInput } from "./graph/inputs.js";
import type { ExemptionDecision } from "./graph/types.js";

const byId = async <T>(find: () => Promise<T | null>, id: string, what: string, field: string): Promise<T> => {
  const row = isUuid(id) ? await find() : null;
  if (!row) throw badUserInput(`No ${what} ${id}`, field);
  return row;
};
/** A parent whose list a write grows stays locked until the write commits, so concurrent writes count one after another. */
const LOCKED = { lockMode: LockMode.PESSIMISTIC_WRITE };

/** Network writes: validated, then one transaction with its audit entry. */
export async function scheduleThemeDay(em: EntityManager, actor: Actor, input: ThemeDayInput) {
  const values = {
    title: text(input.title, "input.title", { min: 3, max: 200 }),
    heldOn: partialDate(input.heldOn, "input.heldOn"),
    description: text(input.description, "input.description", { max: 4000 }),
    invited: listOfAtMost(input.invited, MAX_INVITED, "invitees", "input.invited").map((who, i) => text(who, `input.invited.${i}`, { max: 200 })),
  };
  return em.transactional(async (tx) => {
    await lockTable(tx, ThemeDayEntity);
    roomFor(await tx.count(ThemeDayEntity, {}), MAX_THEME_DAYS, "theme days", "input");
    const id = randomUUID();
    const day = tx.create(ThemeDayEntity, { id, key: id, ...values });
    audit(tx, actor, { type: "ThemeDay", id }, "schedule", {}, values);
    return day;
  });
}

/** A coordinator brings a challenge on behalf of their own municipality. */
export async function bringChallenge(em: EntityManager, actor: Actor, themeDayId: string, input: ChallengeInput) {
  const values = {
    title: text(input.title, "input.title", { min: 3, max: 200 }),
    description: text(input.description, "input.description", { max: 4000 }),
    municipalitySlug: actor.municipality!,
  };
  return em.transactional(async (tx) => {
    await byId(() => tx.findOne(ThemeDayEntity, { id: themeDayId }, LOCKED), themeDayId, "theme day", "themeDayId");
    roomFor(await tx.count(ChallengeEntity, { themeDayId }), MAX_CHALLENGES, "challenges per theme day", "themeDayId");
    const id = randomUUID();
    const challenge = tx.create(ChallengeEntity, { id, themeDayId, ...values });
    audit(tx, actor, { type: "Challenge", id }, "bring", {}, { themeDayId, ...values });
    return challenge;
  });
}

export async function recordExemptionDecision(em: EntityManager, actor: Actor, code: string, decision: ExemptionDecision, decidedOn: string, note: string | null) {
  const values = {
    decision,
    decidedOn: partialDate(decidedOn, "decidedOn"),
    decisionNote: note == null ? null : text(note, "note", { max: 4000 }),
  };
  return em.transactional(async (tx) => {
    const exemption = await tx.findOne(ExemptionEntity, { code: code.toUpperCase() });
    if (!exemption) throw badUserInput(`No common exemption ${code}`, "code");
    const before = { decision: exemption.decision, decidedOn: exemption.decidedOn ?? null, decisionNote: exemption.decisionNote ?? null };
    Object.assign(exemption, values);
    audit(tx, actor, { type: "CommonExemption", id: exemption.id }, "recordDecision", before, values);
    return exemption;
  });
}

export async function addGroupMember(em: EntityManager, actor: Actor, groupId: string, input: GroupMemberInput) {
  const slug = input.municipalitySlug ?? null;
  if (slug !== null && !members.some((m) => m.slug === slug)) throw badUserInput(`${JSON.stringify(slug)} is not a member of the network`, "input.municipalitySlug");
  const values = {
    municipalitySlug: slug,
    role: text(input.role, "input.role", { min: 2, max: 200 }),
    name: input.name == null ? null : text(input.name, "input.name", { max: 200 }),
  };
  return em.transactional(async (tx) => {
    await byId(() => tx.findOne(GroupEntity, { id: groupId }, LOCKED), groupId, "group", "groupId");
    roomFor(await tx.count(GroupMemberEntity, { groupId, deletedAt: null }), MAX_GROUP_MEMBERS, "members per group", "groupId");
    const id = randomUUID();
    const position = await tx.count(GroupMemberEntity, { groupId });
    const member = tx.create(GroupMemberEntity, { id, groupId, position, ...values });
    audit(tx, actor, { type: "GroupMember", id }, "add", {}, { groupId, ...values });
    return member;
  });
}

/**
 * Leaves a tombstone that keeps only the id and the time, so mirrors see the removal; the person's
 * seat, name and municipality stay only in the audit entry, for the network's own records.
 */
export async function removeGroupMember(em: EntityManager, actor: Actor, id: string) {
  return em.transactional(async (tx) => {
    const member = await byId(() => tx.findOne(GroupMemberEntity, { id, deletedAt: null }), id, "group member", "id");
    const group = await tx.findOneOrFail(GroupEntity, { id: member.groupId });
    audit(tx, actor, { type: "GroupMember", id }, "remove", { groupId: member.groupId, role: member.role ?? null, name: member.name ?? null, municipalitySlug: member.municipalitySlug ?? null }, {});
    Object.assign(member, { deletedAt: new Date(), role: null, name: null, municipalitySlug: null });
    // A seeded member's sources quote the seat it held.
    await tx.nativeDelete(SourceEntity, { entityId: id });
    return group;
  });
}
