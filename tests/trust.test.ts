import { createHash, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OperationTypeNode } from "graphql";
import { importPKCS8, SignJWT, type JSONWebKeySet } from "jose";
import { Logger, MemoryLogWriter } from "@graphql-hive/logger";
import { signDevToken, SubgraphTokenSigner, type Identity, type SubgraphRequest } from "@frikommune/auth";
import { DEVELOPMENT, loadGatewayConfig, loadSubgraphConfig, loadTokenConfig } from "@frikommune/config";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members, schemaName } from "@frikommune/members";
import { startMunicipalitySubgraph } from "@frikommune/municipality-kit";
import type { RunningServer } from "@frikommune/service";
import { startNetworkSubgraph } from "@frikommune/subgraph-network";
import { createLogger } from "@frikommune/telemetry";
import { as } from "./support/callers.js";
import { startCountingProxy, type CountingProxy } from "./support/counting-proxy.js";
import { withClient } from "./support/database.js";
import { subgraphConfig, useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const { QUERY, MUTATION } = OperationTypeNode;
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

/** A request straight to a subgraph's address (`/graphql`, or `path` in its place), around the gateway. */
async function directly(url: string, authorization: string | undefined, body: string, path = "/graphql") {
  const response = await fetch(new URL(path, url), {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}
const subgraphUrl = (name: string) => graph.subgraphs.get(name)!.url;
const FORBIDDEN = { status: 403, data: undefined, code: "FORBIDDEN" };
const outcome = ({ status, data, errors }: Awaited<ReturnType<typeof directly>>) => ({ status, data, code: errors?.[0]?.extensions?.code });

const ministry: Identity = { subject: "x", role: "ministry", municipality: null };
const gatewayKey = () => loadGatewayConfig().signingKey;
const signer = async (privateKey = gatewayKey()) => SubgraphTokenSigner.fromPem(privateKey);
const otherKey = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

// Any member will do: the expectations hold for every registry.
const member = members[0]!;
const CREATE_TRIAL = `mutation ($input: CreateTrialInput!) { create${member.typePrefix}Trial(input: $input) { title } }`;
const createTrial = (title: string) => JSON.stringify({ query: CREATE_TRIAL, variables: { input: { title, purpose: "Afprøve en engangsnøgle", exemptionCodes: [] } } });
const editor: Identity = { subject: "editor-1", role: "editor", municipality: member.slug };
const trialsTitled = (title: string) =>
  withClient(graph.databaseUrl, async (c) => (await c.query(`select count(*)::int as n from "${schemaName(member.slug)}".trial where title = $1`, [title])).rows[0].n as number);

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
  const sent = (request: Partial<SubgraphRequest> = {}): SubgraphRequest => ({ method: "POST", path: "/graphql", body, ...request });
  const signed = async (request = sent(), subgraph = "network", privateKey?: string) => `Bearer ${await (await signer(privateKey)).tokenFor(subgraph, ministry, request, QUERY)}`;
  /** A token the way the gateway signs one, with one thing changed. */
  const craft = async (edit: (jwt: SignJWT) => SignJWT) => {
    const claims = { role: "ministry", htm: "POST", htp: "/graphql", bh: createHash("sha256").update(body).digest("base64url") };
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: "EdDSA" }).setJti(randomUUID()).setIssuer("frikommune-gateway").setAudience("network").setSubject("x").setIssuedAt().setExpirationTime("60s");
    return `Bearer ${await edit(jwt).sign(await importPKCS8(gatewayKey(), "EdDSA"))}`;
  };
  const now = () => Math.floor(Date.now() / 1000);

  it("answers a token the gateway signed for it, as often as it is sent within its minute", async () => {
    const authorization = await signed();
    for (const _time of [1, 2]) {
      const { status, data } = await directly(subgraphUrl("network"), authorization, body);
      expect(status).toBe(200);
      expect(data.municipalities).toHaveLength(members.length);
    }
  });

  it.each([
    ["no token at all", async () => undefined, body, "/graphql"],
    ["a token for another audience", () => craft((j) => j.setAudience("frikommune-supergraph")), body, "/graphql"],
    ["a token meant for another subgraph", () => signed(sent(), member.slug), body, "/graphql"],
    ["an expired token", () => craft((j) => j.setIssuedAt(now() - 120).setExpirationTime(now() - 60)), body, "/graphql"],
    ["a token for another body", () => signed(), JSON.stringify({ query: "{ municipalities { slug } }" }), "/graphql"],
    ["a token for another method", () => signed(sent({ method: "GET" })), body, "/graphql"],
    ["a token for another path", () => signed(), body, "/graphql?query=%7B__typename%7D"],
    ["a token signed with a key that is not the gateway's", () => signed(sent(), "network", otherKey()), body, "/graphql"],
    ["a token of the caller instead of the gateway", () => token("ministry").then((t) => `Bearer ${t}`), body, "/graphql"],
  ])("is refused with FORBIDDEN and 403 for %s", async (_what, authorization, sentBody, path) => {
    expect(outcome(await directly(subgraphUrl("network"), await authorization(), sentBody, path))).toEqual(FORBIDDEN);
  });
});

