import type { EntityName } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * Inside a write's transaction: waits until other writes growing the same table (in this schema)
 * have committed, so a count taken afterwards includes their rows. For lists with no parent row to lock.
 */
export async function lockTable(tx: EntityManager, entity: EntityName): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(?::regclass::oid::bigint)", [tx.getMetadata().get(entity).tableName]);
}
