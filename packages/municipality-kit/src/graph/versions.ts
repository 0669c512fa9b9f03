import DataLoader from "dataloader";
import { GraphQLDateTime } from "graphql-scalars";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Args, Authorized, Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { badUserInput, connectionTypes, decodeCursor, groupByKeys, PageArgs, pageSize, toConnection, type Permission } from "@frikommune/subgraph-server";
import { MAX_CHANGES } from "../limits.js";
import { atMost, ConnectionSize, ListSize } from "./list-size.js";

@ObjectType({ description: "One field a write changed; values as JSON." })
@Directive("@shareable")
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: "One write to an entity, from the audit trail." })
@Directive("@shareable")
export class Version {
  @Field(() => GraphQLDateTime) at!: Date;
  @Field(() => String, {
    nullable: true,
    description: "Who made the write, by pseudonym: the same for every write one person makes in this subgraph, different in another, and never their subject. Null once the person was erased.",
  })
  author!: string | null;
  @Field(() => String, {
    description: "The author's pseudonym, as `author` (\"erased\" where that is null); the audit trail keeps no subjects.",
    deprecationReason: "Never the token's subject: use author, which is null once its person was erased.",
  })
  subject!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) municipality!: string | null;
  @Field(() => String) action!: string;
  @Field(() => [FieldChange], { description: atMost(MAX_CHANGES) }) @ListSize(MAX_CHANGES) changes!: FieldChange[];
}

export const { Connection: VersionConnection } = connectionTypes("Version", () => Version);

interface AuditRow {
  id: string;
  at: Date;
  author: string | null;
  role: string;
  municipality: string | null;
  entity_id: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  total: string;
  n: string;
}

/** What the deprecated `subject` says for a write whose author was erased. */
const ERASED = "erased";

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/**
 * Versions of many entities in one statement per page request: a window over the audit trail,
 * oldest first, of which only the page (and one more row, telling whether another page follows)
 * leaves the database. The trail is append-only, so a version's position is a stable cursor.
 */
export function createVersionLoader(em: EntityManager) {
  const loaders = new Map<string, DataLoader<string, ReturnType<typeof toConnection<Version & { key: [string, string] }>>>>();
  return (entityId: string, args: PageArgs) => {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after);
    if (after && !(/^\d+$/.test(after[0]) && Number.isSafeInteger(Number(after[0])))) throw badUserInput("after is not a cursor returned by this list", "after");
    const start = Number(after?.[0] ?? 0);
    const key = JSON.stringify([limit, start]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await em.execute<AuditRow[]>(
          `select * from (
             select a.*, count(*) over (partition by entity_id) as total,
                    row_number() over (partition by entity_id order by at, id) as n
             from audit_entry a where entity_id in (${ids.map(() => "?::uuid").join(", ")})
           ) v where n > ? and n <= ? order by at, id`,
          [...ids, start, start + limit + 1],
        );
        return groupByKeys(ids, rows, (r) => r.entity_id).map((group) => {
          const versions = group.map((r) => ({
            at: new Date(r.at),
            author: r.author,
            subject: r.author ?? ERASED,
            role: r.role,
            municipality: r.municipality,
            action: r.action,
            changes: Object.entries(r.changes).map(([field, c]) => ({ field, before: json(c.before), after: json(c.after) })),
            key: [String(r.n), r.id] as [string, string],
          }));
          return toConnection(versions, limit, Number(group[0]?.total ?? 0), (v) => v.key);
        });
      });
      loaders.set(key, loader);
    }
    return loader.load(entityId);
  };
}

type VersionLoader = ReturnType<typeof createVersionLoader>;

/** `versions(first, after)` on an entity type, readable by callers with one of `permissions`. */
export function versionsResolver(type: Function, permissions: Permission[]) {
  @Resolver(() => type)
  class Versions {
    @Authorized(...permissions)
    @FieldResolver(() => VersionConnection, { nullable: true, description: "Every write to this entity, oldest first." })
    @ConnectionSize()
    versions(@Root() entity: { id: string }, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: { loaders: { versions: VersionLoader } }) {
      return ctx.loaders.versions(entity.id, page);
    }
  }
  return Versions;
}
