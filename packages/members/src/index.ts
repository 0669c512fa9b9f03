/**
 * The member registry: the one list of municipalities in the network. The network subgraph
 * generates one `Municipality` implementation per entry, the gateway routes to one subgraph per
 * entry, and `pnpm start` runs one process per entry.
 */
export interface Member {
  slug: string;
  /** Human name, with æøå. */
  name: string;
  /** ASCII prefix of the member's GraphQL types, e.g. `Holbaek` → `HolbaekTrial`. */
  typePrefix: string;
  /** Default port of the member's subgraph; `SUBGRAPH_<SLUG>_URL` overrides the URL. */
  port: number;
}

export const members: readonly Member[] = [
  { slug: "holbaek", name: "Holbæk", typePrefix: "Holbaek", port: 4101 },
  { slug: "assens", name: "Assens", typePrefix: "Assens", port: 4102 },
  { slug: "nordfyn", name: "Nordfyn", typePrefix: "Nordfyn", port: 4103 },
  { slug: "ringkobing-skjern", name: "Ringkøbing-Skjern", typePrefix: "RingkobingSkjern", port: 4104 },
  { slug: "slagelse", name: "Slagelse", typePrefix: "Slagelse", port: 4105 },
];

export const network = { name: "network", port: 4100 } as const;

export function member(slug: string): Member {
  const found = members.find((m) => m.slug === slug);
  if (!found) throw new Error(`"${slug}" is not in the member registry`);
  return found;
}

/** Subgraph names as the gateway and the supergraph know them. */
export function subgraphName(slug: string): string {
  return slug;
}

/** Where a subgraph answers: `SUBGRAPH_<NAME>_URL` if set, else localhost on its default port. */
export function subgraphUrl(name: string, port: number, env: NodeJS.ProcessEnv = process.env): string {
  const key = `SUBGRAPH_${name.toUpperCase().replace(/-/g, "_")}_URL`;
  return env[key] ?? `http://127.0.0.1:${port}/graphql`;
}

/** Every subgraph of the graph, network first. */
export function subgraphs(env: NodeJS.ProcessEnv = process.env): { name: string; port: number; url: string }[] {
  return [network, ...members.map((m) => ({ name: subgraphName(m.slug), port: m.port }))].map((s) => ({
    ...s,
    url: subgraphUrl(s.name, s.port, env),
  }));
}