describe("a mutation's token", () => {
  let replica: RunningServer | undefined;
  afterAll(() => replica?.stop());

  it("runs its mutation once; sent again, to this replica of the subgraph or another, it is refused with FORBIDDEN and writes nothing", async () => {
    const title = `Engangsnøgle ${randomUUID()}`;
    const body = createTrial(title);
    const authorization = `Bearer ${await (await signer()).tokenFor(member.slug, editor, { method: "POST", path: "/graphql", body }, MUTATION)}`;
    const first = await directly(subgraphUrl(member.slug), authorization, body);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ [`create${member.typePrefix}Trial`]: { title } });

    expect(outcome(await directly(subgraphUrl(member.slug), authorization, body))).toEqual(FORBIDDEN);
    replica = await startMunicipalitySubgraph(await loadMemberModule(member.slug), subgraphConfig(graph.databaseUrl));
    expect(outcome(await directly(replica.url, authorization, body))).toEqual(FORBIDDEN);
    expect(await trialsTitled(title)).toBe(1);
  });
});

describe("tokens on the gateway's fetches", () => {
  // A second gateway on the same subgraphs, reaching one member through a proxy that records each fetch with its token.
  let proxy: CountingProxy;
  let gateway: RunningGateway;
  beforeAll(async () => {
    proxy = await startCountingProxy(subgraphUrl(member.slug), 0);
    gateway = await startGateway({ port: 0, subgraphUrls: { ...Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])), [member.slug]: proxy.url } });
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxy?.stop();
  });
  const EDITOR = ["editor", member.slug] as const;
  const mutationFetches = () => proxy.fetches.filter((f) => f.body.includes(`create${member.typePrefix}Trial`));

  it("cannot be replayed for a mutation: captured on its way and sent again, it is refused with FORBIDDEN and writes nothing", async () => {
    const title = `Engangsnøgle ${randomUUID()}`;
    proxy.fetches.length = 0;
    const answer = await as({ gateway }, [...EDITOR], CREATE_TRIAL, { input: { title, purpose: "Afprøve en engangsnøgle", exemptionCodes: [] } });
    expect(answer.errors).toBeUndefined();
    const [captured] = mutationFetches();
    expect(captured).toBeDefined();
    expect(outcome(await directly(subgraphUrl(member.slug), captured!.authorization, captured!.body))).toEqual(FORBIDDEN);
    expect(await trialsTitled(title)).toBe(1);
  });

  it("is new for every mutation, even an identical one, and shared by identical queries", async () => {
    const title = `Engangsnøgle ${randomUUID()}`;
    const input = { title, purpose: "Afprøve en engangsnøgle", exemptionCodes: [] };
    proxy.fetches.length = 0;
    for (const _time of [1, 2]) expect((await as({ gateway }, [...EDITOR], CREATE_TRIAL, { input })).errors).toBeUndefined();
    expect(new Set(mutationFetches().map((f) => f.authorization)).size).toBe(2);
    expect(await trialsTitled(title)).toBe(2);

    const COUNCILS = `{ municipality(slug: "${member.slug}") { councils { name } } }`;
    proxy.fetches.length = 0;
    for (const _time of [1, 2]) expect((await as({ gateway }, null, COUNCILS)).errors).toBeUndefined();
    expect(proxy.fetches).toHaveLength(2);
    expect(new Set(proxy.fetches.map((f) => f.authorization)).size).toBe(1);
    const [query] = proxy.fetches;
    expect((await directly(subgraphUrl(member.slug), query!.authorization, query!.body)).status).toBe(200);
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
    const developmentGateway = await signer(DEVELOPMENT.gatewaySigningKey);
    const jwksUrl = await serveJwks(developmentGateway.jwks);
    const lines: { level: string; msg: string }[] = [];
    const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(JSON.parse(chunk.toString("utf8")))) });
    const config = loadSubgraphConfig(0, { ...process.env, NODE_ENV: "production", DATABASE_URL: graph.databaseUrl, PORT: "0", GATEWAY_PUBLIC_KEY: undefined, GATEWAY_JWKS_URL: jwksUrl });
    const subgraph = await startNetworkSubgraph(config, createLogger({ service: "network", level: "warn", development: false, destination }));
    running.push(subgraph);
    const body = JSON.stringify({ query: "{ municipalities { name } }" });
    const authorization = `Bearer ${await developmentGateway.tokenFor("network", ministry, { method: "POST", path: "/graphql", body }, QUERY)}`;
    expect(outcome(await directly(subgraph.url, authorization, body))).toEqual(FORBIDDEN);
    expect(lines).toContainEqual(expect.objectContaining({ level: "error", setting: "GATEWAY_JWKS_URL", msg: expect.stringContaining("development key") }));
  });

  it("is refused by the gateway on AUTH_JWKS_URL with UNAUTHENTICATED, and the gateway logs an error", async () => {
    // A provider's key set holding the development gateway's key.
    const jwksUrl = await serveJwks((await signer(DEVELOPMENT.gatewaySigningKey)).jwks);
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
