/**
 * Creates `schema` only when it is missing. PostgreSQL checks the right to create schemas before
 * it looks at `if not exists`, so a role that owns its schema but may not create others (one role
 * per service in production) must not be asked to create it again.
 */
export function createSchemaSql(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return `do $$ begin if not exists (select from pg_namespace where nspname = '${schema}') then create schema "${schema}"; end if; end $$`;
}
