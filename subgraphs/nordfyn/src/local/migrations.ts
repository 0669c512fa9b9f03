import { Migration } from "@mikro-orm/migrations";
import { Certainty } from "@frikommune/municipality-kit";

const certainty = `certainty text not null check (certainty in (${Object.values(Certainty).map((c) => `'${c}'`).join(", ")}))`;

export class NordfynLocalFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table volunteering (
      id uuid primary key, key text not null unique, tradition text not null, contributors text[] not null default '{}',
      significance text not null, why_active_citizenship text not null)`);
    this.addSql(`create table vision (
      id uuid primary key, key text not null unique, policy_id uuid, title text not null, process text,
      effect_goals text[] not null default '{}', depends_on text)`);
    this.addSql(`create table local_councils (
      id uuid primary key, key text not null unique, council_id uuid, count integer check (count > 0), role text, ${certainty})`);
    this.addSql(`create table innovation_academy (
      id uuid primary key, key text not null unique, name text not null, partner text not null, purpose text not null,
      gives_credit boolean not null, participants text[] not null default '{}', started_on text, outcome text not null,
      measured_by text not null, findings text[] not null default '{}', current_focus text not null)`);
    this.addSql(`create table active_citizenship_policy (
      id uuid primary key, key text not null unique, policy_id uuid, ${certainty}, platform text not null, ambition text not null,
      free_municipality_role text not null, shared_responsibility text not null)`);
  }
}

export const migrations = [{ name: "nordfyn-0001-local-facts", class: NordfynLocalFacts }];
