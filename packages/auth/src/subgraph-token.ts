import { createHash, randomUUID } from "node:crypto";
import { calculateJwkThumbprint, createRemoteJWKSet, exportJWK, importPKCS8, importSPKI, jwtVerify, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from "jose";
import { GraphQLError, OperationTypeNode } from "graphql";
import { pemBlocks, type SubgraphConfig } from "@frikommune/config";
import { refusingKnownKeys, type ErrorLog } from "./fetched-keys.js";
import { ANONYMOUS, ROLES, type Identity, type Role } from "./identity.js";

/**
 * Trust between the gateway and the subgraphs. For each subgraph fetch the gateway signs a
 * short-lived token with its Ed25519 private key: audience the subgraph's name, the caller's
 * identity, the HTTP method (`htm`), the path with its query (`htp`), a hash of the exact body
 * (`bh`) and an id of its own (`jti`). A subgraph holds only the public key, so no subgraph
 * operator can forge requests, and a token is useless at another subgraph, for another request,
 * after it expires, or, for a mutation, a second time.
 */
const ISSUER = "frikommune-gateway";
const ALGORITHM = "EdDSA";
export const TOKEN_LIFETIME_SECONDS = 60;

/** One HTTP request to a subgraph, as the gateway sends it and the subgraph receives it. */
export interface SubgraphRequest {
  method: string;
  /** The path with its query, if any. */
  path: string;
  body: string;
}

/** A public key as a JWK named by its thumbprint, so a new key is a new `kid` everywhere. */
async function publicJwk(key: CryptoKey): Promise<JWK & { kid: string }> {
  const { d: _private, ...jwk } = await exportJWK(key);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: ALGORITHM, use: "sig" };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

export class SubgraphTokenSigner {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();

  private constructor(
    private readonly key: CryptoKey,
    private readonly keyId: string,
    readonly jwks: JSONWebKeySet,
  ) {}

  /**
   * Signs with `privateKeyPem`; the JWKS publishes its public key and `alsoPublished` (PEM public
   * keys): during a rotation, the next key before the switch and the previous one after it.
   */
  static async fromPem(privateKeyPem: string, alsoPublished = ""): Promise<SubgraphTokenSigner> {
    const key = await importPKCS8(privateKeyPem, ALGORITHM, { extractable: true });
    const own = await publicJwk(key);
    const others = await Promise.all(pemBlocks(alsoPublished).map(async (pem) => publicJwk(await importSPKI(pem, ALGORITHM, { extractable: true }))));
    return new SubgraphTokenSigner(key, own.kid, { keys: [own, ...others.filter((k) => k.kid !== own.kid)] });
  }

  /**
   * The token for one fetch. A query's token is reused by identical fetches (same subgraph,
   * caller and request) for the first three quarters of its life, so signing costs nothing on
   * repeated reads; every other operation (a mutation, or one not known) gets a token of its own,
   * which the subgraph takes once.
   */
  async tokenFor(subgraph: string, identity: Identity, request: SubgraphRequest, operation: OperationTypeNode | undefined): Promise<string> {
    const hash = sha256(request.body);
    const now = Date.now();
    const sign = () =>
      new SignJWT({ role: identity.role, municipality: identity.municipality, htm: request.method, htp: request.path, bh: hash })
        .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId })
        .setJti(randomUUID())
        .setIssuer(ISSUER)
        .setAudience(subgraph)
        .setSubject(identity.subject ?? "anonymous")
        .setIssuedAt()
        .setExpirationTime(Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS)
        .sign(this.key);
    if (operation !== OperationTypeNode.QUERY) return sign();
    const key = `${subgraph}\n${identity.subject ?? ""}\n${identity.role ?? ""}\n${identity.municipality ?? ""}\n${request.method} ${request.path}\n${hash}`;
    const cached = this.cache.get(key);
    if (cached && cached.renewAt > now) return cached.token;
    const token = await sign();
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(key, { token, renewAt: now + (TOKEN_LIFETIME_SECONDS * 1000 * 3) / 4 });
    return token;
  }
}

