import { defineEntity, p, type InferEntity } from "@mikro-orm/core";
import type { Certainty } from "@frikommune/municipality-kit";
import type { AmountProposal, ExampleRole, ReportPointKind, TreatmentTiming } from "./enums.js";

// Children name their parent by a plain uuid column, as the kit's own tables do: reads go through
// `firstPerParent` keyed by that column, and the seed writes parents before children.

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
    questions: p.array().$type<string[]>(),
    proposals: p.array().$type<string[]>(),
    activities: p.array().$type<string[]>(),
    decision: p.text().nullable(),
  },
});

/** A document attached to an agenda item (bilag). */
export const AttachmentEntity = defineEntity({
  name: "HolbaekAttachment",
  tableName: "attachment",
  properties: {
    id: p.uuid().primary(),
    agendaItemId: p.uuid(),
    position: p.integer(),
    title: p.string(),
    description: p.text().nullable(),
  },
});

/** Someone presenting at the meeting under an agenda item. */
export const PresentationEntity = defineEntity({
  name: "HolbaekPresentation",
  tableName: "presentation",
  properties: {
    id: p.uuid().primary(),
    agendaItemId: p.uuid(),
    contactId: p.uuid(),
    position: p.integer(),
    topic: p.text(),
    certainty: p.string().$type<Certainty>(),
  },
});

/** When a body treated, or is to treat, an agenda item's case. */
export const TreatmentEntity = defineEntity({
  name: "HolbaekTreatment",
  tableName: "treatment",
  properties: {
    id: p.uuid().primary(),
    agendaItemId: p.uuid(),
    position: p.integer(),
    timing: p.string().$type<TreatmentTiming>(),
    body: p.string(),
    date: p.string().nullable(),
    when: p.string().fieldName("when_text"), // WHEN is reserved in SQL
    what: p.text(),
    certainty: p.string().$type<Certainty>(),
  },
});

/** An amount in kroner under an agenda item: one point of a proposal. */
export const AmountEntity = defineEntity({
  name: "HolbaekAmount",
  tableName: "amount",
  properties: {
    id: p.uuid().primary(),
    agendaItemId: p.uuid(),
    position: p.integer(),
    proposal: p.string().$type<AmountProposal>(),
    point: p.integer(),
    purpose: p.text(),
    kroner: p.integer(),
  },
});

/** An event an agenda item prepares, e.g. a debate at Folkemødet. */
export const EventEntity = defineEntity({
  name: "HolbaekEvent",
  tableName: "event",
  properties: {
    id: p.uuid().primary(),
    agendaItemId: p.uuid(),
    position: p.integer(),
    title: p.string(),
    host: p.string().nullable(),
    theme: p.text().nullable(),
    durationMinutes: p.integer().nullable(),
    description: p.text(),
    questions: p.array().$type<string[]>(),
    showcases: p.array().$type<string[]>(),
    certainty: p.string().$type<Certainty>(),
  },
});

/** A person or unit the documents name, with the work address they give. */
export const ContactEntity = defineEntity({
  name: "HolbaekContact",
  tableName: "contact",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    name: p.string().nullable(),
    role: p.string().nullable(),
    unit: p.string().nullable(),
    organisation: p.string().nullable(),
    email: p.string().nullable(),
    phone: p.string().nullable(),
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

/** A contact the report names under an activity. */
export const ActivityContactEntity = defineEntity({
  name: "HolbaekActivityContact",
  tableName: "activity_contact",
  properties: {
    id: p.uuid().primary(),
    activityId: p.uuid(),
    contactId: p.uuid(),
    position: p.integer(),
  },
});

/** The report "Understøt borgernes initiativ", apart from its activities and numbered lists. */
export const ReportEntity = defineEntity({
  name: "HolbaekReport",
  tableName: "report",
  properties: {
    id: p.uuid().primary(),
    key: p.string().unique(),
    title: p.string(),
    summary: p.text(),
    reasons: p.text(),
    basis: p.text(),
    web: p.string().nullable(),
  },
});

/** One point of a report's recommendations, lessons, next steps or tips. */
export const ReportPointEntity = defineEntity({
  name: "HolbaekReportPoint",
  tableName: "report_point",
  properties: {
    id: p.uuid().primary(),
    reportId: p.uuid(),
    kind: p.string().$type<ReportPointKind>(),
    number: p.integer(),
    text: p.text(),
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
    background: p.text().nullable(),
    purpose: p.text(),
    idea: p.text().nullable(),
    periodFrom: p.string().nullable(),
    periodTo: p.string().nullable(),
    politicalBody: p.text(),
    administrativeBody: p.text(),
    stakeholders: p.array().$type<string[]>(),
    seldomHeard: p.array().$type<string[]>(),
    contributions: p.array().$type<string[]>(),
    budget: p.text().nullable(),
  },
});

/** One of the kommissorium's focus areas, with its question. */
export const FocusAreaEntity = defineEntity({
  name: "HolbaekFocusArea",
  tableName: "focus_area",
  properties: {
    id: p.uuid().primary(),
    termsId: p.uuid(),
    position: p.integer(),
    title: p.string(),
    question: p.text(),
  },
});

/** An example activity the kommissorium gives. */
export const ExampleActivityEntity = defineEntity({
  name: "HolbaekExampleActivity",
  tableName: "example_activity",
  properties: {
    id: p.uuid().primary(),
    termsId: p.uuid(),
    position: p.integer(),
    role: p.string().$type<ExampleRole>(),
    text: p.text(),
  },
});

/** What the kommissorium sets out under one of its headings, with when and how firmly. */
export const TermsProvisionEntity = defineEntity({
  name: "HolbaekTermsProvision",
  tableName: "terms_provision",
  properties: {
    id: p.uuid().primary(),
    termsId: p.uuid(),
    position: p.integer(),
    section: p.string(),
    text: p.text(),
    when: p.string().fieldName("when_text").nullable(),
    date: p.string().nullable(),
    certainty: p.string().$type<Certainty>().nullable(),
  },
});

export const entities = [
  MeetingEntity, AgendaItemEntity, AttachmentEntity, PresentationEntity, TreatmentEntity, AmountEntity, EventEntity,
  ContactEntity, ActivityEntity, ActivityContactEntity, ReportEntity, ReportPointEntity,
  TermsOfReferenceEntity, FocusAreaEntity, ExampleActivityEntity, TermsProvisionEntity,
];

export type MeetingRow = InferEntity<typeof MeetingEntity>;
export type AgendaItemRow = InferEntity<typeof AgendaItemEntity>;
export type PresentationRow = InferEntity<typeof PresentationEntity>;
export type ActivityRow = InferEntity<typeof ActivityEntity>;
export type ContactRow = InferEntity<typeof ContactEntity>;
export type ReportRow = InferEntity<typeof ReportEntity>;
export type ReportPointRow = InferEntity<typeof ReportPointEntity>;
export type TermsOfReferenceRow = InferEntity<typeof TermsOfReferenceEntity>;
