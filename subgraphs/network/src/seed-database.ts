import type { EntityManager } from "@mikro-orm/postgresql";
import { seedFacts, stableId } from "@frikommune/municipality-kit";
import { members as registry } from "@frikommune/members";
import {
  ChallengeEntity, ContactEntity, EvaluationDimensionEntity, EvaluationPlanEntity, EvaluationTemplateEntity, ExemptionEntity, GroupEntity,
  GroupMemberEntity, LegalFindingEntity, MemberEntity, MinistryRuleEntity, NetworkEntity, NetworkStatementEntity, ThemeDayParticipantEntity,
  ThemeDayPlanEntity,
} from "./entities.js";
import * as seed from "./data.js";

const id = (...parts: string[]) => stableId("network", ...parts);
const prune = { prune: true };

/**
 * Loads the documents' facts with their sources (see `seedFacts`): rows keep ids derived from their
 * keys, a restart brings unedited rows in line with the data, and rows a write touched keep their edits.
 */
export async function seedNetwork(em: EntityManager): Promise<void> {
  const { coordinator, sources, ...network } = seed.network;
  await em.transactional(async (tx) => {
    await seedFacts(tx, NetworkEntity, [{
      id: id("network"),
      sources,
      ...network,
      coordinatorRole: coordinator.role,
      coordinatorName: coordinator.name,
      coordinatorMunicipality: coordinator.municipalitySlug,
    }]);
    await seedFacts(tx, ContactEntity, seed.contacts.map((c, position) => ({ id: id("ministry-contact", String(position)), position, ...c })), prune);

    const member = (slug: string, position: number) => ({ id: id("member", slug), slug, name: registry[position]!.name, position });
    const documented = registry.flatMap((m, position) => {
      const facts = seed.members.find((s) => s.slug === m.slug);
      return facts ? [{ ...member(m.slug, position), ...facts, conditionDecidedOn: null }] : [];
    });
    await seedFacts(tx, MemberEntity, documented);
    // A member that joined after the documents has no facts in them, and so no sources.
    const joinedLater = registry.flatMap((m, position) => (seed.members.some((s) => s.slug === m.slug) ? [] : [member(m.slug, position)]));
    if (joinedLater.length) await tx.upsertMany(MemberEntity, joinedLater, { onConflictAction: "ignore" });

    await seedFacts(tx, ExemptionEntity, seed.exemptions.map(({ legalFinding: _f, ...e }) => ({ id: id("exemption", e.code), ...e })));
    await seedFacts(
      tx,
      LegalFindingEntity,
      seed.exemptions.flatMap((e) => (e.legalFinding ? [{ id: id("exemption", e.code, "legal-finding"), exemptionId: id("exemption", e.code), ...e.legalFinding }] : [])),
      prune,
    );

    await seedFacts(tx, ChallengeEntity, seed.challenges.map(({ key, ...c }) => ({ id: id("challenge", c.municipalitySlug, key), themeDayId: null, ...c })), prune);
    const { participants, ...plan } = seed.themeDayPlan;
    await seedFacts(tx, ThemeDayPlanEntity, [{ id: id("theme-day-plan"), ...plan }]);
    await seedFacts(tx, ThemeDayParticipantEntity, participants.map((p, position) => ({
      id: id("theme-day-plan", "participant", String(position)), planId: id("theme-day-plan"), position, ...p,
    })), prune);

    await seedFacts(tx, GroupEntity, seed.groups.map(({ members: _m, ...g }, position) => ({ id: id("group", g.key), position, ...g })), prune);
    // No pruning here: a member leaves a group as a tombstone (see the migrations), so mirrors see it go.
    await seedFacts(tx, GroupMemberEntity, seed.groups.flatMap((g) =>
      g.members.map((m, position) => ({ id: id("group", g.key, "member", String(position)), groupId: id("group", g.key), position, ...m })),
    ));

    const { dimensions, ...template } = seed.evaluationTemplate;
    await seedFacts(tx, EvaluationTemplateEntity, [{ id: id("evaluation-template"), ...template }]);
    await seedFacts(tx, EvaluationDimensionEntity, dimensions.map((d, position) => ({
      id: id("evaluation-template", d.code), templateId: id("evaluation-template"), position, ...d,
    })), prune);
    await seedFacts(tx, EvaluationPlanEntity, [{ id: id("evaluation-plan"), ...seed.evaluationPlan }]);

    await seedFacts(tx, MinistryRuleEntity, seed.ministryRules.map((r, position) => ({ id: id("ministry-rule", r.key), position, ...r })), prune);
    await seedFacts(tx, NetworkStatementEntity, seed.statements.map((s, position) => ({ id: id("statement", s.key), position, ...s })), prune);
  });
}
