import DataLoader from "dataloader";
import { GraphQLDateTime } from "graphql-scalars";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { AuditEntryEntity } from "@frikommune/db";
import { groupByKeys } from "@frikommune/subgraph-server";
import { firstPerParent } from "../per-parent.js";
import { atMost, ListSize } from "../graph/list-size.js";
import { sourceDocument } from "./documents.js";
import { MAX_SOURCES } from "./sources.js";
import { SourceEntity } from "./table.js";

export const MAX_HISTORY = 20; // newest changes per entity; `versions` pages through all of them

export enum SourceDocumentKind {
  APPLICATION = "APPLICATION",
  MINUTES = "MINUTES",
  TERMS_OF_REFERENCE = "TERMS_OF_REFERENCE",
  REPORT = "REPORT",
  WEB_PAGE = "WEB_PAGE",
}
registerEnumType(SourceDocumentKind, { name: "SourceDocumentKind" });

@ObjectType({ description: "A document the seeded facts come from. Null where the document does not say." })
@Directive("@shareable")
export class SourceDocument {
  @Field(() => ID) key!: string;
  @Field(() => SourceDocumentKind) kind!: SourceDocumentKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true, description: "At the precision the document gives (\"2014-01\")." }) issuedOn!: string | null;
  @Field(() => String) description!: string;
}

@ObjectType({ description: "Where a fact comes from (after Popolo's `sources`): a document, a place in it and a verbatim quote." })
@Directive("@shareable")
export class Source {
  @Field(() => SourceDocument) document!: SourceDocument;
  @Field(() => String, { description: "Section heading or agenda item." }) location!: string;
  @Field(() => String, { description: "Verbatim from the document, at most 300 characters." }) quote!: string;
}

@ObjectType({ description: "A write to an entity: when, and by which role for which municipality." })
@Directive("@shareable")
export class Change {
  @Field(() => GraphQLDateTime) at!: Date;
  @Field(() => String, { description: "create, update, complete, …" }) action!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) municipality!: string | null;
}

const SOURCES_DESCRIPTION = atMost(MAX_SOURCES, "Where the documents say this; empty for what a write created.");
const HISTORY_DESCRIPTION = atMost(MAX_HISTORY, "Writes to it, newest first; empty while it stands as the documents give it.");

/** `sources`, declared on a type or interface. */
export const SourcesField = (): PropertyDecorator => (target, key) => {
  Field(() => [Source], { description: SOURCES_DESCRIPTION })(target, key);
  ListSize(MAX_SOURCES)(target, key);
};

/** `history`, declared on a type or interface. */
export const HistoryField = (): PropertyDecorator => (target, key) => {
  Field(() => [Change], { description: HISTORY_DESCRIPTION })(target, key);
  ListSize(MAX_HISTORY)(target, key);
};

/**
 * The base of every object type seeded from the documents (never in the schema itself): its `sources` and `history` (add
 * `provenanceResolver(Type)` to the resolvers). Interfaces declare the two fields themselves
 * with `SourcesField` and `HistoryField`, as GraphQL interfaces do not inherit from classes.
 */
@ObjectType("Provenanced")
export abstract class Provenanced {
  @SourcesField() sources!: Source[];
  @HistoryField() history!: Change[];
}

interface ProvenanceLoaders {
  sources: DataLoader<string, Source[]>;
  history: DataLoader<string, Change[]>;
}

/** One statement each for the sources and the history of every row in a request. */
const perRequest = new WeakMap<EntityManager, ProvenanceLoaders>();
export function provenanceLoaders(em: EntityManager): ProvenanceLoaders {
  const cached = perRequest.get(em);
  if (cached) return cached;
  const loaders: ProvenanceLoaders = {
      sources: new DataLoader(async (ids) => {
        const rows = await firstPerParent(em, SourceEntity, { parent: "entityId", parentIds: ids, max: MAX_SOURCES, orderBy: { position: "asc" } });
        const sources = rows.map((r) => ({ entityId: r.entityId, document: sourceDocument(r.document) as unknown as SourceDocument, location: r.location, quote: r.quote }));
        return groupByKeys(ids, sources, (s) => s.entityId);
      }),
      history: new DataLoader(async (ids) => {
        const rows = await firstPerParent(em, AuditEntryEntity, { parent: "entityId", parentIds: ids, max: MAX_HISTORY, orderBy: { at: "desc" } });
        return groupByKeys(ids, rows.map((r) => ({ ...r, municipality: r.municipality ?? null })), (r) => r.entityId);
      }),
  };
  perRequest.set(em, loaders);
  return loaders;
}

/** `sources` and `history` on a type whose rows have an `id`. */
export function provenanceResolver(type: Function) {
  @Resolver(() => type)
  class ProvenanceFields {
    @FieldResolver(() => [Source], { description: SOURCES_DESCRIPTION })
    @ListSize(MAX_SOURCES)
    sources(@Root() row: { id: string }, @Ctx() ctx: { em: EntityManager }) {
      return provenanceLoaders(ctx.em).sources.load(row.id);
    }

    @FieldResolver(() => [Change], { description: HISTORY_DESCRIPTION })
    @ListSize(MAX_HISTORY)
    history(@Root() row: { id: string }, @Ctx() ctx: { em: EntityManager }) {
      return provenanceLoaders(ctx.em).history.load(row.id);
    }
  }
  Object.defineProperty(ProvenanceFields, "name", { value: `${type.name}Provenance` });
  return ProvenanceFields;
}
