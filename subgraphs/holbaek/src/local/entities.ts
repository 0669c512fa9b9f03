import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

/** A meeting of a political body, after OParl's Meeting. */
export const MeetingEntity = defineEntity({
  name: "HolbaekMeeting",
  tableName: "meeting",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    body: p.string(),
    name: p.string(),
    start: p.string(),
    location: p.string().nullable(),
  },
});

/** A numbered item on a meeting's agenda, after OParl's AgendaItem. */
export const AgendaItemEntity = defineEntity({
  name: "HolbaekAgendaItem",
  tableName: "agenda_item",
  properties: {
    id: p.uuid().primary(),
    meetingId: p.uuid(),
    number: p.integer(),
    name: p.string(),
    caseNumber: p.string().nullable(),
    type: p.string(),
    recommendation: p.text().nullable(),
    description: p.text().nullable(),
    decision: p.text().nullable(),
  },
});

/** An activity of the "Understøt borgernes initiativ" report, with its structured sections. */
export const ActivityEntity = defineEntity({
  name: "HolbaekActivity",
  tableName: "activity",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    position: p.integer(),
    title: p.string(),
    description: p.text().nullable(),
    purposes: p.array().$type<string[]>(),
    challenges: p.array().$type<string[]>(),
    successes: p.array().$type<string[]>(),
    lessons: p.array().$type<string[]>(),
    recommendations: p.array().$type<string[]>(),
    contact: p.text().nullable(),
  },
});

/** The Demokratiekperimentarium's terms of reference (kommissorium). */
export const TermsOfReferenceEntity = defineEntity({
  name: "HolbaekTermsOfReference",
  tableName: "terms_of_reference",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    title: p.string(),
    issuedOn: p.string().nullable(),
    purpose: p.text(),
    periodFrom: p.string().nullable(),
    periodTo: p.string().nullable(),
    politicalBody: p.text(),
    administrativeBody: p.text(),
    stakeholders: p.array().$type<string[]>(),
    contributions: p.array().$type<string[]>(),
    budget: p.text().nullable(),
  },
});

export type MeetingRow = InferEntity<typeof MeetingEntity>;
export type AgendaItemRow = InferEntity<typeof AgendaItemEntity>;
