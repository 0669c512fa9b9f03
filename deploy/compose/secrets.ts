// `node deploy/compose/secrets.ts`: the secrets `docker compose up` needs, generated once on this
// machine into deploy/compose/secrets/ (kept out of git and out of the images). They are production
// values: outside NODE_ENV=development the services refuse the project's development secrets.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type * as Registry from "../../packages/members/src/index.js";

// The member registry from its sources, which Node runs as they are (type stripping): no build needed.
const registry: typeof Registry = await import(new URL("../../packages/members/src/index.ts", import.meta.url).href);

/** Where compose.yaml's services reach PostgreSQL: the `postgres` service and its database. */
export const COMPOSE_DATABASE = { host: "postgres", port: 5432, name: "frikommune" } as const;

/**
 * Every service with its own login role (the registry's, as in deploy/k8s/postgres), the
 * schema that role owns, and the variable its database address goes in.
 */
export function serviceDatabases() {
  return registry.deployables().map((d) => ({ service: d.name, role: d.role, schema: d.schema, variable: d.kind === "gateway" ? "GATEWAY_DATABASE_URL" : "DATABASE_URL" }));
}

/** The file listing every role for the postgres image's init script: `role schema password` a line. */
export const DATABASE_ROLES_FILE = "database_roles";

/** Hex: safe unquoted in a URL, in an env file and in SQL. */
const password = () => randomBytes(24).toString("hex");

/** The files of one set of secrets, by file name. */
export function composeSecrets(): Record<string, string> {
  const { privateKey } = generateKeyPairSync("ed25519");
  const roles = serviceDatabases().map((d) => ({ ...d, password: password() }));
  const { host, port, name } = COMPOSE_DATABASE;
  return {
    auth_jwt_secret: randomBytes(48).toString("base64url"),
    gateway_signing_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    postgres_password: password(),
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
  // Only this user may look into the directory. The files themselves are readable by all: compose
  // mounts them as they are, and the containers read them as other users (postgres, node).
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o700);
  const files = composeSecrets();
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(join(dir, file), content);
    chmodSync(join(dir, file), 0o644);
  }
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
