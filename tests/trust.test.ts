import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { importPKCS8, SignJWT, type JSONWebKeySet } from "jose";
import { Logger, MemoryLogWriter } from "@graphql-hive/logger";
import { signDevToken, SubgraphTokenSigner, type Identity } from "@frikommune/auth";
import { DEVELOPMENT, loadGatewayConfig, loadSubgraphConfig, loadTokenConfig } from "@frikommune/config";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { members } from "@frikommune/members";
import { startNetworkSubgraph } from "@frikommune/subgraph-network";
import { createLogger } from "@frikommune/telemetry";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const VIEWER = `{ viewer { authenticated subject role municipality { name } } }`;
const token = (role: "editor" | "coordinator" | "network-coordinator" | "ministry", slug?: string) => signDevToken(loadTokenConfig(), role, slug);

async function asCaller(query: string, authorization?: string, gatewayUrl = graph.gateway.url) {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

async function directly(subgraph: string, authorization: string | undefined, body: string, url = graph.subgraphs.get(subgraph)!.url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

describe("identity through the gateway", () => {
  it.each([
    ["anonymous", undefined, { authenticated: false, subject: null, role: null, municipality: null }],
    ["an editor of Holbæk", () => token("editor", "holbaek"), { authenticated: true, subject: "dev-editor-holbaek", role: "editor", municipality: { name: "Holbæk" } }],
    ["a coordinator of Slagelse", () => token("coordinator", "slagelse"), { authenticated: true, subject: "dev-coordinator-slagelse", role: "coordinator", municipality: { name: "Slagelse" } }],
    ["a network coordinator", () => token("network-coordinator"), { authenticated: true, subject: "dev-network-coordinator", role: "network-coordinator", municipality: null }],
    ["the ministry", () => token("ministry"), { authenticated: true, subject: "dev-ministry", role: "ministry", municipality: null }],
  ])("reaches the subgraphs for %s", async (_who, makeToken, viewer) => {
    const { data, errors } = await asCaller(VIEWER, makeToken ? `Bearer ${await makeToken()}` : undefined);
    expect(errors).toBeUndefined();
    expect(data.viewer).toEqual(viewer);
  });

  it("refuses an invalid token with UNAUTHENTICATED and HTTP 401", async () => {
    const { status, data, errors } = await asCaller(VIEWER, "Bearer forged.token.value");
    expect(status).toBe(401);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a subgraph called without the gateway", () => {
  const body = JSON.stringify({ query: "{ municipalities { name } }" });
  const ministry: Identity = { subject: "x", role: "ministry", municipality: null };
  const gatewayKey = () => loadGatewayConfig().signingKey;
  const signer = async (privateKey = gatewayKey()) => SubgraphTokenSigner.fromPem(privateKey);
  /** A token the way the gateway signs one, with one thing changed. */
  const craft = async (edit: (jwt: SignJWT) => SignJWT, claims: Record<string, unknown> = {}) => {
    const hash = (await import("node:crypto")).createHash("sha256").update(body).digest("base64url");
    const jwt = new SignJWT({ role: "ministry", bh: hash, ...claims }).setProtectedHeader({ alg: "EdDSA" }).setIssuer("frikommune-gateway").setAudience("network").setSubject("x").setIssuedAt().setExpirationTime("60s");
    return `Bearer ${await edit(jwt).sign(await importPKCS8(gatewayKey(), "EdDSA"))}`;
  };
  const now = () => Math.floor(Date.now() / 1000);
  const otherKey = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

  it("answers a token the gateway signed for it", async () => {
    const { status, data } = await directly("network", `Bearer ${await (await signer()).tokenFor("network", ministry, body)}`, body);
    expect(status).toBe(200);
    expect(data.municipalities).toHaveLength(members.length);
  });

  it.each([
    ["no token at all", async () => undefined, body],
    ["a token for another audience", () => craft((j) => j.setAudience("frikommune-supergraph")), body],
    ["a token meant for another subgraph", async () => `Bearer ${await (await signer()).tokenFor("holbaek", ministry, body)}`, body],
    ["an expired token", () => craft((j) => j.setIssuedAt(now() - 120).setExpirationTime(now() - 60)), body],
    ["a token for another body", async () => `Bearer ${await (await signer()).tokenFor("network", ministry, body)}`, JSON.stringify({ query: "{ municipalities { slug } }" })],
    ["a token signed with a key that is not the gateway's", async () => `Bearer ${await (await signer(otherKey())).tokenFor("network", ministry, body)}`, body],
    ["a token of the caller instead of the gateway", () => token("ministry").then((t) => `Bearer ${t}`), body],
  ])("is refused with FORBIDDEN and 403 for %s", async (_what, authorization, sentBody) => {
    const { status, data, errors } = await directly("network", await authorization(), sentBody);
    expect(status).toBe(403);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a development key fetched from a key set, outside development", () => {
  const servers: Server[] = [];
  const running: RunningGateway[] = [];
  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    for (const server of servers) server.close();
  });
  /** A JWKS over local HTTP. */
  async function serveJwks(jwks: JSONWebKeySet): Promise<string> {
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)));
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  it("is refused by a subgraph on GATEWAY_JWKS_URL with FORBIDDEN, and the subgraph logs an error", async () => {
    const developmentGateway = await SubgraphTokenSigner.fromPem(DEVELOPMENT.gatewaySigningKey);
    const jwksUrl = await serveJwks(developmentGateway.jwks);
    const lines: { level: string; msg: string }[] = [];
    const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(JSON.parse(chunk.toString("utf8")))) });
    const config = loadSubgraphConfig(0, { ...process.env, NODE_ENV: "production", DATABASE_URL: graph.databaseUrl, PORT: "0", GATEWAY_PUBLIC_KEY: undefined, GATEWAY_JWKS_URL: jwksUrl });
    const subgraph = await startNetworkSubgraph(config, createLogger({ service: "network", level: "warn", development: false, destination }));
    running.push(subgraph);
    const body = JSON.stringify({ query: "{ municipalities { name } }" });
    const authorization = `Bearer ${await developmentGateway.tokenFor("network", { subject: "x", role: "ministry", municipality: null }, body)}`;
    const { status, data, errors } = await directly("network", authorization, body, subgraph.url);
    expect({ status, data, code: errors?.[0]?.extensions?.code }).toEqual({ status: 403, data: undefined, code: "FORBIDDEN" });
    expect(lines).toContainEqual(expect.objectContaining({ level: "error", setting: "GATEWAY_JWKS_URL", msg: expect.stringContaining("development key") }));
  });

  it("is refused by the gateway on AUTH_JWKS_URL with UNAUTHENTICATED, and the gateway logs an error", async () => {
    // A provider's key set holding the development gateway's key.
    const jwksUrl = await serveJwks((await SubgraphTokenSigner.fromPem(DEVELOPMENT.gatewaySigningKey)).jwks);
    const memory = new MemoryLogWriter();
    const tokens = { ...loadGatewayConfig().tokens, secret: null, jwksUrl, algorithms: ["EdDSA"] };
    const gateway = await startGateway({ port: 0, subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])), tokens, log: new Logger({ writers: [memory] }) });
    running.push(gateway);
    const caller = await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "EdDSA" }).setSubject("ministry-user").setIssuer(tokens.issuer).setAudience(tokens.audience)
      .setIssuedAt().setExpirationTime("5m").sign(await importPKCS8(DEVELOPMENT.gatewaySigningKey, "EdDSA"));
    const { status, data, errors } = await asCaller(VIEWER, `Bearer ${caller}`, gateway.url);
    expect({ status, data, code: errors?.[0]?.extensions?.code }).toEqual({ status: 401, data: undefined, code: "UNAUTHENTICATED" });
    expect(memory.logs).toContainEqual(expect.objectContaining({ level: "error", attrs: expect.objectContaining({ setting: "AUTH_JWKS_URL" }), msg: expect.stringContaining("development key") }));
  });
});
