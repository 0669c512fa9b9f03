import { GATEWAY_PORT } from "@frikommune/members";
import { z } from "zod";
import { ConfigError, parseEnv, port, type Env } from "./env.js";

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface StackConfig {
  /** An existing PostgreSQL; null starts the embedded one. */
  databaseUrl: string | null;
  embeddedPort: number;
  /** The gateway's port. */
  port: number;
  /** The network subgraph's port; the members' follow it in registry order (4100: 4101–4105). */
  subgraphBasePort: number;
}

export const DEFAULT_SUBGRAPH_BASE_PORT = 4100;

/** `pnpm start`: the database to use, and the ports (a second stack on one machine moves both). */
export function loadStackConfig(env: Env = process.env): StackConfig {
  const problems: string[] = [];
  const values = parseEnv(env, { DATABASE_URL: z.string().min(1).optional(), EMBEDDED_PG_PORT: port(DEFAULT_EMBEDDED_PORT), PORT: port(GATEWAY_PORT), SUBGRAPH_BASE_PORT: port(DEFAULT_SUBGRAPH_BASE_PORT) }, problems);
  if (problems.length) throw new ConfigError(problems);
  return { databaseUrl: values.DATABASE_URL ?? null, embeddedPort: values.EMBEDDED_PG_PORT, port: values.PORT, subgraphBasePort: values.SUBGRAPH_BASE_PORT };
}
