export { openSchemaDatabase, type SchemaDatabaseOptions, type MigrationClass } from "./orm.js";
export { sqlStatementCount } from "./statements.js";
export { audit, changedFields, AuditEntryEntity, AUDIT_TABLE_SQL, type Actor } from "./audit.js";
export { createSchemaSql } from "./schema.js";
export { spentTokens, SPENT_TOKEN_TABLE_SQL, type SpentTokens } from "./spent-tokens.js";
