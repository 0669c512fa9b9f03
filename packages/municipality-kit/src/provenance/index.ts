export { SOURCE_DOCUMENTS, sourceDocument, type SourceDocumentKey, type SourceDocumentRecord } from "./documents.js";
export { cite, MAX_QUOTE, MAX_SOURCES, type SourceSeed, type Sourced } from "./sources.js";
export { SourceEntity, SOURCE_TABLE_SQL } from "./table.js";
export { Change, HistoryField, MAX_HISTORY, Provenanced, SourcesField, provenanceLoaders, provenanceResolver, Source, SourceDocument, SourceDocumentKind } from "./graph.js";
export { seedFacts, type FactRow } from "./seed.js";
