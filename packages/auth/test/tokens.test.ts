import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createPublicKey } from "node:crypto";
import { exportJWK, generateKeyPair, importPKCS8, SignJWT, type JSONWebKeySet } from "jose";
import { GraphQLError } from "graphql";
import { DEVELOPMENT } from "@frikommune/config";
import { members } from "@frikommune/members";
import { ANONYMOUS, identify, signDevToken, type TokenConfig } from "../src/index.js";

const [first, latest] = [members[0]!, members.at(-1)!];
const config: TokenConfig = {
  issuer: "frikommune-test",
  audience: "frikommune-supergraph",
  secret: "a-test-secret-of-at-least-thirty-two-bytes",
  jwksUrl: null,
  algorithms: ["RS256"],
  maxTokenAge: "12h",
  development: false,
};
const lines: { fields: Record<string, unknown>; message: string }[] = [];
const log = { error: (fields: Record<string, unknown>, message: string) => void lines.push({ fields, message }) };
const now = () => Math.floor(Date.now() / 1000);
const hs256 = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j, secret = config.secret!) =>
  edit(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("1h"))
    .sign(new TextEncoder().encode(secret));

async function refusal(authorization: string, cfg = config) {
  const error = await identify(authorization, cfg, log).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions.code;
}

describe("identifying the caller", () => {
  it("treats a request without a token as anonymous", async () => {
    expect(await identify(undefined, config, log)).toEqual(ANONYMOUS);
  });

  it.each([
    ["editor", first.slug, { subject: `dev-editor-${first.slug}`, role: "editor", municipality: first.slug }],
    ["coordinator", latest.slug, { subject: `dev-coordinator-${latest.slug}`, role: "coordinator", municipality: latest.slug }],
    ["network-coordinator", undefined, { subject: "dev-network-coordinator", role: "network-coordinator", municipality: null }],
    ["ministry", undefined, { subject: "dev-ministry", role: "ministry", municipality: null }],
  ] as const)("accepts a development token of a %s", async (role, municipality, identity) => {
    expect(await identify(`Bearer ${await signDevToken(config, role, municipality)}`, config, log)).toEqual(identity);
  });

  it.each([
    ["a malformed header", async () => "Token abc"],
    ["garbage", async () => "Bearer not.a.jwt"],
    ["another secret", async () => `Bearer ${await hs256({ role: "ministry" }, undefined, "other-secret")}`],
    ["an expired token", async () => `Bearer ${await hs256({ role: "ministry" }, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60))}`],
    ["another issuer", async () => `Bearer ${await hs256({ role: "ministry" }, (j) => j.setIssuer("someone-else"))}`],
    ["another audience", async () => `Bearer ${await hs256({ role: "ministry" }, (j) => j.setAudience("other-api"))}`],
    ["an unknown role", async () => `Bearer ${await hs256({ role: "mayor" })}`],
    ["an editor without a municipality", async () => `Bearer ${await hs256({ role: "editor" })}`],
    ["an editor of a municipality that is not a member", async () => `Bearer ${await hs256({ role: "editor", municipality: "not a member!" })}`],
    ["a token without expiry", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().sign(new TextEncoder().encode(config.secret!))}`],
    ["a token without issued-at", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setExpirationTime("1h").sign(new TextEncoder().encode(config.secret!))}`],
    ["a token older than the maximum age", async () => `Bearer ${await hs256({ role: "ministry" }, (j) => j.setIssuedAt(now() - 13 * 3600).setExpirationTime(now() + 3600))}`],
    ["a token without a subject", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(config.secret!))}`],
  ])("refuses %s as UNAUTHENTICATED", async (_what, header) => {
    expect(await refusal(await header())).toBe("UNAUTHENTICATED");
  });

  /** An OpenID Connect provider's JWKS, served over local HTTP. */
  async function provider(jwks: JSONWebKeySet, run: (oidc: TokenConfig) => Promise<void>) {
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      await run({ ...config, secret: null, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`, algorithms: ["RS256", "EdDSA"] });
    } finally {
      server.close();
    }
  }

  it("verifies tokens of an OpenID Connect provider against its JWKS", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    await provider({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] }, async (oidc) => {
      const token = await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("ministry-user")
        .setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("5m").sign(privateKey);
      expect(await identify(`Bearer ${token}`, oidc, log)).toEqual({ subject: "ministry-user", role: "ministry", municipality: null });
      // An HS256 token signed with the public key's bytes or any secret is never accepted from a JWKS.
      expect(await refusal(`Bearer ${await hs256({ role: "ministry" })}`, oidc)).toBe("UNAUTHENTICATED");
      // Nor an algorithm outside the allow-list, even with a key the JWKS would match.
      expect(await refusal(`Bearer ${token}`, { ...oidc, algorithms: ["ES256"] })).toBe("UNAUTHENTICATED");
    });
  });

  it("refuses a development key in the provider's JWKS outside development, and logs an error naming the setting", async () => {
    const developmentKey = { ...createPublicKey(DEVELOPMENT.gatewayPublicKey).export({ format: "jwk" }), kid: "dev", alg: "EdDSA" };
    await provider({ keys: [developmentKey] }, async (oidc) => {
      const token = await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "EdDSA", kid: "dev" }).setSubject("ministry-user")
        .setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("5m").sign(await importPKCS8(DEVELOPMENT.gatewaySigningKey, "EdDSA"));
      lines.length = 0;
      expect(await refusal(`Bearer ${token}`, oidc)).toBe("UNAUTHENTICATED");
      expect(lines).toEqual([{ fields: expect.objectContaining({ setting: "AUTH_JWKS_URL" }), message: expect.stringContaining("development key") }]);
      expect(await identify(`Bearer ${token}`, { ...oidc, development: true }, log)).toEqual({ subject: "ministry-user", role: "ministry", municipality: null });
    });
  });
});
