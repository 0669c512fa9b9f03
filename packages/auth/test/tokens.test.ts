import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { GraphQLError } from "graphql";
import { ANONYMOUS, identify, signDevToken, type TokenConfig } from "../src/index.js";

const config: TokenConfig = {
  issuer: "frikommune-test",
  audience: "frikommune-supergraph",
  secret: "a-test-secret-of-at-least-thirty-two-bytes",
  jwksUrl: null,
  algorithms: ["RS256"],
  maxTokenAge: "12h",
};
const now = () => Math.floor(Date.now() / 1000);
const hs256 = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j, secret = config.secret!) =>
  edit(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("1h"))
    .sign(new TextEncoder().encode(secret));

async function refusal(authorization: string, cfg = config) {
  const error = await identify(authorization, cfg).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions.code;
}

describe("identifying the caller", () => {
  it("treats a request without a token as anonymous", async () => {
    expect(await identify(undefined, config)).toEqual(ANONYMOUS);
  });

  it.each([
    ["editor", "holbaek", { subject: "dev-editor-holbaek", role: "editor", municipality: "holbaek" }],
    ["coordinator", "slagelse", { subject: "dev-coordinator-slagelse", role: "coordinator", municipality: "slagelse" }],
    ["network-coordinator", undefined, { subject: "dev-network-coordinator", role: "network-coordinator", municipality: null }],
    ["ministry", undefined, { subject: "dev-ministry", role: "ministry", municipality: null }],
  ] as const)("accepts a development token of a %s", async (role, municipality, identity) => {
    expect(await identify(`Bearer ${await signDevToken(config, role, municipality)}`, config)).toEqual(identity);
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
    ["an editor of a municipality that is not a member", async () => `Bearer ${await hs256({ role: "editor", municipality: "aarhus" })}`],
    ["a token without expiry", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().sign(new TextEncoder().encode(config.secret!))}`],
    ["a token without issued-at", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer(config.issuer).setAudience(config.audience).setExpirationTime("1h").sign(new TextEncoder().encode(config.secret!))}`],
    ["a token older than the maximum age", async () => `Bearer ${await hs256({ role: "ministry" }, (j) => j.setIssuedAt(now() - 13 * 3600).setExpirationTime(now() + 3600))}`],
    ["a token without a subject", async () => `Bearer ${await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "HS256" }).setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(config.secret!))}`],
  ])("refuses %s as UNAUTHENTICATED", async (_what, header) => {
    expect(await refusal(await header())).toBe("UNAUTHENTICATED");
  });

  it("verifies tokens of an OpenID Connect provider against its JWKS", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] };
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const oidc: TokenConfig = { ...config, secret: null, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks` };
      const token = await new SignJWT({ role: "ministry" }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("ministry-user")
        .setIssuer(config.issuer).setAudience(config.audience).setIssuedAt().setExpirationTime("5m").sign(privateKey);
      expect(await identify(`Bearer ${token}`, oidc)).toEqual({ subject: "ministry-user", role: "ministry", municipality: null });
      // An HS256 token signed with the public key's bytes or any secret is never accepted from a JWKS.
      expect(await refusal(`Bearer ${await hs256({ role: "ministry" })}`, oidc)).toBe("UNAUTHENTICATED");
      // Nor an algorithm outside the allow-list, even with a key the JWKS would match.
      expect(await refusal(`Bearer ${token}`, { ...oidc, algorithms: ["ES256"] })).toBe("UNAUTHENTICATED");
    } finally {
      server.close();
    }
  });
});
