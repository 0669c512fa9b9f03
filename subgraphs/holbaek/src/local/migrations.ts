import { Migration } from "@mikro-orm/migrations";

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

export const migrations = [
  { name: "holbaek-0001-meetings", class: HolbaekMeetings },
  { name: "holbaek-0002-activities", class: HolbaekActivities },
  { name: "holbaek-0003-terms-of-reference", class: HolbaekTermsOfReference },
];
