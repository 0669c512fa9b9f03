import { z } from "zod";
import { GATEWAY_PORT, LOCAL_SUBGRAPH_URL_TEMPLATE, subgraphs, subgraphUrlFrom } from "@frikommune/members";
import { DEVELOPMENT } from "./development.js";
import { ConfigError, count, flag, isDevelopmentEnv, logLevel, metricsPort, parseEnv, port, required, secret, valueOrFile, type Env, type LogLevel } from "./env.js";
import { publicKeys, signingKey } from "./keys.js";

/** How the gateway verifies callers' tokens. */
export interface TokenConfig {
  issuer: string;
  audience: string;
  /** HS256 shared secret, or… */
  secret: string | null;
  /** …the JWKS URL of an OpenID Connect provider. */
  jwksUrl: string | null;
  /** Algorithms accepted from the JWKS (HS256 only with `secret`). */
  algorithms: string[];
  /** Oldest `iat` accepted, e.g. "12h". */
  maxTokenAge: string;
  /** Development mode: a development key fetched from the JWKS is accepted too. */
  development: boolean;
}

/** What one operation may ask before the gateway plans it. */
export interface OperationLimits {
  maxTokens: number;
  maxAliases: number;
  maxDepth: number;
  maxDirectives: number;
  maxCost: number;
  maxBodyBytes: number;
}

export interface RateLimitConfig {
  /** Requests per caller per window; 0 switches rate limiting off. */
  points: number;
  windowSeconds: number;
  /** `memory` for one replica; `postgres` shares one budget between replicas (in the gateway database). */
  store: "memory" | "postgres";
  /** Proxies in front of the gateway whose `X-Forwarded-For` entries are trusted. */
  trustedProxies: number;
}

export interface ResponseCacheConfig {
  enabled: boolean;
  /** How long an answer may be served from the cache at most; writes through any gateway drop it at once. */
  ttlSeconds: number;
  /** The most the cached answers may take, as the JSON they are kept as. */
  maxMegabytes: number;
}

/** The web app the gateway serves at `/`, and how it signs people in. */
export interface WebConfig {
  enabled: boolean;
  /** The built app's directory; null: the one of the workspace's web package. */
  root: string | null;
  /** OpenID Connect for the app (authorization code with PKCE); null without OIDC_CLIENT_ID. */
  oidc: { issuer: string; clientId: string; scope: string; audience: string | null } | null;
}

export interface GatewayConfig {
  development: boolean;
  port: number;
  host: string;
  subgraphUrls: Record<string, string>;
  tokens: TokenConfig;
  /** Ed25519 private key (PKCS#8 PEM, as read and checked) the gateway signs each subgraph request with. */
  signingKey: string;
  /** More public keys (PEM) its JWKS publishes: the next signing key before a rotation, the previous one after. */
  publishedKeys: string;
  introspection: boolean;
  ide: boolean;
  limits: OperationLimits;
  subgraphTimeoutMs: number;
  rateLimit: RateLimitConfig;
  responseCache: ResponseCacheConfig;
  /** A PostgreSQL the gateway replicas share: cache invalidation between them, and shared rate limits. */
  databaseUrl: string | null;
  web: WebConfig;
  logLevel: LogLevel;
  /** Where /metrics is served apart from the public port; null: on `port`. */
  metricsPort: number | null;
  /** Origins other than the gateway's own whose pages may read its answers (CORS); none by default. */
  corsOrigins: string[];
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxTokens: 1000,
  maxAliases: 15,
  maxDepth: 12,
  maxDirectives: 10,
  maxCost: 250_000,
  maxBodyBytes: 100_000,
};

