import { Migration } from "@mikro-orm/migrations";
import { AUDIT_TABLE_SQL, AuditAuthorPseudonyms, SPENT_TOKEN_TABLE_SQL } from "@frikommune/db";
import { Certainty, SOURCE_TABLE_SQL, stableId } from "@frikommune/municipality-kit";

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

const certainties = Object.values(Certainty).map((c) => `'${c}'`).join(", ");
const certaintyColumn = (name: string, nullable = false) => `${name} text ${nullable ? "" : "not null "}check (${name} in (${certainties}))`;
/** Seeded group members that the corrected data no longer holds, by the ids the first seed gave them. */
const seededMember = (group: string, position: number) => `'${stableId("network", "group", group, "member", String(position))}'`;
const unsupportedMembers = [
  // the mayors sat in "Politisk forankring"; they now have their own (considered) group
  ...[5, 6, 7, 8, 9].map((p) => seededMember("politisk-forankring", p)),
  // one "Chef/direktør" per member: the application names the steering group's make-up, not its seats
  ...[0, 1, 2, 3, 4].map((p) => seededMember("tvaerkommunal-styregruppe", p)),
];

/**
 * Sources for every seeded row, and the facts the documents state but the first seed did not hold
 * (plans, certainty, the ministry's rules, contacts as the page lists them). Removes the theme days
 * and challenges the first seed invented, unless a write has touched or relied on them.
 */
export class NetworkProvenance extends Migration {
  override async up(): Promise<void> {
    for (const sql of SOURCE_TABLE_SQL) this.addSql(sql);

    this.addSql(`alter table network add column invited_by text`);
    // The column held a ministry for people the page names none for; contacts now have their own table.
    this.addSql(`update network set ministry_contacts = '[]'`);
    this.addSql(`create table ministry_contact (
      id uuid primary key, position integer not null, name text, title text, office text not null, organisation text)`);

    this.addSql(`alter table member add column condition_decision_scheduled_on text, add column condition_decision_by text,
      add column ${certaintyColumn("condition_certainty", true)}`);

    this.addSql(`alter table common_exemption add column network_request text`);
    this.addSql(`create table legal_finding (
      id uuid primary key, exemption_id uuid not null unique references common_exemption (id) on delete cascade,
      kind text not null, finding text not null, found_by text not null, found_on text,
      stated_intention text, intention_by text, ${certaintyColumn("intention_certainty", true)})`);

    this.addSql(`alter table network_group add column ${certaintyColumn("certainty")} default 'DECIDED',
      add column composition text, add column responsible_role text, add column suggested_by text`);

    this.addSql(`alter table challenge alter column theme_day_id drop not null`);
    this.addSql(`create index challenge_municipality on challenge (municipality_slug, title)`);
    this.addSql(`create table theme_day_plan (
      id uuid primary key, per_year_min integer not null, per_year_max integer not null check (per_year_max >= per_year_min),
      ${certaintyColumn("certainty")}, purpose text not null, content text not null, agenda_group_key text)`);
    this.addSql(`create table theme_day_participant (
      id uuid primary key, plan_id uuid not null references theme_day_plan (id) on delete cascade,
      position integer not null, who text not null, role text not null, ${certaintyColumn("certainty")})`);
    this.addSql(`create index theme_day_participant_plan on theme_day_participant (plan_id, position)`);

    this.addSql(`create table evaluation_plan (
      id uuid primary key, network_evaluation text not null, ${certaintyColumn("certainty")}, final_report text not null,
      final_report_due text not null, trial_evaluations text not null, why_per_trial text not null)`);
    this.addSql(`create table ministry_rule (
      id uuid primary key, key text not null unique, position integer not null, kind text not null,
      topic text not null, title text not null, statement text not null, reason text)`);
    this.addSql(`create index ministry_rule_kind on ministry_rule (kind, position)`);
    this.addSql(`create table network_statement (
      id uuid primary key, key text not null unique, topic text not null, position integer not null, heading text not null,
      title text not null, text text not null, ${certaintyColumn("certainty", true)}, due_on text, due text)`);
    this.addSql(`create index network_statement_topic on network_statement (topic, position)`);

    // The invented theme days and their seeded challenges; a day a write touched or brought a challenge to stays.
    const invented = `select id from theme_day where key in ('temadag-2017', 'temadag-2018', 'temadag-2019')`;
    this.addSql(`delete from challenge where theme_day_id in (${invented}) and id not in (select entity_id from audit_entry)`);
    this.addSql(`delete from theme_day where id in (${invented}) and id not in (select entity_id from audit_entry)
      and id not in (select theme_day_id from challenge where theme_day_id is not null)`);
    // Removed as tombstones, so systems that mirror the groups see them go.
    this.addSql(`update group_member set deleted_at = now(), updated_at = now()
      where id in (${unsupportedMembers.join(", ")}) and deleted_at is null and id not in (select entity_id from audit_entry)`);
  }
}

/**
 * A tombstone keeps only the id and the time: removed members' seats, names and municipalities
 * (and a seeded seat's sources) are cleared, stamped as a change so mirrors clear their copies too.
 */
export class NetworkTombstonesWithoutPersonalData extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table group_member alter column role drop not null`);
    this.addSql(`delete from source where entity_id in (select id from group_member where deleted_at is not null)`);
    this.addSql(`update group_member set role = null, name = null, municipality_slug = null, updated_at = now()
      where deleted_at is not null and (role is not null or name is not null or municipality_slug is not null)`);
  }
}

/** The gateway tokens mutations used, so that no replica runs a second mutation with one. */
export class NetworkSpentTokens extends Migration {
  override async up(): Promise<void> {
    for (const sql of SPENT_TOKEN_TABLE_SQL) this.addSql(sql);
  }
}

export const networkMigrations = [
  { name: "network-0001-initial-tables", class: NetworkInitialTables },
  { name: "network-0002-timestamps-and-audit", class: NetworkTimestampsAndAudit },
  { name: "network-0003-group-member-tombstones", class: NetworkGroupMemberTombstones },
  { name: "network-0004-provenance-and-corrections", class: NetworkProvenance },
  { name: "network-0005-tombstones-without-personal-data", class: NetworkTombstonesWithoutPersonalData },
  { name: "network-0006-audit-author-pseudonyms", class: AuditAuthorPseudonyms },
  { name: "network-0007-spent-tokens", class: NetworkSpentTokens },
];
