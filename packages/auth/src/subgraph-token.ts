import { createHash } from "node:crypto";
import { createRemoteJWKSet, exportJWK, importPKCS8, importSPKI, jwtVerify, SignJWT, type CryptoKey, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import type { GatewayKey } from "@frikommune/config";
import { ANONYMOUS, ROLES, type Identity, type Role } from "./identity.js";

/**
 * Trust between the gateway and the subgraphs. For each subgraph fetch the gateway signs a
 * short-lived token with its Ed25519 private key: audience the subgraph's name, the caller's
 * identity, and a hash of the exact body. A subgraph holds only the public key, so no subgraph
 * operator can forge requests, and a token is useless at another subgraph, for another body,
 * or after it expires.
 */
const ISSUER = "frikommune-gateway";
const ALGORITHM = "EdDSA";
export const TOKEN_LIFETIME_SECONDS = 60;
const KEY_ID = "gateway";

const bodyHash = (body: string) => createHash("sha256").update(body).digest("base64url");

export class SubgraphTokenSigner {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();

  private constructor(private readonly key: CryptoKey, readonly jwks: JSONWebKeySet) {}

  static async fromPem(privateKeyPem: string): Promise<SubgraphTokenSigner> {
    const key = await importPKCS8(privateKeyPem, ALGORITHM, { extractable: true });
    const { d: _private, ...publicJwk } = await exportJWK(key);
    return new SubgraphTokenSigner(key, { keys: [{ ...publicJwk, kid: KEY_ID, alg: ALGORITHM, use: "sig" }] });
  }

  /**
   * The token for one fetch. Identical fetches (same subgraph, caller and body) reuse a token
   * for the first three quarters of its life, so signing costs nothing on repeated reads.
   */
  async tokenFor(subgraph: string, identity: Identity, body: string): Promise<string> {
    const hash = bodyHash(body);
    const key = `${subgraph}\n${identity.subject ?? ""}\n${identity.role ?? ""}\n${identity.municipality ?? ""}\n${hash}`;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.renewAt > now) return cached.token;
    const token = await new SignJWT({ role: identity.role, municipality: identity.municipality, bh: hash })
      .setProtectedHeader({ alg: ALGORITHM, kid: KEY_ID })
      .setIssuer(ISSUER)
      .setAudience(subgraph)
      .setSubject(identity.subject ?? "anonymous")
      .setIssuedAt()
      .setExpirationTime(Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS)
      .sign(this.key);
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(key, { token, renewAt: now + (TOKEN_LIFETIME_SECONDS * 1000 * 3) / 4 });
    return token;
  }
}

export type SubgraphTokenVerifier = (authorization: string | undefined, body: string) => Promise<Identity>;

function forbidden(): GraphQLError {
  return new GraphQLError("This subgraph answers only requests that come through the gateway", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}

/** Checks a request's gateway token against the gateway's public key, this subgraph's name and the body received. */
export async function subgraphTokenVerifier(subgraph: string, gatewayKey: GatewayKey): Promise<SubgraphTokenVerifier> {
  const key: CryptoKey | JWTVerifyGetKey =
    "jwksUrl" in gatewayKey ? createRemoteJWKSet(new URL(gatewayKey.jwksUrl)) : await importSPKI(gatewayKey.publicKey, ALGORITHM);
  return async (authorization, body) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw forbidden();
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: ISSUER,
        audience: subgraph,
        algorithms: [ALGORITHM],
        requiredClaims: ["exp", "iat", "bh"],
        maxTokenAge: TOKEN_LIFETIME_SECONDS,
      });
      if (payload.bh !== bodyHash(body)) throw forbidden();
      const role = ROLES.includes(payload.role as Role) ? (payload.role as Role) : null;
      if (!role) return ANONYMOUS;
      return { subject: payload.sub ?? null, role, municipality: typeof payload.municipality === "string" ? payload.municipality : null };
    } catch {
      throw forbidden();
    }
  };
}

