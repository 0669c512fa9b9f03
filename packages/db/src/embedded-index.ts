// A local PostgreSQL for `pnpm start`, tests and tools; production bundles never load it.
export { embeddedPostgresInUse, embeddedUrl, runOnStackDatabase, startEmbeddedPostgres, takeOverStopSignals, type EmbeddedDatabase } from "./embedded.js";
export { resolveDatabase } from "./database-url.js";
