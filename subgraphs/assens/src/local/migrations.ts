import { Migration } from "@mikro-orm/migrations";
import { Certainty } from "@frikommune/municipality-kit";

const certainties = Object.values(Certainty).map((c) => `'${c}'`).join(", ");

export class AssensLocalFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table prerequisites (
      id uuid primary key, key text not null unique, builds_on text[] not null default '{}', current_practice text not null)`);
    this.addSql(`create table medborgerraad (
      id uuid primary key, key text not null unique, council_id uuid, coverage text not null,
      composition text[] not null default '{}', role text not null)`);
    this.addSql(`create table annual_dialogue (
      id uuid primary key, key text not null unique, council_id uuid,
      participants text[] not null default '{}', frequency text not null, topics text[] not null default '{}')`);
    this.addSql(`create table trial_arena (
      id uuid primary key, key text not null unique, position integer not null, name text not null,
      certainty text not null check (certainty in (${certainties})), description text not null,
      examples text[] not null default '{}', council_id uuid, trial_id uuid)`);
  }
}

export const migrations = [{ name: "assens-0001-local-facts", class: AssensLocalFacts }];
