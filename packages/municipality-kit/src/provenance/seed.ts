import { raw, type EntityName } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AuditEntryEntity } from "@frikommune/db";
import type { SourceSeed } from "./sources.js";
import { SourceEntity } from "./table.js";

/** A seeded row: its stable id, its columns, and where the documents say it. */
export type FactRow = { id: string; sources: SourceSeed[] } & Record<string, unknown>;

/** The ids among `ids` that a write has touched. */
async function editedAmong(tx: EntityManager, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.createQueryBuilder(AuditEntryEntity).select(raw("distinct entity_id as entity_id")).where({ entityId: { $in: ids } }).execute<{ entity_id: string }[]>("all", false);
  return new Set(rows.map((r) => r.entity_id));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Brings a table's seeded rows in line with the documents, inside the caller's transaction:
 * - missing rows are inserted;
 * - rows nobody has edited get the current facts and sources (a correction reaches every database on
 *   its next start); rows with an audit trail keep their edits;
 * - with `prune`, seeded rows the documents no longer support are removed, unless someone edited them.
 */
export async function seedFacts(tx: EntityManager, entity: EntityName<any>, rows: FactRow[], options: { prune?: boolean } = {}): Promise<void> {
  const meta = tx.getMetadata().get(entity);
  const table = meta.tableName;
  for (const row of rows) if (row.sources.length === 0) throw new Error(`${table} row ${row.id} has no source`);
  const ids = rows.map((r) => r.id);
  const edited = await editedAmong(tx, ids);
  const existing = new Map(
    ids.length ? (await tx.createQueryBuilder(entity).select("*").where({ id: { $in: ids } }).execute<Record<string, unknown>[]>("all")).map((r) => [r.id as string, r]) : [],
  );
  const columns = ({ sources: _s, ...row }: FactRow) => row;
  const missing = rows.filter((r) => !existing.has(r.id));
  if (missing.length) await tx.upsertMany(entity, missing.map(columns), { onConflictAction: "ignore" });
  const stamp = "updatedAt" in meta.properties ? { updatedAt: new Date() } : {};
  for (const row of rows) {
    const before = existing.get(row.id);
    if (!before || edited.has(row.id)) continue;
    const after = columns(row);
    if (Object.keys(after).some((k) => !same(before[k], after[k]))) await tx.nativeUpdate(entity, { id: row.id }, { ...after, ...stamp });
  }

  const current = rows.filter((r) => !edited.has(r.id));
  if (current.length) {
    await tx.nativeDelete(SourceEntity, { entityId: { $in: current.map((r) => r.id) } });
    await tx.insertMany(SourceEntity, current.flatMap((r) => r.sources.map((s, position) => ({
      entityId: r.id, position, entityTable: table, document: s.document, location: s.at, quote: s.quote,
    }))));
  }

  if (options.prune) {
    const seeded = await tx.createQueryBuilder(SourceEntity).select(raw("distinct entity_id as entity_id")).where(ids.length ? { entityTable: table, entityId: { $nin: ids } } : { entityTable: table }).execute<{ entity_id: string }[]>("all", false);
    const gone = seeded.map((r) => r.entity_id);
    if (gone.length) {
      const kept = await editedAmong(tx, gone);
      const removed = gone.filter((id) => !kept.has(id));
      if (removed.length) {
        await tx.nativeDelete(entity, { id: { $in: removed } });
        await tx.nativeDelete(SourceEntity, { entityId: { $in: removed } });
      }
    }
  }
}
