import { Migration } from "@mikro-orm/migrations";

export class SlagelseCitizenBudgets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table citizen_budget (
      id uuid primary key, key text not null unique, position integer not null, title text not null,
      stage text not null check (stage in ('TRIED', 'PLANNED')), area text, amount_dkk integer,
      description text not null, aims text[] not null default '{}', owner_council_key text)`);
  }
}

export const migrations = [{ name: "slagelse-0001-citizen-budgets", class: SlagelseCitizenBudgets }];
