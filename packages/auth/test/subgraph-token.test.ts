import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { importPKCS8, SignJWT } from "jose";
import { DEVELOPMENT } from "@frikommune/config";
import { SubgraphTokenSigner, subgraphTokenVerifier, type Identity } from "../src/index.js";

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() };
};
const gateway = pair();
const editor: Identity = { subject: "u1", role: "editor", municipality: "assens" };
const body = '{"query":"{ __typename }"}';
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

describe("the gateway's token on a subgraph request", () => {
  it("carries the identity to the subgraph it was signed for", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const verify = await subgraphTokenVerifier("assens", production, errorLog());
    expect(await verify(`Bearer ${await signer.tokenFor("assens", editor, body)}`, body)).toEqual(editor);
  });

  it("is reused for an identical fetch, and differs for another caller, body or subgraph", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const token = await signer.tokenFor("assens", editor, body);
    expect(await signer.tokenFor("assens", editor, body)).toBe(token);
    expect(await signer.tokenFor("assens", { ...editor, role: "coordinator" }, body)).not.toBe(token);
    expect(await signer.tokenFor("assens", editor, `${body} `)).not.toBe(token);
    expect(await signer.tokenFor("holbaek", editor, body)).not.toBe(token);
  });

  it.each([
    ["no token", async () => undefined, body],
    ["a token for another subgraph", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("holbaek", editor, body)}`, body],
    ["an altered body", async (s: SubgraphTokenSigner) => `Bearer ${await s.tokenFor("assens", editor, body)}`, '{"query":"mutation { x }"}'],
    ["another key", async () => `Bearer ${await (await SubgraphTokenSigner.fromPem(pair().privateKey)).tokenFor("assens", editor, body)}`, body],
    [
      "an expired token",
      async () => {
        const key = await importPKCS8(gateway.privateKey, "EdDSA");
        const past = Math.floor(Date.now() / 1000) - 120;
        return `Bearer ${await new SignJWT({ role: "ministry", bh: "x" }).setProtectedHeader({ alg: "EdDSA" }).setIssuer("frikommune-gateway").setAudience("assens").setIssuedAt(past).setExpirationTime(past + 60).sign(key)}`;
      },
      body,
    ],
  ])("refuses %s with FORBIDDEN and 403", async (_what, token, sentBody) => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    const verify = await subgraphTokenVerifier("assens", production, errorLog());
    expect(await refusal(verify(await token(signer), sentBody))).toEqual(["FORBIDDEN", { status: 403 }]);
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
      const token = `Bearer ${await signer.tokenFor("assens", editor, body)}`;
      expect(await refusal(verify(token, body))).toEqual(["FORBIDDEN", { status: 403 }]);
      expect(log.lines).toEqual([{ fields: expect.objectContaining({ setting: "GATEWAY_JWKS_URL" }), message: expect.stringContaining("development key") }]);
      const development = await subgraphTokenVerifier("assens", { gatewayKey: { jwksUrl: url }, development: true }, log);
      expect(await development(token, body)).toEqual(editor);
    });
  });

  it("takes the gateway's own key from it", async () => {
    const signer = await SubgraphTokenSigner.fromPem(gateway.privateKey);
    await withJwks(signer, async (url) => {
      const log = errorLog();
      const verify = await subgraphTokenVerifier("assens", { gatewayKey: { jwksUrl: url }, development: false }, log);
      expect(await verify(`Bearer ${await signer.tokenFor("assens", editor, body)}`, body)).toEqual(editor);
      expect(log.lines).toEqual([]);
    });
  });
});