/** Reads and validates every variable the gateway uses; throws a ConfigError naming each one at fault. */
export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const problems: string[] = [];
  const development = isDevelopmentEnv(env);
  const values = parseEnv(
    env,
    {
      PORT: port(GATEWAY_PORT),
      HOST: z.string().min(1).default("127.0.0.1"),
      AUTH_JWKS_URL: z.url().optional(),
      AUTH_JWT_ALGORITHMS: z.string().default("RS256,ES256,EdDSA"),
      AUTH_MAX_TOKEN_AGE: z.string().regex(/^\d+\s*[smhd]$/, "a duration such as 12h").default("24h"),
      GRAPHQL_INTROSPECTION: flag(development),
      GRAPHQL_IDE: flag(development),
      LIMIT_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
      LIMIT_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases),
      LIMIT_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
      LIMIT_MAX_DIRECTIVES: count(DEFAULT_LIMITS.maxDirectives),
      LIMIT_MAX_COST: count(DEFAULT_LIMITS.maxCost),
      LIMIT_MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes),
      SUBGRAPH_URL_TEMPLATE: z.string().min(1).optional(),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
      RATE_LIMIT_PER_MINUTE: count(development ? 0 : 600),
      RATE_LIMIT_STORE: z.enum(["memory", "postgres"]).default("memory"),
      GATEWAY_RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
      RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(60),
      RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).default(32),
      TRUSTED_PROXIES: count(0),
      WEB_APP: z.enum(["on", "off"]).default("on"),
      WEB_ROOT: z.string().min(1).optional(),
      OIDC_CLIENT_ID: z.string().min(1).optional(),
      OIDC_ISSUER: z.url().optional(),
      OIDC_SCOPE: z.string().min(1).default("openid"),
      OIDC_AUDIENCE: z.string().min(1).optional(),
      LOG_LEVEL: logLevel(),
      METRICS_PORT: metricsPort(),
      CORS_ORIGINS: z.string().default(""),
    },
    problems,
  );
  const urls: Record<string, string | undefined> = parseEnv(env, Object.fromEntries(subgraphs().map((s) => [subgraphUrlVariable(s.name), z.url().optional()])), problems);
  const fromTemplate = subgraphAddresses(values.SUBGRAPH_URL_TEMPLATE ?? LOCAL_SUBGRAPH_URL_TEMPLATE, problems);
  const algorithms = (values.AUTH_JWT_ALGORITHMS ?? "").split(",").map((a) => a.trim()).filter(Boolean);
  if (algorithms.some((a) => a.startsWith("HS") || a === "none")) problems.push("AUTH_JWT_ALGORITHMS: only asymmetric algorithms are accepted from a JWKS");
  const jwksUrl = values.AUTH_JWKS_URL ?? null;
  const jwtSecret = jwksUrl && !env.AUTH_JWT_SECRET ? null : secret(env, "AUTH_JWT_SECRET", { development: DEVELOPMENT.jwtSecret, minBytes: 32, problems });
  const signingKeyText = secret(env, "GATEWAY_SIGNING_KEY", { development: DEVELOPMENT.gatewaySigningKey, problems });
  const publishedKeys = valueOrFile(env, "GATEWAY_PUBLISHED_KEYS", problems) ?? "";
  const databaseUrl = valueOrFile(env, "GATEWAY_DATABASE_URL", problems)?.trim() || null;
  if (values.RATE_LIMIT_STORE === "postgres" && !databaseUrl) problems.push("GATEWAY_DATABASE_URL (or GATEWAY_DATABASE_URL_FILE) is required with RATE_LIMIT_STORE=postgres");
  const config: GatewayConfig = {
    development,
    port: values.PORT,
    host: values.HOST,
    subgraphUrls: Object.fromEntries(subgraphs().map((s) => [s.name, urls[subgraphUrlVariable(s.name)] ?? fromTemplate[s.name]!])),
    tokens: {
      issuer: required(env, "AUTH_ISSUER", DEVELOPMENT.issuer, problems),
      audience: required(env, "AUTH_AUDIENCE", DEVELOPMENT.audience, problems),
      secret: jwtSecret,
      jwksUrl,
      algorithms,
      maxTokenAge: values.AUTH_MAX_TOKEN_AGE,
      development,
    },
    signingKey: signingKeyText && signingKey("GATEWAY_SIGNING_KEY", signingKeyText, development, problems),
    publishedKeys: publishedKeys.trim() && publicKeys("GATEWAY_PUBLISHED_KEYS", publishedKeys, development, problems),
    introspection: values.GRAPHQL_INTROSPECTION,
    ide: values.GRAPHQL_IDE,
    limits: {
      maxTokens: values.LIMIT_MAX_TOKENS,
      maxAliases: values.LIMIT_MAX_ALIASES,
      maxDepth: values.LIMIT_MAX_DEPTH,
      maxDirectives: values.LIMIT_MAX_DIRECTIVES,
      maxCost: values.LIMIT_MAX_COST,
      maxBodyBytes: values.LIMIT_MAX_BODY_BYTES,
    },
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    rateLimit: {
      points: values.RATE_LIMIT_PER_MINUTE,
      windowSeconds: 60,
      store: values.RATE_LIMIT_STORE,
      trustedProxies: values.TRUSTED_PROXIES,
    },
    responseCache: {
      enabled: values.GATEWAY_RESPONSE_CACHE === "on",
      ttlSeconds: values.RESPONSE_CACHE_TTL_SECONDS,
      maxMegabytes: values.RESPONSE_CACHE_MAX_MB,
    },
    databaseUrl,
    web: {
      enabled: values.WEB_APP === "on",
      root: values.WEB_ROOT ?? null,
      oidc: values.OIDC_CLIENT_ID ? { issuer: values.OIDC_ISSUER ?? env.AUTH_ISSUER ?? "", clientId: values.OIDC_CLIENT_ID, scope: values.OIDC_SCOPE, audience: values.OIDC_AUDIENCE ?? null } : null,
    },
    logLevel: values.LOG_LEVEL,
    metricsPort: values.METRICS_PORT ?? null,
    corsOrigins: origins(values.CORS_ORIGINS ?? "", problems),
  };
  if (config.web.oidc && !URL.canParse(config.web.oidc.issuer)) problems.push("OIDC_ISSUER (or AUTH_ISSUER) must be the issuer's URL when OIDC_CLIENT_ID is set");
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** `CORS_ORIGINS`: origins (`https://host[:port]`), comma-separated, each exactly as a browser sends it. */
function origins(list: string, problems: string[]): string[] {
  const given = list.split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of given) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) problems.push(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
  }
  return given;
}

