import { Migration } from "@mikro-orm/migrations";
import { AUDIT_TABLE_SQL, AuditAuthorPseudonyms, SPENT_TOKEN_TABLE_SQL } from "@frikommune/db";
import { AnchoringLevel, Certainty, MilestoneState, OPEN_MILESTONE_STATES, StatementKind } from "./enums.js";
import { SOURCE_TABLE_SQL } from "./provenance/table.js";

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

/** The last day of a partial date's period ("2016" → 2016-12-31), as an expression PostgreSQL may store. */
const PERIOD_END = `case length(due_on)
  when 4 then make_date(left(due_on, 4)::int, 12, 31)
  when 7 then (make_date(left(due_on, 4)::int, substr(due_on, 6, 2)::int, 1) + interval '1 month' - interval '1 day')::date
  when 10 then make_date(left(due_on, 4)::int, substr(due_on, 6, 2)::int, substr(due_on, 9, 2)::int) end`;

/**
 * A statement-level trigger keeping `counter` (key column → n) equal to the count of `table`'s rows
 * per key among those `counted`: the summaries read a few counter rows instead of scanning every
 * trial and milestone. `set search_path from current` binds the function to this member's schema.
 */
function countedBy(table: string, counter: string, key: string, counted: string): string[] {
  const fn = `${counter}_apply`;
  return [
    `create table ${counter} (${key} ${table === "milestone" ? "date" : "text"} primary key, n integer not null)`,
    `insert into ${counter} select ${key}, count(*) from ${table} where ${counted} group by ${key}`,
    `create function ${fn}() returns trigger language plpgsql set search_path from current as $$
     begin
       if tg_op in ('UPDATE', 'DELETE') then
         update ${counter} c set n = c.n - d.n from (select ${key}, count(*) as n from old_rows where ${counted} group by ${key}) d where c.${key} = d.${key};
       end if;
       if tg_op in ('INSERT', 'UPDATE') then
         insert into ${counter} (${key}, n) select ${key}, count(*) from new_rows where ${counted} group by ${key}
         on conflict (${key}) do update set n = ${counter}.n + excluded.n;
       end if;
       return null;
     end $$`,
    `create trigger ${counter}_insert after insert on ${table} referencing new table as new_rows for each statement execute function ${fn}()`,
    `create trigger ${counter}_update after update on ${table} referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`,
    `create trigger ${counter}_delete after delete on ${table} referencing old table as old_rows for each statement execute function ${fn}()`,
  ];
}

/** What keeps the trial lists and summaries cheap when a member has tens of thousands of trials. */
export class KitScale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index trial_status_title_id on trial (status, title, id)`);
    this.addSql(`create index trial_updated_at on trial (updated_at)`);
    this.addSql(`drop index trial_exemption_code`);
    this.addSql(`create index trial_exemption_code_trial on trial_exemption (code, trial_id)`);
    this.addSql(`alter table milestone add column due_end date generated always as (${PERIOD_END}) stored`);
    for (const sql of countedBy("trial", "trial_status_count", "status", "true")) this.addSql(sql);
    for (const sql of countedBy("milestone", "open_milestone_count", "due_end", "completed_on is null and due_end is not null")) this.addSql(sql);
  }
}

/** Tears down what `countedBy` built, so a counter can be rebuilt with another condition. */
function uncounted(table: string, counter: string): string[] {
  return [
    ...["insert", "update", "delete"].map((op) => `drop trigger ${counter}_${op} on ${table}`),
    `drop function ${counter}_apply()`,
    `drop table ${counter}`,
  ];
}

/**
 * Sources for seeded rows, and an explicit state per milestone: a plan the documents give without
 * saying whether it was kept is UNKNOWN (the seed marks those), and only PLANNED or NOT_DONE
 * milestones are counted towards overdue.
 */
export class KitProvenanceAndMilestoneState extends Migration {
  override async up(): Promise<void> {
    for (const sql of SOURCE_TABLE_SQL) this.addSql(sql);
    this.addSql(`alter table milestone add column state text not null default 'PLANNED' check (state in (${Object.values(MilestoneState).map((s) => `'${s}'`).join(", ")}))`);
    this.addSql(`update milestone set state = 'DONE' where completed_on is not null`);
    for (const sql of uncounted("milestone", "open_milestone_count")) this.addSql(sql);
    const open = OPEN_MILESTONE_STATES.map((s) => `'${s}'`).join(", ");
    for (const sql of countedBy("milestone", "open_milestone_count", "due_end", `state in (${open}) and due_end is not null`)) this.addSql(sql);
  }
}

const valuesOf = (e: Record<string, string>) => Object.values(e).map((v) => `'${v}'`).join(", ");

/** Where a member anchors its work: once for every member, instead of a table per member. */
export class KitAnchoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table anchoring (
      id uuid primary key,
      key text not null unique,
      position integer not null,
      level text not null check (level in (${valuesOf(AnchoringLevel)})),
      name text,
      unit text,
      description text not null,
      certainty text not null check (certainty in (${valuesOf(Certainty)})),
      council_id uuid references council (id))`);
  }
}

/** What each member states about itself in the application: once for every member, instead of a table per member. */
export class KitStatements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table statement (
      id uuid primary key,
      key text not null unique,
      position integer not null,
      kind text not null check (kind in (${valuesOf(StatementKind)})),
      section text not null,
      title text,
      text text not null,
      certainty text check (certainty in (${valuesOf(Certainty)})),
      trial_id uuid null references trial (id) on delete set null)`);
  }
}

/** The overdue milestones, longest overdue first, read from an index of the open ones only. */
export class KitOverdueMilestones extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index milestone_open_due_end on milestone (due_end, trial_id, position) where state in (${OPEN_MILESTONE_STATES.map((s) => `'${s}'`).join(", ")})`);
  }
}

/** The gateway tokens mutations used, so that no replica runs a second mutation with one. */
export class KitSpentTokens extends Migration {
  override async up(): Promise<void> {
    for (const sql of SPENT_TOKEN_TABLE_SQL) this.addSql(sql);
  }
}

export const kitMigrations = [
  { name: "kit-0001-initial-tables", class: KitInitialTables },
  { name: "kit-0002-timestamps-and-audit", class: KitTimestampsAndAudit },
  { name: "kit-0003-scale", class: KitScale },
  { name: "kit-0004-provenance-and-milestone-state", class: KitProvenanceAndMilestoneState },
  { name: "kit-0005-anchoring", class: KitAnchoring },
  { name: "kit-0006-statements", class: KitStatements },
  { name: "kit-0007-overdue-milestones", class: KitOverdueMilestones },
  { name: "kit-0008-audit-author-pseudonyms", class: AuditAuthorPseudonyms },
  { name: "kit-0009-spent-tokens", class: KitSpentTokens },
];
