export { withClient } from "./client.js";
export { openSchemaDatabase, type SchemaDatabaseOptions, type MigrationClass } from "./orm.js";
export { sqlStatementCount } from "./statements.js";
export { audit, changedFields, AuditEntryEntity, AUDIT_TABLE_SQL } from "./audit.js";
export { auditActors, AuditAuthorPseudonyms, AUDIT_KEY_QUERY, pseudonymOf, type Actor } from "./authors.js";
export { createSchemaSql } from "./schema.js";
export { spentTokens, SPENT_TOKEN_TABLE_SQL, type SpentTokens } from "./spent-tokens.js";
