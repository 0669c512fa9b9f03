import { Counter } from "prom-client";
import { sqlStatementCount } from "@frikommune/db";
import { metric } from "@frikommune/telemetry";

/** SQL statements sent, beside the request metrics: the bench reads it to show statements per request. */
export function countSqlStatements(): void {
  metric(
    "frikommune_sql_statements_total",
    (registers) =>
      new Counter({
        name: "frikommune_sql_statements_total",
        help: "SQL statements this process sent to PostgreSQL.",
        registers,
        collect() {
          this.reset();
          this.inc(sqlStatementCount());
        },
      }),
  );
}
