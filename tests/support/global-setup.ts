import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./throwaway-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Secrets and keys of this run: the tests run outside development mode, as production does. */
    testEnv: Record<string, string>;
  }
}

function freshSecrets(): Record<string, string> {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    AUTH_ISSUER: "frikommune-test",
    AUTH_AUDIENCE: "frikommune-supergraph",
    AUTH_JWT_SECRET: randomBytes(48).toString("base64url"),
    GATEWAY_SIGNING_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    GATEWAY_PUBLIC_KEY: publicKey.export({ type: "spki", format: "pem" }).toString(),
    // Tests send many requests from one address; the rate-limit tests switch it on for their own gateways.
    RATE_LIMIT_PER_MINUTE: "0",
    // Tests also write around the API (SQL) to set up data; the cache tests switch it on for their own gateways.
    GATEWAY_RESPONSE_CACHE: "off",
    // The services started inside test workers log only what goes wrong: a line per request would drown the run's output.
    LOG_LEVEL: "warn",
  };
}

/** One real PostgreSQL for the whole run: DATABASE_URL if given, else a throwaway embedded cluster. */
export default async function setup(project: TestProject) {
  project.provide("testEnv", freshSecrets());
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return;
  }
  const db = await startThrowawayPostgres();
  project.provide("databaseUrl", db.url);
  return () => db.stop();
}
