import { Migration } from "@mikro-orm/migrations";
import { AUDIT_TABLE_SQL } from "@frikommune/db";

/** The kit's tables. The same migrations run in every member's schema. */
export class KitInitialTables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table council (
      id uuid primary key,
      key text not null unique,
      name text not null,
      kind text not null,
      description text,
      count integer check (count > 0),
      valid_from text,
      valid_to text)`);
    this.addSql(`create table policy (
      id uuid primary key,
      key text not null unique,
      title text not null,
      kind text not null,
      adopted_on text,
      adopted_by text,
      summary text,
      goals text[] not null default '{}')`);
    this.addSql(`create table trial (
      id uuid primary key,
      key text not null unique,
      title text not null,
      purpose text not null,
      status text not null,
      owner_council_id uuid references council (id),
      valid_from text,
      valid_to text)`);
    this.addSql(`create index trial_title_id on trial (title, id)`);
    this.addSql(`create table trial_exemption (
      trial_id uuid not null references trial (id) on delete cascade,
      code text not null,
      primary key (trial_id, code))`);
    this.addSql(`create index trial_exemption_code on trial_exemption (code)`);
    this.addSql(`create table milestone (
      id uuid primary key,
      trial_id uuid not null references trial (id) on delete cascade,
      position integer not null,
      title text not null,
      due_on text,
      completed_on text)`);
    this.addSql(`create index milestone_trial on milestone (trial_id, position)`);
    this.addSql(`create table evaluation (
      id uuid primary key,
      trial_id uuid not null references trial (id) on delete cascade,
      recorded_on text not null,
      answers jsonb not null)`);
    this.addSql(`create index evaluation_trial on evaluation (trial_id)`);
  }
}


/** When rows changed, and who changed what: the audit trail, written in the same transaction as the change. */
export class KitTimestampsAndAudit extends Migration {
  override async up(): Promise<void> {
    for (const table of ["council", "policy", "trial", "milestone"]) {
      this.addSql(`alter table ${table} add column created_at timestamptz not null default now(), add column updated_at timestamptz not null default now()`);
    }
    for (const sql of AUDIT_TABLE_SQL) this.addSql(sql);
  }
}

export const kitMigrations = [
  { name: "kit-0001-initial-tables", class: KitInitialTables },
  { name: "kit-0002-timestamps-and-audit", class: KitTimestampsAndAudit },
];
