/** Operations an outsider can send to try to stop the graph, one per class the gateway refuses. */
export interface Hostile {
  name: string;
  /** The limit that refuses it. */
  limit: "tokens" | "aliases" | "depth" | "directives" | "introspection" | "cost";
  query: string;
}

/** `n` fragments, each spreading the next twice: 2^n fields once expanded, from under 1 KB. */
export function fragmentBomb(n = 22): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Network { name ...F${i + 1} ...F${i + 1} }`);
  return `{ network { ...F0 } }\n${fragments.join("\n")}\nfragment F${n} on Network { name }`;
}

export const hostile: Hostile[] = [
  { name: "exponential fragments (22 fragments, each spreading the next twice)", limit: "cost", query: fragmentBomb() },
  { name: "one field repeated 3,200 times (16 KB)", limit: "tokens", query: `{ network { ${"name ".repeat(3200)}} }` },
  { name: "1,000 aliases of the trial summary", limit: "tokens", query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: municipalities { trialSummary { total } }`).join(" ")} }` },
  { name: "aliases just over the limit", limit: "aliases", query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: municipalities { trialSummary { total } }`).join(" ")} }` },
  { name: "__schema twice under aliases", limit: "introspection", query: `{ a: __schema { types { name } } b: __schema { types { name } } }` },
  { name: "nesting deeper than the limit", limit: "depth", query: `{ municipalities { trials { nodes { municipality { trials { nodes { municipality { trials { nodes { municipality { trials { nodes { title } } } } } } } } } } } } }` },
  { name: "directives piled on one field", limit: "directives", query: `{ network { name ${"@include(if: true) ".repeat(11)}} }` },
  {
    name: "every version of every milestone-laden trial",
    limit: "cost",
    query: `{ municipalities { trials(first: 100) { nodes { milestones { title } evaluations { answers { answer } } ... on HolbaekTrial { versions(first: 100) { nodes { changes { field before after } } } } } } } }`,
  },
];
