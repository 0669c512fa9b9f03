import type { EntityManager } from "@mikro-orm/postgresql";
import { stableId } from "@frikommune/municipality-kit";
import { AgendaItemEntity, MeetingEntity } from "./entities.js";
import { meetings } from "./meetings.js";

/** Inserts the minutes once; rows keep ids derived from their keys. */
export async function seedMeetings(em: EntityManager): Promise<void> {
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
  });
}
