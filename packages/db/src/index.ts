export { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded.js";
export { resolveDatabase } from "./database-url.js";
export { openSchemaDatabase, type SchemaDatabaseOptions, type MigrationClass } from "./orm.js";
export { sqlStatementCount } from "./statements.js";
export { audit, changedFields, AuditEntryEntity, AUDIT_TABLE_SQL, type Actor } from "./audit.js";
