import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Identity } from "@frikommune/auth";
import { AuditEntryEntity } from "./entities.js";

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
export function audit(tx: EntityManager, identity: Identity, entity: { type: string; id: string }, action: string, before: Fields, after: Fields): void {
  tx.create(AuditEntryEntity, {
    id: randomUUID(),
    subject: identity.subject ?? "anonymous",
    role: identity.role ?? "anonymous",
    municipality: identity.municipality,
    entityType: entity.type,
    entityId: entity.id,
    action,
    changes: changedFields(before, after),
  });
}
