import { Migration } from "@mikro-orm/migrations";
import { Certainty } from "@frikommune/municipality-kit";
import { AmountProposal, ExampleRole, ReportPointKind, TreatmentTiming } from "./enums.js";

const oneOf = (column: string, values: Record<string, string>) => `check (${column} in (${Object.values(values).map((v) => `'${v}'`).join(", ")}))`;

export class HolbaekMeetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table meeting (
      id uuid primary key, key text not null unique, body text not null, name text not null,
      start text not null, location text)`);
    this.addSql(`create table agenda_item (
      id uuid primary key, meeting_id uuid not null references meeting (id) on delete cascade,
      number integer not null, name text not null, case_number text, type text not null,
      recommendation text, description text, decision text, unique (meeting_id, number))`);
  }
}

export class HolbaekActivities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table activity (
      id uuid primary key, key text not null unique, position integer not null, title text not null, description text,
      purposes text[] not null default '{}', challenges text[] not null default '{}', successes text[] not null default '{}',
      lessons text[] not null default '{}', recommendations text[] not null default '{}', contact text)`);
  }
}

export class HolbaekTermsOfReference extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table terms_of_reference (
      id uuid primary key, key text not null unique, title text not null, issued_on text, purpose text not null,
      period_from text, period_to text, political_body text not null, administrative_body text not null,
      stakeholders text[] not null default '{}', contributions text[] not null default '{}', budget text)`);
  }
}

/**
 * The documents' whole substance, each row with its sources in the kit's `source` table: the minutes'
 * questions, proposals, attachments, presenters, treatments, amounts and events; the people and units
 * named; the report's own text and numbered lists; the kommissorium's focus areas, example activities
 * and provisions. Holbæk's statements in the application are the kit's `statement` table.
 */
export class HolbaekSubstance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table agenda_item
      add column questions text[] not null default '{}', add column proposals text[] not null default '{}',
      add column activities text[] not null default '{}'`);
    this.addSql(`create table attachment (
      id uuid primary key, agenda_item_id uuid not null references agenda_item (id) on delete cascade,
      position integer not null, title text not null, description text)`);
    this.addSql(`create table contact (
      id uuid primary key, key text not null unique, name text, role text, unit text, organisation text, email text, phone text,
      check (name is not null or unit is not null or organisation is not null))`);
    this.addSql(`create table presentation (
      id uuid primary key, agenda_item_id uuid not null references agenda_item (id) on delete cascade,
      contact_id uuid not null references contact (id), position integer not null, topic text not null,
      certainty text not null ${oneOf("certainty", Certainty)})`);
    this.addSql(`create table treatment (
      id uuid primary key, agenda_item_id uuid not null references agenda_item (id) on delete cascade,
      position integer not null, timing text not null ${oneOf("timing", TreatmentTiming)}, body text not null,
      date text, when_text text not null, what text not null, certainty text not null ${oneOf("certainty", Certainty)})`);
    this.addSql(`create table amount (
      id uuid primary key, agenda_item_id uuid not null references agenda_item (id) on delete cascade,
      position integer not null, proposal text not null ${oneOf("proposal", AmountProposal)}, point integer not null,
      purpose text not null, kroner integer not null check (kroner >= 0))`);
    this.addSql(`create table event (
      id uuid primary key, agenda_item_id uuid not null references agenda_item (id) on delete cascade,
      position integer not null, title text not null, host text, theme text, duration_minutes integer, description text not null,
      questions text[] not null default '{}', showcases text[] not null default '{}',
      certainty text not null ${oneOf("certainty", Certainty)})`);
    this.addSql(`create table activity_contact (
      id uuid primary key, activity_id uuid not null references activity (id) on delete cascade,
      contact_id uuid not null references contact (id) on delete cascade, position integer not null, unique (activity_id, contact_id))`);
    this.addSql(`create table report (
      id uuid primary key, key text not null unique, title text not null, summary text not null, reasons text not null,
      basis text not null, web text)`);
    this.addSql(`create table report_point (
      id uuid primary key, report_id uuid not null references report (id) on delete cascade,
      kind text not null ${oneOf("kind", ReportPointKind)}, number integer not null, text text not null, unique (report_id, kind, number))`);
    this.addSql(`alter table terms_of_reference
      add column background text, add column idea text, add column seldom_heard text[] not null default '{}'`);
    this.addSql(`create table focus_area (
      id uuid primary key, terms_id uuid not null references terms_of_reference (id) on delete cascade,
      position integer not null, title text not null, question text not null)`);
    this.addSql(`create table example_activity (
      id uuid primary key, terms_id uuid not null references terms_of_reference (id) on delete cascade,
      position integer not null, role text not null ${oneOf("role", ExampleRole)}, text text not null)`);
    this.addSql(`create table terms_provision (
      id uuid primary key, terms_id uuid not null references terms_of_reference (id) on delete cascade,
      position integer not null, section text not null, text text not null, when_text text, date text,
      certainty text ${oneOf("certainty", Certainty)})`);
  }
}

export const migrations = [
  { name: "holbaek-0001-meetings", class: HolbaekMeetings },
  { name: "holbaek-0002-activities", class: HolbaekActivities },
  { name: "holbaek-0003-terms-of-reference", class: HolbaekTermsOfReference },
  { name: "holbaek-0004-substance-with-sources", class: HolbaekSubstance },
];
