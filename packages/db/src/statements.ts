let executed = 0;

/** SQL statements sent by this process since it started; read before and after a request to count its cost. */
export function sqlStatementCount(): number {
  return executed;
}

export function countSqlStatement(): void {
  executed += 1;
}