/** What a subgraph learns from a valid token: the caller, and the token's id and end for spending it. */
export interface SubgraphToken {
  identity: Identity;
  /** The token's `jti`; for a token without one, a hash of the token itself. */
  id: string;
  expiresAt: Date;
}

export type SubgraphTokenVerifier = (authorization: string | undefined, request: SubgraphRequest) => Promise<SubgraphToken>;

function forbidden(): GraphQLError {
  return new GraphQLError("This subgraph answers only requests that come through the gateway", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}

/** How long a fetched key set is used, and the least time between two fetches (one comes at once for a `kid` not in it). */
const JWKS_CACHE_MS = 10 * 60_000;
const JWKS_COOLDOWN_MS = 5_000;

/**
 * The gateway's keys as a subgraph trusts them: every key in GATEWAY_PUBLIC_KEY (checked when
 * the configuration was read), found by the token's `kid` (the key's thumbprint), or the
 * gateway's JWKS, fetched again when a token names a key it does not hold and never yielding a
 * development key outside development. A token with another `kid` (from a gateway before
 * thumbprints) is tried against a single trusted key.
 */
async function gatewayKeys({ gatewayKey, development }: Pick<SubgraphConfig, "gatewayKey" | "development">, log: ErrorLog): Promise<JWTVerifyGetKey> {
  if ("jwksUrl" in gatewayKey) {
    const fetched = createRemoteJWKSet(new URL(gatewayKey.jwksUrl), { cacheMaxAge: JWKS_CACHE_MS, cooldownDuration: JWKS_COOLDOWN_MS });
    return development ? fetched : refusingKnownKeys(fetched, "GATEWAY_JWKS_URL", log);
  }
  const keys = new Map<string, CryptoKey>();
  for (const pem of pemBlocks(gatewayKey.publicKey)) {
    const key = await importSPKI(pem, ALGORITHM, { extractable: true });
    keys.set((await publicJwk(key)).kid, key);
  }
  if (keys.size === 0) throw new Error("GATEWAY_PUBLIC_KEY holds no PEM public key");
  const only = keys.size === 1 ? [...keys.values()][0] : undefined;
  return (header) => {
    const key = (header.kid && keys.get(header.kid)) || only;
    if (!key) throw forbidden();
    return key;
  };
}

/**
 * Checks a request's gateway token against the gateway's public keys, this subgraph's name and
 * the request received: its method, path and body. A token carrying none of `jti`, `htm` and
 * `htp` comes from a gateway of the release before (during a rolling update or after a
 * rollback): it is taken as that gateway signed it, bound to the body alone, and spent under its
 * own hash.
 */
export async function subgraphTokenVerifier(subgraph: string, config: Pick<SubgraphConfig, "gatewayKey" | "development">, log: ErrorLog): Promise<SubgraphTokenVerifier> {
  const key = await gatewayKeys(config, log);
  return async (authorization, request) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) throw forbidden();
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: subgraph,
        algorithms: [ALGORITHM],
        requiredClaims: ["exp", "iat", "bh"],
        maxTokenAge: TOKEN_LIFETIME_SECONDS,
      });
      if (payload.bh !== sha256(request.body)) throw forbidden();
      const bound = payload.jti !== undefined || payload.htm !== undefined || payload.htp !== undefined;
      if (bound && (typeof payload.jti !== "string" || payload.htm !== request.method || payload.htp !== request.path)) throw forbidden();
      const role = ROLES.includes(payload.role as Role) ? (payload.role as Role) : null;
      const identity = role ? { subject: payload.sub ?? null, role, municipality: typeof payload.municipality === "string" ? payload.municipality : null } : ANONYMOUS;
      return { identity, id: bound ? payload.jti! : sha256(token), expiresAt: new Date(payload.exp! * 1000) };
    } catch {
      throw forbidden();
    }
  };
}
