import { raw, type EntityName, type ObjectQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

type Order<T> = Partial<Record<keyof T & string, "asc" | "desc">>;

/**
 * The children of many parents in one statement, at most `max` per parent in the list's order:
 * a list stays within its maximum even when rows were added around the API (a bulk import).
 */
export function firstPerParent<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  options: { parent: keyof T & string; parentIds: readonly string[]; max: number; orderBy: Order<T>; where?: ObjectQuery<T> },
): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const column = (property: string) => `c.${em.getPlatform().quoteIdentifier(meta.properties[property as keyof typeof meta.properties].fieldNames[0]!)}`;
  // Ties broken by the primary key, so a list's order is total and stable.
  const orderBy = { ...options.orderBy, ...Object.fromEntries(meta.primaryKeys.filter((k) => !(k in options.orderBy)).map((k) => [k, "asc"])) } as Order<T>;
  const order = Object.entries(orderBy).map(([property, direction]) => `${column(property)} ${direction}`).join(", ");
  // Ranked in a derived table and read from it directly: matching ids back against the whole
  // table (`id in (…)`) made PostgreSQL scan every row of it.
  const ranked = em
    .createQueryBuilder(entity, "c")
    .select([raw("c.*"), raw(`row_number() over (partition by ${column(options.parent)} order by ${order}) as n`)])
    .where({ ...options.where, [options.parent]: { $in: [...options.parentIds] } } as never);
  return em
    .createQueryBuilder(entity)
    .from(ranked, "ranked")
    .select("*")
    .where("n <= ?", [options.max])
    .orderBy(orderBy as never)
    .execute<T[]>("all");
}
