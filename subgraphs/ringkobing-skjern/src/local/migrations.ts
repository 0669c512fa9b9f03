import { Migration } from "@mikro-orm/migrations";

export class RingkobingSkjernLocalFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table vision (
      id uuid primary key, key text not null unique, policy_id uuid, adopted_on text not null,
      cross_cutting_policies text[] not null default '{}', sector_policy_count integer not null,
      political_wishes text[] not null default '{}', red_thread text not null)`);
    this.addSql(`create table vision_track (
      id uuid primary key, key text not null unique, vision_id uuid not null references vision (id) on delete cascade,
      position integer not null, title text not null, started_on text, description text not null,
      partner text, duration_years integer check (duration_years > 0), policy_id uuid)`);
    this.addSql(`create index vision_track_vision on vision_track (vision_id, position)`);
    this.addSql(`create table culture_change (
      id uuid primary key, key text not null unique, need text not null, learning text not null, opening_up text not null,
      examples text[] not null default '{}', principles_kept text[] not null default '{}', rules text not null, ongoing_project text not null)`);
    this.addSql(`create table motivation (
      id uuid primary key, key text not null unique, stage text not null, known_barriers text not null, reason text not null)`);
  }
}

export const migrations = [{ name: "ringkobing-skjern-0001-local-facts", class: RingkobingSkjernLocalFacts }];
