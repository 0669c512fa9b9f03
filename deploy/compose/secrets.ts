// `node deploy/compose/secrets.ts`: the secrets `docker compose up` needs, generated once on this
// machine into deploy/compose/secrets/ (kept out of git and out of the images). They are production
// values: outside NODE_ENV=development the services refuse the project's development secrets.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type * as Shared from "../secrets.js";

// Run by plain Node from its sources, as this file is (type stripping).
const { newJwtSecret, newPassword, newSigningKey, serviceDatabases, writeSecretFiles }: typeof Shared = await import(new URL("../secrets.ts", import.meta.url).href);

/** Where compose.yaml's services reach PostgreSQL: the `postgres` service and its database. */
export const COMPOSE_DATABASE = { host: "postgres", port: 5432, name: "frikommune" } as const;

/** The file listing every role for the postgres image's init script: `role schema password` a line. */
export const DATABASE_ROLES_FILE = "database_roles";

/** The files of one set of secrets, by file name. */
export function composeSecrets(): Record<string, string> {
  const roles = serviceDatabases().map((d) => ({ ...d, password: newPassword() }));
  const { host, port, name } = COMPOSE_DATABASE;
  return {
    auth_jwt_secret: newJwtSecret(),
    gateway_signing_key: newSigningKey(),
    postgres_password: newPassword(),
    [DATABASE_ROLES_FILE]: roles.map((r) => `${r.role} ${r.schema} ${r.password}\n`).join(""),
    ...Object.fromEntries(roles.map((r) => [`${r.service}.env`, `${r.variable}=postgres://${r.role}:${r.password}@${host}:${port}/${name}\n`])),
  };
}

/**
 * Writes a new set into `dir`. It refuses to replace an existing one: the database volume keeps the
 * roles' passwords from its first start.
 */
export function writeComposeSecrets(dir: string): string[] {
  if (existsSync(join(dir, DATABASE_ROLES_FILE))) {
    throw new Error(`${dir} already holds secrets; to start over, delete it and the database volume (docker compose down --volumes)`);
  }
  // The files are readable by all (their folder by this user alone): compose mounts them as they
  // are, and the containers read them as other users (postgres, node).
  const files = composeSecrets();
  writeSecretFiles(dir, files, 0o644);
  return Object.keys(files);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string", default: resolve(import.meta.dirname, "secrets") } } });
  try {
    const files = writeComposeSecrets(values.out);
    console.log(`${values.out}: ${files.join(", ")}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
