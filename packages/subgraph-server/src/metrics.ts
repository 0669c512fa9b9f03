import { collectDefaultMetrics, Counter, Registry } from "prom-client";
import { sqlStatementCount } from "@frikommune/db";

/** What a subgraph process measures of itself, served at `GET /metrics` for Prometheus. */
export function subgraphMetrics(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Counter({
    name: "frikommune_sql_statements_total",
    help: "SQL statements this process sent to PostgreSQL.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sqlStatementCount());
    },
  });
  return registry;
}
