import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEVELOPMENT, loadGatewayConfig, loadSubgraphConfig } from "../src/index.js";

const keys = generateKeyPairSync("ed25519");
const production = {
  NODE_ENV: "production",
  AUTH_ISSUER: "https://login.example.dk",
  AUTH_AUDIENCE: "frikommune",
  AUTH_JWT_SECRET: randomBytes(32).toString("hex"),
  GATEWAY_SIGNING_KEY: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
};
const subgraph = { NODE_ENV: "production", DATABASE_URL: "postgres://db/frikommune", GATEWAY_PUBLIC_KEY: keys.publicKey.export({ type: "spki", format: "pem" }).toString() };

function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("the configuration was accepted");
}

describe("the gateway's configuration", () => {
  it("uses the development defaults only when NODE_ENV=development", () => {
    const config = loadGatewayConfig({ NODE_ENV: "development" });
    expect(config).toMatchObject({ development: true, ide: true, introspection: true, signingKey: DEVELOPMENT.gatewaySigningKey });
    expect(config.tokens).toMatchObject({ secret: DEVELOPMENT.jwtSecret, issuer: DEVELOPMENT.issuer });
    expect(config.rateLimit.points).toBe(0);
  });

  it.each([undefined, "staging", "test", "production"])("refuses to start with NODE_ENV=%s and no secrets, naming each missing variable", (mode) => {
    const found = problems(() => loadGatewayConfig(mode ? { NODE_ENV: mode } : {}));
    for (const name of ["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWT_SECRET", "GATEWAY_SIGNING_KEY"]) expect(found.join("\n")).toContain(name);
  });

  it("hardens everything else outside development", () => {
    const config = loadGatewayConfig(production);
    expect(config).toMatchObject({ development: false, ide: false, introspection: false, subgraphTimeoutMs: 5000 });
    expect(config.rateLimit).toMatchObject({ points: 600, windowSeconds: 60, store: "memory" });
  });

  it.each([
    ["a development secret", { AUTH_JWT_SECRET: DEVELOPMENT.jwtSecret }, "AUTH_JWT_SECRET is the development default"],
    ["a development signing key", { GATEWAY_SIGNING_KEY: DEVELOPMENT.gatewaySigningKey }, "GATEWAY_SIGNING_KEY is the development default"],
    ["a short secret", { AUTH_JWT_SECRET: "short" }, "AUTH_JWT_SECRET must be at least 32 bytes"],
    ["a symmetric algorithm for the JWKS", { AUTH_JWKS_URL: "https://login.example.dk/jwks", AUTH_JWT_ALGORITHMS: "RS256,HS256" }, "only asymmetric algorithms"],
    ["a port that is no number", { PORT: "eighty" }, "PORT"],
    ["a subgraph address that is no URL", { SUBGRAPH_ASSENS_URL: "assens" }, "SUBGRAPH_ASSENS_URL"],
    ["a shared rate limit without its database", { RATE_LIMIT_STORE: "postgres" }, "GATEWAY_DATABASE_URL"],
  ])("refuses %s", (_what, change, message) => {
    expect(problems(() => loadGatewayConfig({ ...production, ...change })).join("\n")).toContain(message);
  });

  it("takes a JWKS URL instead of a shared secret, and each subgraph's address", () => {
    const { AUTH_JWT_SECRET: _none, ...withoutSecret } = production;
    const config = loadGatewayConfig({ ...withoutSecret, AUTH_JWKS_URL: "https://login.example.dk/jwks", SUBGRAPH_RINGKOBING_SKJERN_URL: "https://rksk.example.dk/graphql" });
    expect(config.tokens).toMatchObject({ secret: null, jwksUrl: "https://login.example.dk/jwks", algorithms: ["RS256", "ES256", "EdDSA"] });
    expect(config.subgraphUrls["ringkobing-skjern"]).toBe("https://rksk.example.dk/graphql");
    expect(config.subgraphUrls.assens).toBe("http://127.0.0.1:4102/graphql");
  });
});

describe("a subgraph's configuration", () => {
  it("needs the gateway's public key outside development", () => {
    expect(loadSubgraphConfig(4102, subgraph)).toMatchObject({ port: 4102, databaseUrl: subgraph.DATABASE_URL, gatewayKey: { publicKey: subgraph.GATEWAY_PUBLIC_KEY } });
    expect(loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: undefined, GATEWAY_JWKS_URL: "http://gateway:4000/.well-known/jwks.json" }).gatewayKey).toEqual({ jwksUrl: "http://gateway:4000/.well-known/jwks.json" });
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: undefined })).join("\n")).toContain("GATEWAY_PUBLIC_KEY (or GATEWAY_JWKS_URL) is required");
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: DEVELOPMENT.gatewayPublicKey })).join("\n")).toContain("development key");
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL: undefined })).join("\n")).toContain("DATABASE_URL");
  });

  it("reads its database URL, with its password, from a mounted file too", () => {
    const file = join(mkdtempSync(join(tmpdir(), "config-")), "database-url");
    writeFileSync(file, "postgres://assens:s3cret@db/frikommune\n");
    expect(loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL: undefined, DATABASE_URL_FILE: file }).databaseUrl).toBe("postgres://assens:s3cret@db/frikommune");
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL_FILE: file })).join("\n")).toContain("DATABASE_URL and DATABASE_URL_FILE: set one, not both");
    expect(loadGatewayConfig({ ...production, RATE_LIMIT_STORE: "postgres", GATEWAY_DATABASE_URL_FILE: file }).databaseUrl).toBe("postgres://assens:s3cret@db/frikommune");
  });
});
