import { z } from "zod";
import { GATEWAY_PORT, network, subgraphs, subgraphUrlFrom } from "@frikommune/members";
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
  /** The most an operation may cost; null: COST_PER_SUBGRAPH for every subgraph of the supergraph served. */
  maxCost: number | null;
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

/** How the gateway keeps its heap from running out when answers are large and many come at once. */
export interface AdmissionConfig {
  /** Above this share of the heap's limit in use (percent), a new request waits for room; one always runs. */
  heapPercent: number;
  /** The most requests that may wait; one more is refused (503 OVERLOADED). */
  maxWaiting: number;
  /** The longest a request waits before it is refused. */
  maxWaitMs: number;
}

/** When the gateway stops waiting on a failing subgraph: its fetches then fail fast for a cool-down. */
export interface CircuitBreakerConfig {
  /** The fewest fetches to one subgraph within the window before its breaker may open. */
  minFetches: number;
  /** It opens when more than this percentage of those fetches failed (a transport error, a 5xx or a timeout). */
  errorPercent: number;
  /** The rolling window fetches and failures are counted in. */
  windowMs: number;
  /** How long an open breaker fails fetches at once before it lets one probe through. */
  cooldownMs: number;
}

/** Where the gateway reads the supergraph it serves, and how often it looks for a new one. */
export interface SupergraphConfig {
  /** The file it is read from (a mounted ConfigMap); null: the gateway's committed `supergraph.graphql`. */
  file: string | null;
  /** A URL it is fetched from instead (a schema registry's or a CDN's). */
  url: string | null;
  /** Seconds between looks at the source; 0: read once at start. */
  pollSeconds: number;
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
  /** Each subgraph's address by name: every registry subgraph's, and any other `SUBGRAPH_<NAME>_URL` given. */
  subgraphUrls: Record<string, string>;
  /** `{name}` and `{port}` filled in: the address of a subgraph no variable names (a member newer than the gateway). */
  subgraphUrlTemplate: string | null;
  supergraph: SupergraphConfig;
  tokens: TokenConfig;
  /** Ed25519 private key (PKCS#8 PEM, as read and checked) the gateway signs each subgraph request with. */
  signingKey: string;
  /** More public keys (PEM) its JWKS publishes: the next signing key before a rotation, the previous one after. */
  publishedKeys: string;
  introspection: boolean;
  ide: boolean;
  limits: OperationLimits;
  subgraphTimeoutMs: number;
  admission: AdmissionConfig;
  circuitBreaker: CircuitBreakerConfig;
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

/**
 * The cost an operation may have per subgraph of the graph, by default: the ministry's query at its
 * largest page costs about 28,000 per member (and `municipalities` counts as long as the registry),
 * so the default grows with the network and admits it at any size.
 */
export const COST_PER_SUBGRAPH = 50_000;

export const DEFAULT_LIMITS: OperationLimits = {
  maxTokens: 1000,
  maxAliases: 15,
  maxDepth: 12,
  maxDirectives: 10,
  maxCost: null,
  maxBodyBytes: 100_000,
};

/** An http(s) URL: what a fetch can read. */
const httpUrl = () => z.url({ protocol: /^https?$/ });

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
      LIMIT_MAX_COST: z.coerce.number().int().min(0).optional(),
      LIMIT_MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
      ADMISSION_HEAP_PERCENT: z.coerce.number().int().min(1).max(100).default(75),
      ADMISSION_MAX_WAITING: count(256),
      ADMISSION_MAX_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
      CIRCUIT_BREAKER_MIN_FETCHES: z.coerce.number().int().min(1).default(5),
      CIRCUIT_BREAKER_ERROR_PERCENT: z.coerce.number().int().min(0).max(99).default(50),
      CIRCUIT_BREAKER_WINDOW_MS: z.coerce.number().int().min(1000).default(30_000),
      CIRCUIT_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(1).default(10_000),
      SUBGRAPH_URL_TEMPLATE: z.string().min(1).optional(),
      SUPERGRAPH_FILE: z.string().min(1).optional(),
      SUPERGRAPH_URL: httpUrl().optional(),
      SUPERGRAPH_POLL_SECONDS: count(10),
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
  // The registry's subgraphs, and any other a variable names: a member the supergraph has before this gateway's registry does.
  const named = new Set([...subgraphs().map((s) => s.name), ...Object.keys(env).flatMap((key) => subgraphNameOf(key) ?? [])]);
  const urls: Record<string, string | undefined> = parseEnv(env, Object.fromEntries([...named].map((name) => [subgraphUrlVariable(name), z.url().optional()])), problems);
  const given = [...named].flatMap((name) => {
    const url = urls[subgraphUrlVariable(name)];
    return url ? [[name, url] as const] : [];
  });
  const template = values.SUBGRAPH_URL_TEMPLATE ?? null;
  if (template && !(template.includes("{name}") && httpUrl().safeParse(fillSubgraphUrlTemplate(template, network.name, network.port)).success)) {
    problems.push("SUBGRAPH_URL_TEMPLATE must be a URL with {name} (and {port}) in it, e.g. http://{name}:{port}/graphql");
  }
  if (values.SUPERGRAPH_FILE && values.SUPERGRAPH_URL) problems.push("SUPERGRAPH_FILE and SUPERGRAPH_URL: set one, not both");
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
    subgraphUrls: { ...Object.fromEntries(subgraphs().map((s) => [s.name, template ? fillSubgraphUrlTemplate(template, s.name, s.port) : s.url])), ...Object.fromEntries(given) },
    subgraphUrlTemplate: template,
    supergraph: { file: values.SUPERGRAPH_FILE ?? null, url: values.SUPERGRAPH_URL ?? null, pollSeconds: values.SUPERGRAPH_POLL_SECONDS },
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
      maxCost: values.LIMIT_MAX_COST ?? null,
      maxBodyBytes: values.LIMIT_MAX_BODY_BYTES,
    },
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    admission: { heapPercent: values.ADMISSION_HEAP_PERCENT, maxWaiting: values.ADMISSION_MAX_WAITING, maxWaitMs: values.ADMISSION_MAX_WAIT_MS },
    circuitBreaker: {
      minFetches: values.CIRCUIT_BREAKER_MIN_FETCHES,
      errorPercent: values.CIRCUIT_BREAKER_ERROR_PERCENT,
      windowMs: values.CIRCUIT_BREAKER_WINDOW_MS,
      cooldownMs: values.CIRCUIT_BREAKER_COOLDOWN_MS,
    },
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

/** `SUBGRAPH_<NAME>_URL`, e.g. `SUBGRAPH_RINGKOBING_SKJERN_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase().replace(/-/g, "_")}_URL`;
}

/** The subgraph a `SUBGRAPH_<NAME>_URL` variable names (subgraph names are slugs: lower case, `-`), or null. */
function subgraphNameOf(variable: string): string | null {
  const name = /^SUBGRAPH_([A-Z0-9]+(?:_[A-Z0-9]+)*)_URL$/.exec(variable)?.[1];
  return name ? name.toLowerCase().replace(/_/g, "-") : null;
}

/** `SUBGRAPH_URL_TEMPLATE` for one subgraph: `http://{name}:{port}/graphql` → `http://holbaek:4101/graphql`. */
export function fillSubgraphUrlTemplate(template: string, name: string, port: number | string): string {
  return subgraphUrlFrom(template, { name, port: Number(port) });
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

