/** Development defaults, refused in production so a deployment cannot run on them by accident. */
const DEV_JWT_SECRET = "frikommune-development-jwt-secret";
const DEV_GATEWAY_SECRET = "frikommune-development-gateway-secret";

export interface TokenConfig {
  issuer: string;
  audience: string;
  /** HS256 shared secret (development), or… */
  secret: string | null;
  /** …the JWKS URL of an OpenID Connect provider (production). */
  jwksUrl: string | null;
}

function isProduction(env: NodeJS.ProcessEnv) {
  return env.NODE_ENV === "production";
}

export function tokenConfig(env: NodeJS.ProcessEnv = process.env): TokenConfig {
  const jwksUrl = env.AUTH_JWKS_URL ?? null;
  const secret = env.AUTH_JWT_SECRET ?? (jwksUrl || isProduction(env) ? null : DEV_JWT_SECRET);
  if (!secret && !jwksUrl) throw new Error("Set AUTH_JWKS_URL (or AUTH_JWT_SECRET) in production");
  return {
    issuer: env.AUTH_ISSUER ?? "frikommune-dev",
    audience: env.AUTH_AUDIENCE ?? "frikommune-supergraph",
    secret,
    jwksUrl,
  };
}

/** The secret the gateway signs forwarded requests with, and subgraphs check them against. */
export function gatewaySecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.GATEWAY_SHARED_SECRET ?? (isProduction(env) ? null : DEV_GATEWAY_SECRET);
  if (!secret) throw new Error("Set GATEWAY_SHARED_SECRET in production");
  return secret;
}
