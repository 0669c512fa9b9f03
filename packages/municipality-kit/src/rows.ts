import type { EntityName, FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * Plain rows named by their properties, for reading: an answer needs the values, not managed
 * entities, and hydrating hundreds of rows into the identity map was most of a read's CPU.
 */
export function selectRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number } = {},
): Promise<T[]> {
  const query = em.createQueryBuilder(entity).select("*").where(where as never);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  return query.execute<T[]>("all");
}
