import { Migration } from "@mikro-orm/migrations";
import { AUDIT_TABLE_SQL } from "@frikommune/db";

export class NetworkInitialTables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table network (
      id uuid primary key, name text not null, theme text not null, purpose text not null,
      period_from integer not null, period_to integer not null check (period_to >= period_from),
      invited_on text, coordinator_role text not null, coordinator_name text, coordinator_municipality text,
      ministry_contacts jsonb not null default '[]', follow_up_research text)`);
    this.addSql(`create table member (
      id uuid primary key, slug text not null unique, name text not null, position integer not null,
      membership_condition text, condition_decided_on text)`);
    this.addSql(`create table common_exemption (
      id uuid primary key, code text not null unique, title text not null, description text not null,
      legal_area text not null, decision text not null, decided_on text, decision_note text)`);
    this.addSql(`create table theme_day (
      id uuid primary key, key text not null unique, title text not null, held_on text,
      description text not null, invited text[] not null default '{}')`);
    this.addSql(`create table challenge (
      id uuid primary key, theme_day_id uuid not null references theme_day (id) on delete cascade,
      municipality_slug text not null, title text not null, description text not null)`);
    this.addSql(`create index challenge_theme_day on challenge (theme_day_id)`);
    this.addSql(`create table network_group (
      id uuid primary key, key text not null unique, position integer not null, name text not null,
      kind text not null, mandate text not null, reports_to text, responsible text, optional boolean not null)`);
    this.addSql(`create table group_member (
      id uuid primary key, group_id uuid not null references network_group (id) on delete cascade,
      position integer not null, municipality_slug text, role text not null, name text)`);
    this.addSql(`create index group_member_group on group_member (group_id, position)`);
    this.addSql(`create table evaluation_template (
      id uuid primary key, name text not null, description text not null, process_support text)`);
    this.addSql(`create table evaluation_dimension (
      id uuid primary key, template_id uuid not null references evaluation_template (id) on delete cascade,
      position integer not null, code text not null, title text not null, question text not null,
      unique (template_id, code))`);
  }
}

/** When rows changed, and the audit trail of who changed what. */
export class NetworkTimestampsAndAudit extends Migration {
  override async up(): Promise<void> {
    for (const table of ["common_exemption", "theme_day", "challenge", "group_member"]) {
      this.addSql(`alter table ${table} add column created_at timestamptz not null default now(), add column updated_at timestamptz not null default now()`);
    }
    for (const sql of AUDIT_TABLE_SQL) this.addSql(sql);
  }
}

/** Removed group members stay as tombstones, so systems that mirror the groups see the removal. */
export class NetworkGroupMemberTombstones extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table group_member add column deleted_at timestamptz");
  }
}

export const networkMigrations = [
  { name: "network-0001-initial-tables", class: NetworkInitialTables },
  { name: "network-0002-timestamps-and-audit", class: NetworkTimestampsAndAudit },
  { name: "network-0003-group-member-tombstones", class: NetworkGroupMemberTombstones },
];
