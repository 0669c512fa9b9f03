export { openSchemaDatabase, type SchemaDatabaseOptions, type MigrationClass } from "./orm.js";
export { sqlStatementCount } from "./statements.js";
export { audit, changedFields, AuditEntryEntity, AUDIT_TABLE_SQL, type Actor } from "./audit.js";
export { createSchemaSql } from "./schema.js";
