import type { EntityManager } from "@mikro-orm/postgresql";
import { MAX_SOURCES, seedFacts, stableId } from "@frikommune/municipality-kit";
import { activities } from "./activities.js";
import { contacts } from "./contacts.js";
import {
  ActivityContactEntity, ActivityEntity, AgendaItemEntity, AmountEntity, AttachmentEntity, ContactEntity, EventEntity, ExampleActivityEntity,
  FocusAreaEntity, MeetingEntity, PresentationEntity, ReportEntity, ReportPointEntity, TermsOfReferenceEntity,
  TermsProvisionEntity, TreatmentEntity,
} from "./entities.js";
import { meetings } from "./meetings.js";
import { reports } from "./report.js";
import { termsOfReference } from "./terms-of-reference.js";

const id = (...parts: string[]) => stableId("holbaek", ...parts);
const meetingId = (key: string) => id("meeting", key);
const itemId = (meeting: string, number: number) => id("meeting", meeting, String(number));
const contactId = (key: string) => id("contact", key);
const activityId = (key: string) => id("activity", key);
const termsId = (key: string) => id("terms-of-reference", key);
const reportId = (key: string) => id("report", key);

/** Every table's rows as the documents give them; ids follow from keys and positions. */
export function facts() {
  const items = meetings.flatMap((m) => m.agendaItems.map((item) => ({ meeting: m.key, id: itemId(m.key, item.number), item })));
  const child = (kind: string) => (i: (typeof items)[number], position: number) => id("meeting", i.meeting, String(i.item.number), kind, String(position));
  const contactsById = new Map(contacts.map((c) => [c.key, c]));
  return [
    { entity: MeetingEntity, rows: meetings.map(({ agendaItems: _items, ...m }) => ({ id: meetingId(m.key), ...m })) },
    {
      entity: AgendaItemEntity,
      rows: meetings.flatMap((m) =>
        m.agendaItems.map(({ attachments: _a, presentations: _p, treatments: _t, amounts: _m, events: _e, ...item }) => ({ id: itemId(m.key, item.number), meetingId: meetingId(m.key), ...item })),
      ),
    },
    { entity: ContactEntity, rows: contacts.map((c) => ({ id: contactId(c.key), ...c })) },
    { entity: AttachmentEntity, rows: items.flatMap((i) => i.item.attachments.map((a, position) => ({ id: child("attachment")(i, position), agendaItemId: i.id, position, ...a }))) },
    {
      entity: PresentationEntity,
      rows: items.flatMap((i) =>
        i.item.presentations.map(({ contact, ...p }, position) => ({ id: child("presentation")(i, position), agendaItemId: i.id, contactId: contactId(contact), position, ...p })),
      ),
    },
    { entity: TreatmentEntity, rows: items.flatMap((i) => i.item.treatments.map((t, position) => ({ id: child("treatment")(i, position), agendaItemId: i.id, position, ...t }))) },
    { entity: AmountEntity, rows: items.flatMap((i) => i.item.amounts.map((a, position) => ({ id: child("amount")(i, position), agendaItemId: i.id, position, ...a }))) },
    { entity: EventEntity, rows: items.flatMap((i) => i.item.events.map((e, position) => ({ id: child("event")(i, position), agendaItemId: i.id, position, ...e }))) },
    { entity: ActivityEntity, rows: activities.map(({ contacts: _c, ...a }, position) => ({ id: activityId(a.key), position, ...a })) },
    {
      entity: ActivityContactEntity,
      // The report names a contact under the activity's "Kontakt og mere viden": the contact's own sources say so.
      rows: activities.flatMap((a) =>
        a.contacts.map((key, position) => ({ id: id("activity", a.key, "contact", key), activityId: activityId(a.key), contactId: contactId(key), position, sources: contactsById.get(key)!.sources })),
      ),
    },
    { entity: ReportEntity, rows: reports.map(({ points: _p, ...r }) => ({ id: reportId(r.key), ...r })) },
    {
      entity: ReportPointEntity,
      rows: reports.flatMap((r) =>
        r.points.map((point, i) => {
          const number = r.points.slice(0, i).filter((p) => p.kind === point.kind).length + 1;
          return { id: id("report", r.key, point.kind, String(number)), reportId: reportId(r.key), number, ...point };
        }),
      ),
    },
    (() => {
      const { focusAreas: _f, exampleActivities: _e, provisions: _p, ...terms } = termsOfReference;
      return { entity: TermsOfReferenceEntity, rows: [{ id: termsId(terms.key), ...terms }] };
    })(),
    { entity: FocusAreaEntity, rows: termsOfReference.focusAreas.map((f, position) => ({ id: id("terms-of-reference", termsOfReference.key, "focus-area", String(position)), termsId: termsId(termsOfReference.key), position, ...f })) },
    {
      entity: ExampleActivityEntity,
      rows: termsOfReference.exampleActivities.map((e, position) => ({ id: id("terms-of-reference", termsOfReference.key, "example", String(position)), termsId: termsId(termsOfReference.key), position, ...e })),
    },
    {
      entity: TermsProvisionEntity,
      rows: termsOfReference.provisions.map((p, position) => ({ id: id("terms-of-reference", termsOfReference.key, "provision", String(position)), termsId: termsId(termsOfReference.key), position, ...p })),
    },
  ];
}

/**
 * Brings Holbæk's own tables in line with the documents on every start, parents before children:
 * unedited rows get the current facts and sources, rows the documents no longer hold are removed.
 */
export async function seedDemokratiekperimentarium(em: EntityManager): Promise<void> {
  const tables = facts();
  for (const { entity, rows } of tables) {
    // Reads return at most MAX_SOURCES per row; more would silently drop some.
    const over = rows.find((r) => r.sources.length > MAX_SOURCES);
    if (over) throw new Error(`${entity.meta.tableName} row ${over.id} has ${over.sources.length} sources, at most ${MAX_SOURCES}`);
  }
  await em.transactional(async (tx) => {
    for (const { entity, rows } of tables) await seedFacts(tx, entity, rows, { prune: true });
  });
}
