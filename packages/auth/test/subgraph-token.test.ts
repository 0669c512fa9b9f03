import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { GraphQLError, OperationTypeNode } from "graphql";
import { decodeJwt, importPKCS8, SignJWT } from "jose";
import { DEVELOPMENT } from "@frikommune/config";
import { SubgraphTokenSigner, subgraphTokenVerifier, type Identity, type SubgraphRequest } from "../src/index.js";

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() };
};
const gateway = pair();
const editor: Identity = { subject: "u1", role: "editor", municipality: "assens" };
const request: SubgraphRequest = { method: "POST", path: "/graphql", body: '{"query":"{ __typename }"}' };
const { QUERY, MUTATION } = OperationTypeNode;
const production = { gatewayKey: { publicKey: gateway.publicKey }, development: false };

/** The error lines a verifier logged. */
function errorLog() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  return { lines, error: (fields: Record<string, unknown>, message: string) => void lines.push({ fields, message }) };
}

async function refusal(run: Promise<unknown>) {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return [(error as GraphQLError).extensions.code, (error as GraphQLError).extensions.http];
}

/** A token signed with the gateway's key: `claims` beside the body hash, then `edit` applied. */
async function crafted(claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) {
  const { createHash } = await import("node:crypto");
  const jwt = new SignJWT({ role: "ministry", bh: createHash("sha256").update(request.body).digest("base64url"), ...claims })
    .setProtectedHeader({ alg: "EdDSA" }).setIssuer("frikommune-gateway").setAudience("assens").setIssuedAt().setExpirationTime("60s");
  return `Bearer ${await edit(jwt).sign(await importPKCS8(gateway.privateKey, "EdDSA"))}`;
}

describe("the gateway's token on a subgraph request", () => {
  it("carries the identity to the subgraph it was signed for, with its own id and end", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const verify = await subgraphTokenVerifier("assens", production, errorLog());
    const token = await signer.tokenFor("assens", editor, request, QUERY);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ htm: "POST", htp: "/graphql", jti: expect.any(String) });
    expect(await verify(`Bearer ${token}`, request)).toEqual({ identity: editor, id: claims.jti, expiresAt: new Date(claims.exp! * 1000) });
  });

  it("is reused for an identical query, and differs for another caller, request or subgraph", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const token = await signer.tokenFor("assens", editor, request, QUERY);
    expect(await signer.tokenFor("assens", editor, request, QUERY)).toBe(token);
    expect(await signer.tokenFor("assens", { ...editor, role: "coordinator" }, request, QUERY)).not.toBe(token);
    expect(await signer.tokenFor("assens", editor, { ...request, body: `${request.body} ` }, QUERY)).not.toBe(token);
    expect(await signer.tokenFor("assens", editor, { ...request, method: "GET" }, QUERY)).not.toBe(token);
    expect(await signer.tokenFor("assens", editor, { ...request, path: "/graphql?x=1" }, QUERY)).not.toBe(token);
    expect(await signer.tokenFor("holbaek", editor, request, QUERY)).not.toBe(token);
  });

  it.each([
    ["a mutation", MUTATION],
    ["an operation it does not know", undefined],
  ])("is never reused for %s: each one has an id of its own", async (_what, operation) => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const ids = await Promise.all([1, 2, 3].map(async () => decodeJwt(await signer.tokenFor("assens", editor, request, operation)).jti));
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    ["no token", async () => undefined, request],
    ["a token for another subgraph", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("holbaek", editor, request, QUERY)}`, request],
    ["an altered body", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("assens", editor, request, QUERY)}`, { ...request, body: '{"query":"mutation { x }"}' }],
    ["another method", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("assens", editor, { ...request, method: "GET" }, QUERY)}`, request],
    ["another path", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("assens", editor, request, QUERY)}`, { ...request, path: "/graphql?query=%7B__typename%7D" }],
    ["another key", async () => `Bearer ${await (await SubgraphTokenSigner.fromPem(pair().privateKey)).tokenFor("assens", editor, request, QUERY)}`, request],
    ["a token bound to a method and path but without an id", () => crafted({ htm: "POST", htp: "/graphql" }), request],
    ["a token with an id but bound to no method and path", () => crafted({}, (j) => j.setJti("x")), request],
    ["an expired token", () => crafted({}, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) - 60)), request],
  ])("refuses %s with FORBIDDEN and 403", async (_what, token, received) => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const verify = await subgraphTokenVerifier("assens", production, errorLog());
    expect(await refusal(verify(await token(signer), received))).toEqual(["FORBIDDEN", { status: 403 }]);
  });

  it("takes a token of the release before (no id, method or path) for its body, spent under the token's own hash", async () => {
    const verify = await subgraphTokenVerifier("assens", production, errorLog());
    const legacy = await crafted({});
    const first = await verify(legacy, request);
    expect(first.identity).toEqual({ subject: null, role: "ministry", municipality: null });
    expect((await verify(legacy, request)).id).toBe(first.id);
    expect((await verify(await crafted({ sub: "someone else" }), request)).id).not.toBe(first.id);
    expect(await refusal(verify(legacy, { ...request, body: "{}" }))).toEqual(["FORBIDDEN", { status: 403 }]);
  });
});

describe("a subgraph reading the gateway's JWKS", () => {
  /** A JWKS served over local HTTP, as the gateway serves its own, holding the keys `signer` publishes. */
  async function withJwks(signer: SubgraphTokenSigner, run: (url: string) => Promise<void>) {
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(signer.jwks)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`);
    } finally {
      server.close();
    }
  }

  it("refuses a development key in it outside development, and logs an error naming the setting", async () => {
    const signer = await SubgraphTokenSigner.fromPem(DEVELOPMENT.gatewaySigningKey);
    await withJwks(signer, async (url) => {
      const log = errorLog();
      const verify = await subgraphTokenVerifier("assens", { gatewayKey: { jwksUrl: url }, development: false }, log);
      const token = `Bearer ${await signer.tokenFor("assens", editor, request, QUERY)}`;
      expect(await refusal(verify(token, request))).toEqual(["FORBIDDEN", { status: 403 }]);
      expect(log.lines).toEqual([{ fields: expect.objectContaining({ setting: "GATEWAY_JWKS_URL" }), message: expect.stringContaining("development key") }]);
      const development = await subgraphTokenVerifier("assens", { gatewayKey: { jwksUrl: url }, development: true }, log);
      expect((await development(token, request)).identity).toEqual(editor);
    });
  });

  it("takes the gateway's own key from it", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    await withJwks(signer, async (url) => {
      const log = errorLog();
      const verify = await subgraphTokenVerifier("assens", { gatewayKey: { jwksUrl: url }, development: false }, log);
      expect((await verify(`Bearer ${await signer.tokenFor("assens", editor, request, QUERY)}`, request)).identity).toEqual(editor);
      expect(log.lines).toEqual([]);
    });
  });
});
