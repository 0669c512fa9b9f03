import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { network, subgraphs } from "@frikommune/members";
import { ConfigError, DEVELOPMENT, loadGatewayConfig, loadSubgraphConfig, subgraphUrlVariable } from "../src/index.js";

const keys = generateKeyPairSync("ed25519");
const production = {
  NODE_ENV: "production",
  AUTH_ISSUER: "https://login.example.dk",
  AUTH_AUDIENCE: "frikommune",
  AUTH_JWT_SECRET: randomBytes(32).toString("hex"),
  GATEWAY_SIGNING_KEY: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
};
const subgraph = { NODE_ENV: "production", DATABASE_URL: "postgres://db/frikommune", GATEWAY_PUBLIC_KEY: keys.publicKey.export({ type: "spki", format: "pem" }).toString() };

/** The same key text as an editor might leave it: Windows line ends, or wrapped at another width. */
const crlf = (pem: string) => pem.replace(/\n/g, "\r\n");
const rewrapped = (pem: string) => pem.replace(/\n([A-Za-z0-9+/=]+)\n/, (_all, base64: string) => `\n${base64.match(/.{1,20}/g)!.join("\n")}\n`);
const inFile = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "config-")), "value");
  writeFileSync(file, text);
  return file;
};
const otherKeys = () => {
  const pair = generateKeyPairSync("ed25519");
  return { private: pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString(), public: pair.publicKey.export({ type: "spki", format: "pem" }).toString() };
};

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
    expect(config.tokens).toMatchObject({ secret: DEVELOPMENT.jwtSecret, issuer: DEVELOPMENT.issuer, development: true });
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
    expect(config.circuitBreaker).toEqual({ minFetches: 5, errorPercent: 50, windowMs: 30_000, cooldownMs: 10_000 });
  });

  it.each([
    ["a development secret", { AUTH_JWT_SECRET: DEVELOPMENT.jwtSecret }, "AUTH_JWT_SECRET is a development secret"],
    ["a development secret among spaces and a line end", { AUTH_JWT_SECRET: ` ${DEVELOPMENT.jwtSecret}\n` }, "AUTH_JWT_SECRET is a development secret"],
    ["a development secret from a file", { AUTH_JWT_SECRET: undefined, AUTH_JWT_SECRET_FILE: inFile(`${DEVELOPMENT.jwtSecret}\n`) }, "AUTH_JWT_SECRET is a development secret"],
    ["the development signing key", { GATEWAY_SIGNING_KEY: DEVELOPMENT.gatewaySigningKey }, "GATEWAY_SIGNING_KEY holds a development key"],
    ["the development signing key with CRLF line ends", { GATEWAY_SIGNING_KEY: crlf(DEVELOPMENT.gatewaySigningKey) }, "GATEWAY_SIGNING_KEY holds a development key"],
    ["the development signing key wrapped at another width", { GATEWAY_SIGNING_KEY: rewrapped(DEVELOPMENT.gatewaySigningKey) }, "GATEWAY_SIGNING_KEY holds a development key"],
    ["the development signing key from a file", { GATEWAY_SIGNING_KEY: undefined, GATEWAY_SIGNING_KEY_FILE: inFile(crlf(DEVELOPMENT.gatewaySigningKey)) }, "GATEWAY_SIGNING_KEY holds a development key"],
    ["the development public key published", { GATEWAY_PUBLISHED_KEYS: otherKeys().public + rewrapped(DEVELOPMENT.gatewayPublicKey) }, "GATEWAY_PUBLISHED_KEYS holds a development key"],
    ["the development public key published from a file", { GATEWAY_PUBLISHED_KEYS_FILE: inFile(crlf(DEVELOPMENT.gatewayPublicKey)) }, "GATEWAY_PUBLISHED_KEYS holds a development key"],
    ["a signing key that is no key", { GATEWAY_SIGNING_KEY: "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n" }, "GATEWAY_SIGNING_KEY holds a PEM block that is not a readable private key"],
    ["a signing key that is not Ed25519", { GATEWAY_SIGNING_KEY: generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString() }, "GATEWAY_SIGNING_KEY holds a key of type ec; the gateway signs with Ed25519"],
    ["two signing keys", { GATEWAY_SIGNING_KEY: otherKeys().private + otherKeys().private }, "GATEWAY_SIGNING_KEY must hold one PEM private key"],
    ["a short secret", { AUTH_JWT_SECRET: "short" }, "AUTH_JWT_SECRET must be at least 32 bytes"],
    ["a symmetric algorithm for the JWKS", { AUTH_JWKS_URL: "https://login.example.dk/jwks", AUTH_JWT_ALGORITHMS: "RS256,HS256" }, "only asymmetric algorithms"],
    ["a port that is no number", { PORT: "eighty" }, "PORT"],
    ["a subgraph address that is no URL", { [subgraphUrlVariable(subgraphs().at(-1)!.name)]: subgraphs().at(-1)!.name }, subgraphUrlVariable(subgraphs().at(-1)!.name)],
    ["a shared rate limit without its database", { RATE_LIMIT_STORE: "postgres" }, "GATEWAY_DATABASE_URL"],
    ["a circuit breaker that could never open", { CIRCUIT_BREAKER_ERROR_PERCENT: "100" }, "CIRCUIT_BREAKER_ERROR_PERCENT"],
    ["a supergraph from a file and a URL at once", { SUPERGRAPH_FILE: "/etc/supergraph.graphql", SUPERGRAPH_URL: "https://cdn.example.dk/supergraph" }, "SUPERGRAPH_FILE and SUPERGRAPH_URL: set one, not both"],
    ["a supergraph URL a fetch cannot read", { SUPERGRAPH_URL: "ftp://cdn.example.dk/supergraph" }, "SUPERGRAPH_URL"],
    ["a poll interval that is no number", { SUPERGRAPH_POLL_SECONDS: "often" }, "SUPERGRAPH_POLL_SECONDS"],
    ["an address template without the subgraph's name", { SUBGRAPH_URL_TEMPLATE: "http://subgraphs:{port}/graphql" }, "SUBGRAPH_URL_TEMPLATE must be a URL with {name}"],
    ["an address template that is no URL", { SUBGRAPH_URL_TEMPLATE: "{name}:{port}" }, "SUBGRAPH_URL_TEMPLATE must be a URL with {name}"],
  ])("refuses %s", (_what, change, message) => {
    expect(problems(() => loadGatewayConfig({ ...production, ...change })).join("\n")).toContain(message);
  });

  it("hands on the keys it checked, whatever their line ends and wrapping", () => {
    const published = otherKeys();
    const config = loadGatewayConfig({ ...production, GATEWAY_SIGNING_KEY: crlf(production.GATEWAY_SIGNING_KEY), GATEWAY_PUBLISHED_KEYS: rewrapped(published.public) });
    expect(config).toMatchObject({ signingKey: production.GATEWAY_SIGNING_KEY, publishedKeys: published.public });
  });

  it("takes a JWKS URL instead of a shared secret, and each subgraph's address", () => {
    const { AUTH_JWT_SECRET: _none, ...withoutSecret } = production;
    const [elsewhere, ...local] = subgraphs().reverse();
    const config = loadGatewayConfig({ ...withoutSecret, AUTH_JWKS_URL: "https://login.example.dk/jwks", [subgraphUrlVariable(elsewhere!.name)]: "https://subgraph.example.dk/graphql" });
    expect(config.tokens).toMatchObject({ secret: null, jwksUrl: "https://login.example.dk/jwks", algorithms: ["RS256", "ES256", "EdDSA"] });
    expect(config.subgraphUrls).toEqual({ [elsewhere!.name]: "https://subgraph.example.dk/graphql", ...Object.fromEntries(local.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`])) });
  });

  it("finds every subgraph by one address template, unless a subgraph's own address is given", () => {
    const [elsewhere, ...templated] = subgraphs();
    const config = loadGatewayConfig({ ...production, SUBGRAPH_URL_TEMPLATE: "http://{name}.frikommune.svc:{port}/graphql", [subgraphUrlVariable(elsewhere!.name)]: "https://subgraph.example.dk/graphql" });
    expect(config.subgraphUrls).toEqual({ [elsewhere!.name]: "https://subgraph.example.dk/graphql", ...Object.fromEntries(templated.map((s) => [s.name, `http://${s.name}.frikommune.svc:${s.port}/graphql`])) });
  });

  it("reads the committed supergraph by default and looks for a new one every 10 seconds", () => {
    expect(loadGatewayConfig(production).supergraph).toEqual({ file: null, url: null, pollSeconds: 10 });
    expect(loadGatewayConfig({ ...production, SUPERGRAPH_URL: "https://cdn.example.dk/supergraph", SUPERGRAPH_POLL_SECONDS: "0" }).supergraph).toEqual({ file: null, url: "https://cdn.example.dk/supergraph", pollSeconds: 0 });
  });

  it("addresses each subgraph by its own variable, else by the template, and takes the variable of a subgraph the registry does not have yet", () => {
    const config = loadGatewayConfig({ ...production, SUBGRAPH_URL_TEMPLATE: "http://{name}:{port}/graphql", SUBGRAPH_NETWORK_URL: "https://network.example.dk/graphql", SUBGRAPH_NOT_A_MEMBER_URL: "http://elsewhere:4199/graphql" });
    expect(config.subgraphUrls).toEqual({
      ...Object.fromEntries(subgraphs().map((s) => [s.name, `http://${s.name}:${s.port}/graphql`])),
      [network.name]: "https://network.example.dk/graphql",
      "not-a-member": "http://elsewhere:4199/graphql",
    });
    expect(config.subgraphUrlTemplate).toBe("http://{name}:{port}/graphql");
  });
});

describe("a subgraph's configuration", () => {
  it("needs the gateway's public key outside development", () => {
    expect(loadSubgraphConfig(4102, subgraph)).toMatchObject({ port: 4102, databaseUrl: subgraph.DATABASE_URL, gatewayKey: { publicKey: subgraph.GATEWAY_PUBLIC_KEY } });
    expect(loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: undefined, GATEWAY_JWKS_URL: "http://gateway:4000/.well-known/jwks.json" }).gatewayKey).toEqual({ jwksUrl: "http://gateway:4000/.well-known/jwks.json" });
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: undefined })).join("\n")).toContain("GATEWAY_PUBLIC_KEY (or GATEWAY_JWKS_URL) is required");
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL: undefined })).join("\n")).toContain("DATABASE_URL");
  });

  it.each([
    ["the development key", DEVELOPMENT.gatewayPublicKey, "GATEWAY_PUBLIC_KEY holds a development key"],
    ["the development key with CRLF line ends", crlf(DEVELOPMENT.gatewayPublicKey), "GATEWAY_PUBLIC_KEY holds a development key"],
    ["the development key wrapped at another width", rewrapped(DEVELOPMENT.gatewayPublicKey), "GATEWAY_PUBLIC_KEY holds a development key"],
    ["the development key beside the gateway's own during a rotation", subgraph.GATEWAY_PUBLIC_KEY + crlf(DEVELOPMENT.gatewayPublicKey), "GATEWAY_PUBLIC_KEY holds a development key"],
    ["the development private key", DEVELOPMENT.gatewaySigningKey, "GATEWAY_PUBLIC_KEY holds a development key"],
    ["a private key instead of the public half", otherKeys().private, "GATEWAY_PUBLIC_KEY holds a private key"],
    ["no PEM block", "MCowBQYDK2VwAyEA", "GATEWAY_PUBLIC_KEY holds no PEM public key"],
  ])("refuses %s as the gateway's public key", (_what, key, message) => {
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: key })).join("\n")).toContain(message);
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: undefined, GATEWAY_PUBLIC_KEY_FILE: inFile(key) })).join("\n")).toContain(message);
  });

  it("takes the development key in development, and several keys during a rotation", () => {
    expect(loadSubgraphConfig(4102, { ...subgraph, NODE_ENV: "development", GATEWAY_PUBLIC_KEY: crlf(DEVELOPMENT.gatewayPublicKey) }).gatewayKey).toEqual({ publicKey: DEVELOPMENT.gatewayPublicKey });
    const next = otherKeys().public;
    expect(loadSubgraphConfig(4102, { ...subgraph, GATEWAY_PUBLIC_KEY: `${subgraph.GATEWAY_PUBLIC_KEY}\n${crlf(next)}` }).gatewayKey).toEqual({ publicKey: subgraph.GATEWAY_PUBLIC_KEY + next });
  });

  it("reads its database URL, with its password, from a mounted file too", () => {
    const file = join(mkdtempSync(join(tmpdir(), "config-")), "database-url");
    writeFileSync(file, "postgres://assens:s3cret@db/frikommune\n");
    expect(loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL: undefined, DATABASE_URL_FILE: file }).databaseUrl).toBe("postgres://assens:s3cret@db/frikommune");
    expect(problems(() => loadSubgraphConfig(4102, { ...subgraph, DATABASE_URL_FILE: file })).join("\n")).toContain("DATABASE_URL and DATABASE_URL_FILE: set one, not both");
    expect(loadGatewayConfig({ ...production, RATE_LIMIT_STORE: "postgres", GATEWAY_DATABASE_URL_FILE: file }).databaseUrl).toBe("postgres://assens:s3cret@db/frikommune");
  });
});
