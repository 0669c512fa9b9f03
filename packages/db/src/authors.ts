import { createHmac } from "node:crypto";
import { Migration } from "@mikro-orm/migrations";
import type { EntityManager } from "@mikro-orm/postgresql";

/** Who made a write, as the audit trail records them: the person by pseudonym only. */
export interface Actor {
  /** The author's pseudonym in this schema's trail; null for a write no person made. */
  author: string | null;
  role: string | null;
  municipality: string | null;
}

/** A caller as the gateway verified them. */
interface Caller {
  subject: string | null;
  role: string | null;
  municipality: string | null;
}

/**
 * A person's pseudonym in one schema's audit trail: an HMAC of their subject under the schema's
 * own key (128 bits of it), so it is the same for every write they make there, differs from
 * schema to schema, and cannot be tested against guessed subjects without the key.
 */
export function pseudonymOf(key: Buffer, subject: string): string {
  return createHmac("sha256", key).update(subject, "utf8").digest().subarray(0, 16).toString("base64url");
}

/** The schema's audit key, as its migration made it. */
export const AUDIT_KEY_QUERY = "select key from audit_key";

/** How a schema's subgraph turns its callers into the actors its audit trail records; reads the key once. */
export async function auditActors(em: EntityManager): Promise<(caller: Caller) => Actor> {
  const [row] = await em.getConnection().execute<{ key: Buffer }[]>(AUDIT_KEY_QUERY);
  if (!row) throw new Error("the audit key is missing; the migrations did not run");
  const key = row.key;
  return (caller) => ({ author: caller.subject === null ? null : pseudonymOf(key, caller.subject), role: caller.role, municipality: caller.municipality });
}

/**
 * The audit trail keeps a pseudonym of each author instead of the identity provider's subject
 * (an e-mail address, or a value derived from a personal ID number). The key is random, one per
 * schema, and lives beside the trail it keys: a dump of one schema holds no subject, and no
 * pseudonym there can be linked to one in another member's schema. Existing entries are
 * pseudonymised here; the subjects are gone after it.
 */
export class AuditAuthorPseudonyms extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table audit_key (
      one boolean primary key default true check (one),
      key bytea not null check (length(key) = 32))`);
    // PostgreSQL's strong random source (gen_random_uuid: 2 × 122 bits), so the key never appears in a statement or its log.
    await this.execute(`insert into audit_key (key) select sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'))`);
    const [{ key }] = (await this.execute(AUDIT_KEY_QUERY)) as [{ key: Buffer }];
    await this.execute("alter table audit_entry add column author text");
    const subjects = (await this.execute("select distinct subject from audit_entry")) as { subject: string }[];
    for (const { subject } of subjects) await this.execute("update audit_entry set author = ? where subject = ?", [pseudonymOf(key, subject), subject]);
    await this.execute("alter table audit_entry drop column subject");
    await this.execute("create index audit_entry_author on audit_entry (author)");
  }
}
