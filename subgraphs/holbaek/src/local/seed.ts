import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId } from "@frikommune/municipality-kit";
import { ActivityEntity, AgendaItemEntity, MeetingEntity, TermsOfReferenceEntity } from "./entities.js";
import { termsOfReference } from "./terms-of-reference.js";
import { activities } from "./activities.js";
import { meetings } from "./meetings.js";

/** Inserts the terms of reference, the minutes and the report's activities once; rows keep ids derived from their keys. */
export async function seedDemokratiekperimentarium(em: EntityManager): Promise<void> {
  const ignore = { onConflictAction: "ignore" as const };
  await em.transactional(async (tx) => {
    await tx.upsertMany(MeetingEntity, meetings.map(({ agendaItems: _items, ...m }) => ({ id: stableId("holbaek", "meeting", m.key), ...m })), ignore);
    await tx.upsertMany(
      AgendaItemEntity,
      meetings.flatMap((m) =>
        m.agendaItems.map((item) => ({ id: stableId("holbaek", "meeting", m.key, String(item.number)), meetingId: stableId("holbaek", "meeting", m.key), ...item })),
      ),
      ignore,
    );
    await tx.upsertMany(TermsOfReferenceEntity, [{ id: stableId("holbaek", "terms-of-reference", termsOfReference.key), ...termsOfReference }], ignore);
    await tx.upsertMany(ActivityEntity, activities.map((a, position) => ({ id: stableId("holbaek", "activity", a.key), position, ...a })), ignore);
  });
}
