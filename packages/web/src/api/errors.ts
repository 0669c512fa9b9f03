import type { CombinedError } from "urql";
import { members } from "./members.js";

/** The gateway's code when a subgraph could not answer; `serviceName` names it. */
const UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

/** Subgraphs that did not answer a query whose other parts arrived. */
export function missingSubgraphs(error: CombinedError | undefined): string[] {
  if (!error) return [];
  const names = error.graphQLErrors
    .filter((e) => e.extensions?.code === UNAVAILABLE)
    .map((e) => String(e.extensions?.serviceName ?? ""))
    .filter(Boolean);
  return [...new Set(names)];
}

export const subgraphLabel = (name: string, networkLabel: string) => (name === "network" ? networkLabel : members.find((m) => m.slug === name)?.name ?? name);

/** Errors other than a missing subgraph: those the page cannot show around. */
export function otherErrors(error: CombinedError | undefined): string[] {
  if (!error) return [];
  if (error.networkError) return [error.networkError.message];
  return error.graphQLErrors.filter((e) => e.extensions?.code !== UNAVAILABLE).map((e) => e.message);
}

/**
 * A write's errors by the input field they name (`extensions.field`, e.g. "input.title"), so a form
 * shows each beside its field; those naming no field are under "".
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!error) return byField;
  if (error.networkError) byField[""] = error.networkError.message;
  for (const e of error.graphQLErrors) {
    const field = typeof e.extensions?.field === "string" ? e.extensions.field : "";
    byField[field] = byField[field] ? `${byField[field]} ${e.message}` : e.message;
  }
  return byField;
}
