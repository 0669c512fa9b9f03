import { useState } from "react";
import type { CombinedError, Operation } from "urql";

/**
 * The error of a query's last answer from the network. Graphcache reads a query again from the
 * cache whenever another answer touches its entities, and that re-read carries no error: without
 * this, the notice that a member did not answer would vanish while its part is still missing.
 */
export function useAnswerError({ error, operation }: { error?: CombinedError | undefined; operation?: Operation | undefined }): CombinedError | undefined {
  const [kept, setKept] = useState<{ key: number; error: CombinedError | undefined }>();
  const outcome = operation?.context.meta?.cacheOutcome;
  const fromNetwork = outcome !== "hit" && outcome !== "partial";
  // Derived state, updated during render: a new answer from the network (or any error) replaces what is kept.
  if (operation && (fromNetwork || error) && (kept?.key !== operation.key || kept.error !== error)) setKept({ key: operation.key, error });
  return error ?? (kept && kept.key === operation?.key ? kept.error : undefined);
}
