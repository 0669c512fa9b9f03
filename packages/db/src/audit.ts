import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { defineEntity, p } from "@mikro-orm/core";
import type { Actor } from "./authors.js";

/** Every subgraph's audit trail: who changed what, written in the same transaction as the change. */
export const AuditEntryEntity = defineEntity({
  name: "AuditEntry",
  tableName: "audit_entry",
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().onCreate(() => new Date()),
    /** The author's pseudonym (`pseudonymOf`); null once the author was erased. */
    author: p.string().nullable(),
    role: p.string(),
    municipality: p.string().nullable(),
    entityType: p.string(),
    entityId: p.uuid(),
    action: p.string(),
    /** Field → { before, after } for every field the write changed. */
    changes: p.json().$type<Record<string, { before: unknown; after: unknown }>>(),
  },
});

/** The audit table as each subgraph's migrations first made it; `AuditAuthorPseudonyms` replaces its `subject` by `author`. */
export const AUDIT_TABLE_SQL = [
  `create table audit_entry (
    id uuid primary key,
    at timestamptz not null default now(),
    subject text not null,
    role text not null,
    municipality text,
    entity_type text not null,
    entity_id uuid not null,
    action text not null,
    changes jsonb not null)`,
  `create index audit_entry_entity on audit_entry (entity_id, at)`,
];

type Fields = Record<string, unknown>;
const IGNORED = new Set(["createdAt", "updatedAt"]);

/** Field → { before, after } for the fields that differ. */
export function changedFields(before: Fields, after: Fields): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(field)) continue;
    const [b, a] = [before[field] ?? null, after[field] ?? null];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[field] = { before: b, after: a };
  }
  return changes;
}

/** Records a write in the audit trail; call it inside the write's own transaction. */
export function audit(tx: EntityManager, actor: Actor, entity: { type: string; id: string }, action: string, before: Fields, after: Fields): void {
  tx.create(AuditEntryEntity, {
    id: randomUUID(),
    author: actor.author,
    role: actor.role ?? "anonymous",
    municipality: actor.municipality,
    entityType: entity.type,
    entityId: entity.id,
    action,
    changes: changedFields(before, after),
  });
}
