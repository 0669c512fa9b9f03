import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { GraphQLError } from "graphql";
import type { TokenConfig } from "@frikommune/config";
import { member, members } from "@frikommune/members";
import { refusingKnownKeys, type ErrorLog } from "./fetched-keys.js";
import { ANONYMOUS, needsMunicipality, ROLES, type Identity, type Role } from "./identity.js";

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
/** The provider's key set, fetched once per URL; outside development it never yields a development key. */
const keySet = (config: TokenConfig, log: ErrorLog): JWTVerifyGetKey => {
  const url = config.jwksUrl!;
  let keys = keySets.get(url);
  if (!keys) keySets.set(url, (keys = createRemoteJWKSet(new URL(url))));
  return config.development ? keys : refusingKnownKeys(keys, "AUTH_JWKS_URL", log);
};

/**
 * The caller behind an `Authorization` header: anonymous without one; otherwise the token must
 * be signed with an allowed algorithm, carry `exp` and `iat`, be no older than the maximum age,
 * come from the configured issuer for this audience, and name a known role and member. `log`
 * takes the error when the provider's key set holds a development key.
 */
export async function identify(authorization: string | null | undefined, config: TokenConfig, log: ErrorLog): Promise<Identity> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated("Authorization must be 'Bearer <token>'");
  let payload: JWTPayload;
  try {
    const options = { issuer: config.issuer, audience: config.audience, requiredClaims: ["exp", "iat", "sub"], maxTokenAge: config.maxTokenAge };
    ({ payload } = config.jwksUrl
      ? await jwtVerify(match[1]!, keySet(config, log), { ...options, algorithms: config.algorithms })
      : await jwtVerify(match[1]!, new TextEncoder().encode(config.secret!), { ...options, algorithms: ["HS256"] }));
  } catch {
    throw unauthenticated("The token is invalid or has expired");
  }
  const role = payload.role as Role;
  const municipality = typeof payload.municipality === "string" ? payload.municipality : null;
  if (!ROLES.includes(role)) throw unauthenticated("The token names an unknown role");
  if (needsMunicipality(role) && !members.some((m) => m.slug === municipality)) {
    throw unauthenticated(`A ${role} token must name a member municipality`);
  }
  return { subject: payload.sub!, role, municipality: needsMunicipality(role) ? municipality : null };
}

/** A token for local use, signed with the HS256 secret of the configuration; its subject names the role unless one is given. */
export async function signDevToken(config: TokenConfig, role: Role, municipality?: string, options: { subject?: string; ttl?: string } = {}): Promise<string> {
  if (!config.secret) throw new Error("Development tokens need an HS256 secret (AUTH_JWT_SECRET)");
  if (!ROLES.includes(role)) throw new Error(`role must be one of ${ROLES.join(", ")}`);
  if (needsMunicipality(role)) {
    if (!municipality) throw new Error(`a ${role} token needs a municipality slug`);
    member(municipality);
  }
  return new SignJWT({ role, ...(needsMunicipality(role) ? { municipality } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subject ?? (needsMunicipality(role) ? `dev-${role}-${municipality}` : `dev-${role}`))
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(options.ttl ?? "12h")
    .sign(new TextEncoder().encode(config.secret));
}
