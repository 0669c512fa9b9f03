import { z } from "zod";
import { DEVELOPMENT } from "./development.js";
import { ConfigError, flag, isDevelopmentEnv, logLevel, metricsPort, parseEnv, port, valueOrFile, type Env, type LogLevel } from "./env.js";
import { publicKeys } from "./keys.js";

/** Where a subgraph finds the gateway's public keys: PEM blocks as read and checked (several during a rotation), or the gateway's JWKS URL. */
export type GatewayKey = { publicKey: string } | { jwksUrl: string };

/** A subgraph's connections by default: with one schema to serve, a few suffice (see the README's connection budget). */
export const DEFAULT_POOL_MAX = 5;

export interface SubgraphConfig {
  development: boolean;
  port: number;
  host: string;
  databaseUrl: string;
  /**
   * A connection to PostgreSQL itself, not through a transaction pooler (PgBouncer): migrations
   * and their lock use it. Null: `databaseUrl` is direct.
   */
  databaseDirectUrl: string | null;
  /** Connections the subgraph's pool may hold at once. */
  databasePoolMax: number;
  gatewayKey: GatewayKey;
  /** Print every SQL statement. */
  sqlLog: boolean;
  logLevel: LogLevel;
  /** Where /metrics is served apart from GraphQL; null: on `port`. */
  metricsPort: number | null;
}

/** Reads and validates every variable a subgraph uses; `defaultPort` comes from the member registry. */
export function loadSubgraphConfig(defaultPort: number, env: Env = process.env): SubgraphConfig {
  const problems: string[] = [];
  const development = isDevelopmentEnv(env);
  const values = parseEnv(
    env,
    {
      PORT: port(defaultPort),
      HOST: z.string().min(1).default("127.0.0.1"),
      GATEWAY_JWKS_URL: z.url().optional(),
      FRIKOMMUNE_SQL_LOG: flag(false),
      LOG_LEVEL: logLevel(),
      METRICS_PORT: metricsPort(),
      DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(DEFAULT_POOL_MAX),
    },
    problems,
  );
  // A URL with a password in it: from a mounted file too, as orchestrators give secrets.
  const databaseUrl = valueOrFile(env, "DATABASE_URL", problems);
  const databaseDirectUrl = valueOrFile(env, "DATABASE_DIRECT_URL", problems)?.trim() || null;
  if (!databaseUrl) problems.push("DATABASE_URL (or DATABASE_URL_FILE) is required (pnpm start sets it for every subgraph)");
  const publicKey = valueOrFile(env, "GATEWAY_PUBLIC_KEY", problems);
  let gatewayKey: GatewayKey = { publicKey: DEVELOPMENT.gatewayPublicKey };
  if (publicKey && values.GATEWAY_JWKS_URL) problems.push("GATEWAY_PUBLIC_KEY and GATEWAY_JWKS_URL: set one, not both");
  else if (publicKey) gatewayKey = { publicKey: publicKeys("GATEWAY_PUBLIC_KEY", publicKey, development, problems) };
  else if (values.GATEWAY_JWKS_URL) gatewayKey = { jwksUrl: values.GATEWAY_JWKS_URL };
  else if (!development) problems.push(`GATEWAY_PUBLIC_KEY (or GATEWAY_JWKS_URL) is required outside development (NODE_ENV=${env.NODE_ENV ?? "unset"})`);
  if (problems.length) throw new ConfigError(problems);
  return { development, port: values.PORT, host: values.HOST, databaseUrl: databaseUrl!.trim(), databaseDirectUrl, databasePoolMax: values.DATABASE_POOL_MAX, gatewayKey, sqlLog: values.FRIKOMMUNE_SQL_LOG, logLevel: values.LOG_LEVEL, metricsPort: values.METRICS_PORT ?? null };
}
