#!/bin/sh
# Run by the postgres image once, on an empty data directory: for every line of the roles file
# (role, schema, password; written by deploy/compose/secrets.ts) one login role and its schema.
set -e
while read -r role schema password; do
  [ -n "$role" ] || continue
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="$role" -v schema="$schema" -v password="$password" -v database="$POSTGRES_DB" \
    -f /docker-entrypoint-initdb.d/service-role.psql
done < /run/secrets/database_roles
