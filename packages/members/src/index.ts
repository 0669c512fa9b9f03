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
  /** Default port of the member's subgraph; the gateway's `SUBGRAPH_<NAME>_URL` overrides its address. */
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

/** How a member's root fields begin: `Holbaek` → `holbaekTrial`, `RingkobingSkjern` → `ringkobingSkjernTrial`. */
export function fieldPrefix(typePrefix: string): string {
  return typePrefix.charAt(0).toLowerCase() + typePrefix.slice(1);
}

/** Subgraph names as the gateway and the supergraph know them. */
export function subgraphName(slug: string): string {
  return slug;
}

/** Where the gateway finds the subgraphs unless told otherwise: localhost, each on its registry port. */
export const LOCAL_SUBGRAPH_URL_TEMPLATE = "http://127.0.0.1:{port}/graphql";

/** A subgraph's address from a template naming its `{name}` and `{port}`, e.g. `http://{name}:{port}/graphql`. */
export function subgraphUrlFrom(template: string, subgraph: { name: string; port: number }): string {
  return template.replaceAll("{name}", subgraph.name).replaceAll("{port}", String(subgraph.port));
}

/** Where a subgraph answers by default: localhost on its registry port (the gateway's configuration may override it). */
export function subgraphUrl(port: number): string {
  return subgraphUrlFrom(LOCAL_SUBGRAPH_URL_TEMPLATE, { name: "", port });
}

/** The PostgreSQL schema a member's tables live in. */
export function schemaName(slug: string): string {
  return slug.replace(/-/g, "_");
}

/** Every subgraph of the graph, network first, at its default address. */
export function subgraphs(): { name: string; port: number; url: string }[] {
  return [network, ...members.map((m) => ({ name: subgraphName(m.slug), port: m.port }))].map((s) => ({ ...s, url: subgraphUrl(s.port) }));
}

/** A process of the graph as it is deployed: its workspace package, started with `node dist/main.js` in it. */
export interface Deployable {
  /** The service's name: `gateway`, `network` or a member's slug; also its image and bundle name. */
  name: string;
  /** Its folder in the workspace. */
  dir: string;
  /** Its package name, for `pnpm --filter`. */
  packageName: string;
  port: number;
  kind: "gateway" | "subgraph";
  /** Its own PostgreSQL schema (the gateway's keeps its shared rate limits). */
  schema: string;
  /** The PostgreSQL login role it connects as, the owner of its schema: its name, as an SQL identifier. */
  role: string;
}

export const GATEWAY_PORT = 4000;

/** Every service to deploy: the gateway, the network subgraph and one subgraph per member. */
export function deployables(): Deployable[] {
  return [
    { name: "gateway", dir: "gateway", packageName: "@frikommune/gateway", port: GATEWAY_PORT, kind: "gateway" as const, schema: "rate_limit" },
    { name: network.name, dir: "subgraphs/network", packageName: "@frikommune/subgraph-network", port: network.port, kind: "subgraph" as const, schema: "network" },
    ...members.map((m) => ({ name: m.slug, dir: `subgraphs/${m.slug}`, packageName: `@frikommune/subgraph-${m.slug}`, port: m.port, kind: "subgraph" as const, schema: schemaName(m.slug) })),
  ].map((d) => ({ ...d, role: d.name.replace(/-/g, "_") }));
}
