import { defineEntity, p } from "@mikro-orm/core";
import { MAX_QUOTE } from "./sources.js";

/** The sources of seeded rows, in every subgraph's schema; keyed by the row's id, which is unique across tables. */
export const SourceEntity = defineEntity({
  name: "Source",
  tableName: "source",
  properties: {
    entityId: p.uuid().primary(),
    position: p.integer().primary(),
    entityTable: p.string(),
    document: p.string(),
    location: p.string(),
    quote: p.text(),
  },
});

export const SOURCE_TABLE_SQL = [
  `create table source (
    entity_id uuid not null,
    position integer not null,
    entity_table text not null,
    document text not null,
    location text not null,
    quote text not null check (length(quote) between 1 and ${MAX_QUOTE}),
    primary key (entity_id, position))`,
  `create index source_entity_table on source (entity_table)`,
];
