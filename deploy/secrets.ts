// What the deployments' secret scripts share (deploy/compose/secrets.ts and
// deploy/k8s/overlays/development/secrets.ts): the services from the member registry, new secret
// values, and a private folder to write them into.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as Registry from "../packages/members/src/index.js";

// The member registry from its sources, which Node runs as they are (type stripping): no build needed.
const registry: typeof Registry = await import(new URL("../packages/members/src/index.ts", import.meta.url).href);

/**
 * Every service with its own login role (the registry's, as in deploy/k8s/postgres), the
 * schema that role owns, and the variable its database address goes in.
 */
export function serviceDatabases() {
  return registry.deployables().map((d) => ({ service: d.name, role: d.role, schema: d.schema, variable: d.kind === "gateway" ? "GATEWAY_DATABASE_URL" : "DATABASE_URL" }));
}

/** A database password. Hex: safe unquoted in a URL, in an env file and in SQL. */
export const newPassword = () => randomBytes(24).toString("hex");

/** An HS256 secret for callers' tokens, well above the 32 bytes the gateway requires. */
export const newJwtSecret = () => randomBytes(48).toString("base64url");

/** The gateway's Ed25519 signing key (PKCS#8 PEM), which the subgraphs verify through its JWKS. */
export const newSigningKey = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** Writes `files` (by file name) into `dir`, which only this user may look into, each file with `mode`. */
export function writeSecretFiles(dir: string, files: Record<string, string>, mode: number): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o700);
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(join(dir, file), content);
    chmodSync(join(dir, file), mode);
  }
}
