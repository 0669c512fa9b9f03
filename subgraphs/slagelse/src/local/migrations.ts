import { Migration } from "@mikro-orm/migrations";
import { Certainty } from "@frikommune/municipality-kit";

export class SlagelseCitizenBudgets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table citizen_budget (
      id uuid primary key, key text not null unique, position integer not null, title text not null,
      stage text not null check (stage in ('TRIED', 'PLANNED')), area text, amount_dkk integer,
      description text not null, aims text[] not null default '{}', owner_council_key text)`);
  }
}

/** The rest of Slagelse's section of the application; a budget now says how firmly it is stated and which trial carries it. */
export class SlagelseLocalFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table citizen_budget add column certainty text, add column trial_id uuid`);
    this.addSql(`update citizen_budget set certainty = case stage when 'TRIED' then 'DECIDED' else 'EXPECTED' end`);
    this.addSql(`alter table citizen_budget alter column certainty set not null,
      add constraint citizen_budget_certainty check (certainty in (${Object.values(Certainty).map((c) => `'${c}'`).join(", ")}))`);
    this.addSql(`create table rural_focus (
      id uuid primary key, key text not null unique, focus text not null, lokalraad_dialogue text not null,
      citizens_interest text not null, momentum text not null)`);
    this.addSql(`create table settlement_strategy (
      id uuid primary key, key text not null unique, policy_id uuid, prepared_on text, description text not null,
      themes text[] not null default '{}', theme_rationale text not null)`);
    this.addSql(`create table stormoede (
      id uuid primary key, key text not null unique, participants text not null, held_on text, follow_up text not null,
      idea text not null, vision_id uuid)`);
    this.addSql(`create table citizen_driven_innovation (
      id uuid primary key, key text not null unique, description text not null, activities text[] not null default '{}',
      purposes text[] not null default '{}', areas text)`);
    this.addSql(`create table dialogue_meetings (
      id uuid primary key, key text not null unique, participants text[] not null default '{}',
      per_year_min integer not null, per_year_max integer not null check (per_year_max >= per_year_min),
      purpose text not null, planned_by text[] not null default '{}', council_id uuid)`);
  }
}

export const migrations = [
  { name: "slagelse-0001-citizen-budgets", class: SlagelseCitizenBudgets },
  { name: "slagelse-0002-local-facts", class: SlagelseLocalFacts },
];