/**
 * `SUBGRAPH_URL_TEMPLATE` filled in for every subgraph of the registry, by name. A template naming
 * neither `{name}` nor `{port}` would send every subgraph's requests to one address.
 */
function subgraphAddresses(template: string, problems: string[]): Record<string, string> {
  if (!template.includes("{name}") && !template.includes("{port}")) problems.push("SUBGRAPH_URL_TEMPLATE must name {name} or {port}, e.g. http://{name}:{port}/graphql");
  const addresses = Object.fromEntries(subgraphs().map((s) => [s.name, subgraphUrlFrom(template, s)]));
  const unusable = Object.values(addresses).find((url) => !z.url().safeParse(url).success);
  if (unusable !== undefined) problems.push(`SUBGRAPH_URL_TEMPLATE makes "${unusable}", which is not a URL`);
  return addresses;
}

/** `SUBGRAPH_<NAME>_URL`, e.g. `SUBGRAPH_RINGKOBING_SKJERN_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/-/g, "_")}_URL`;
}

/** Only what the development token command needs: issuer, audience and the HS256 secret. */
export function loadTokenConfig(env: Env = process.env): TokenConfig {
  const problems: string[] = [];
  const tokens: TokenConfig = {
    issuer: required(env, "AUTH_ISSUER", DEVELOPMENT.issuer, problems),
    audience: required(env, "AUTH_AUDIENCE", DEVELOPMENT.audience, problems),
    secret: secret(env, "AUTH_JWT_SECRET", { development: DEVELOPMENT.jwtSecret, minBytes: 32, problems }),
    jwksUrl: null,
    algorithms: [],
    maxTokenAge: "24h",
    development: isDevelopmentEnv(env),
  };
  if (problems.length) throw new ConfigError(problems);
  return tokens;
}

