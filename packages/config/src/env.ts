import { readFileSync } from "node:fs";
import { z } from "zod";
import { isKnownSecret } from "./known-keys.js";

export type Env = Record<string, string | undefined>;

/** A configuration the process must not start with; the message names every variable at fault. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration refused:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Development is chosen explicitly; every other NODE_ENV (unset included) is run as production. */
export const isDevelopmentEnv = (env: Env) => env.NODE_ENV === "development";

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
export const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === "true" || v === "1"));

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `LOG_LEVEL`: every process logs a line per request at `info`. */
export const logLevel = () => z.enum(LOG_LEVELS).default("info");

/** `METRICS_PORT`: /metrics on a port of its own (reachable by Prometheus alone); unset, on the service's port. */
export const metricsPort = () => z.coerce.number().int().min(0).max(65535).optional();

/** Parses `env` with a zod shape, collecting each variable's problem under its name. */
export function parseEnv<S extends z.ZodRawShape>(env: Env, shape: S, problems: string[]): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${issue.path.join(".")}: ${issue.message}`);
  return {} as z.infer<z.ZodObject<S>>;
}

/** `NAME` or the contents of the file named by `NAME_FILE` (how orchestrators mount secrets). */
export function valueOrFile(env: Env, name: string, problems: string[]): string | undefined {
  const file = env[`${name}_FILE`];
  if (env[name] !== undefined && file !== undefined) problems.push(`${name} and ${name}_FILE: set one, not both`);
  if (file === undefined) return env[name];
  try {
    return readFileSync(file, "utf8");
  } catch {
    problems.push(`${name}_FILE: cannot read ${file}`);
    return undefined;
  }
}

/**
 * A secret: its development default in development, and outside development required, at least
 * `minBytes` long and never a development secret.
 */
export function secret(env: Env, name: string, options: { development: string; minBytes?: number; problems: string[] }): string {
  const value = valueOrFile(env, name, options.problems);
  if (isDevelopmentEnv(env)) return value ?? options.development;
  if (!value) {
    options.problems.push(`${name} is required outside development (NODE_ENV=${env.NODE_ENV ?? "unset"})`);
    return "";
  }
  if (isKnownSecret(value)) options.problems.push(`${name} is a development secret, public in this repository; set your own outside development`);
  if (options.minBytes && Buffer.byteLength(value) < options.minBytes) options.problems.push(`${name} must be at least ${options.minBytes} bytes`);
  return value;
}

/** A setting with a development default that must be given explicitly in every other mode. */
export function required(env: Env, name: string, development: string, problems: string[]): string {
  const value = env[name];
  if (value) return value;
  if (isDevelopmentEnv(env)) return development;
  problems.push(`${name} is required outside development`);
  return "";
}
