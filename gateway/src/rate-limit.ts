// The SQL alone: the package's index brings MikroORM, which the gateway has no use for.
import { createSchemaSql } from "@frikommune/db/schema";
import { watchPool } from "@frikommune/telemetry";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { GATEWAY_CONNECTIONS, type RateLimitConfig } from "@frikommune/config";

export interface RateLimiter {
  /** Takes one request from the caller's budget; the seconds to wait when it is spent, else null. */
  take(key: string): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * Per-caller budgets of `points` requests a window. With the PostgreSQL store every replica of the
 * gateway draws on the same budget; should the database be unreachable, each replica falls back
 * to a budget of its own rather than refusing everyone.
 */
export async function createRateLimiter(config: RateLimitConfig, databaseUrl: string | null): Promise<RateLimiter | null> {
  if (config.points === 0) return null;
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: "gateway" };
  let limiter: RateLimiterAbstract = new RateLimiterMemory(options);
  let pool: pg.Pool | undefined;
  if (config.store === "postgres") {
    pool = new pg.Pool({ connectionString: databaseUrl!, max: GATEWAY_CONNECTIONS.rateLimit });
    pool.on("error", () => {}); // a dropped idle connection is replaced on the next query
    watchPool("rate_limit", pool);
    await pool.query(createSchemaSql("rate_limit"));
    const insurance = limiter;
    limiter = await new Promise<RateLimiterAbstract>((resolve, reject) => {
      const shared: RateLimiterPostgres = new RateLimiterPostgres(
        { ...options, storeClient: pool, schemaName: "rate_limit", tableName: "budget", clearExpiredByTimeout: true, insuranceLimiter: insurance },
        (error?: Error) => (error ? reject(error) : resolve(shared)),
      );
    });
  }
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return null;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw refusal;
      }
    },
    close: async () => {
      await pool?.end();
    },
  };
}
