import { z } from "zod";
import { ConfigError, parseEnv, port, type Env } from "./env.js";

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface StackConfig {
  /** An existing PostgreSQL; null starts the embedded one. */
  databaseUrl: string | null;
  embeddedPort: number;
  /** The gateway's port. */
  port: number;
}

/** `pnpm start`: the database to use, and the gateway's port. */
export function loadStackConfig(env: Env = process.env): StackConfig {
  const problems: string[] = [];
  const values = parseEnv(env, { DATABASE_URL: z.string().min(1).optional(), EMBEDDED_PG_PORT: port(DEFAULT_EMBEDDED_PORT), PORT: port(4000) }, problems);
  if (problems.length) throw new ConfigError(problems);
  return { databaseUrl: values.DATABASE_URL ?? null, embeddedPort: values.EMBEDDED_PG_PORT, port: values.PORT };
}
