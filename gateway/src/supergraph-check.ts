import { createHash } from "node:crypto";
import { buildASTSchema, Kind, parse, type DocumentNode, type StringValueNode } from "graphql";
import { QueryPlanner } from "@graphql-hive/router-query-planner";
import { transformSupergraphToPublicSchema } from "@theguild/federation-composition";
import { subgraphUrlVariable } from "@frikommune/config";
import type { SubgraphAddress } from "./subgraph-address.js";

/** A supergraph the gateway can serve. */
export interface Supergraph {
  /** As it was published. */
  sdl: string;
  /** SHA-256 of `sdl` in hex: which supergraph this is. */
  hash: string;
  /** `sdl` with each subgraph's `join__graph(url:)` set to the address its fetches go to: what the runtime is given. */
  served: string;
  /** Each subgraph's address, by name. */
  subgraphs: Record<string, string>;
}

/** Why a supergraph is not served. */
export class SupergraphRefused extends Error {}

export const supergraphHash = (sdl: string) => createHash("sha256").update(sdl).digest("hex");

/** The subgraphs a supergraph names: each `join__Graph` value's `join__graph(name:, url:)`. */
function joinGraphs(document: DocumentNode): { name: string; url: StringValueNode | null }[] {
  const graphs: { name: string; url: StringValueNode | null }[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const args = value.directives?.find((d) => d.name.value === "join__graph")?.arguments ?? [];
      const name = args.find((a) => a.name.value === "name")?.value;
      const url = args.find((a) => a.name.value === "url")?.value;
      if (name?.kind !== Kind.STRING) throw new SupergraphRefused(`join__Graph.${value.name.value} has no join__graph(name:)`);
      graphs.push({ name: name.value, url: url?.kind === Kind.STRING ? url : null });
    }
  }
  return graphs;
}

/** An error's first line: graphql-js repeats one mistake once per place it is found. */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!;

/**
 * Whether the gateway can serve `sdl`, checked as far as it can be before it serves it: it is
 * GraphQL, a Federation supergraph whose public schema builds, every subgraph it names has an
 * address, and the Rust query planner accepts it. Throws SupergraphRefused saying why not.
 */
export function checkSupergraph(sdl: string, addressOf: SubgraphAddress): Supergraph {
  let document: DocumentNode;
  try {
    document = parse(sdl);
  } catch (error) {
    throw new SupergraphRefused(`it is not GraphQL: ${reason(error)}`);
  }
  const graphs = joinGraphs(document);
  if (graphs.length === 0) throw new SupergraphRefused("it names no subgraph (no join__Graph): not a Federation supergraph");
  try {
    buildASTSchema(transformSupergraphToPublicSchema(document));
  } catch (error) {
    throw new SupergraphRefused(`it is not a Federation supergraph: ${reason(error)}`);
  }
  const addresses = new Map<string, string>();
  let served = sdl;
  // From the end, so that each URL's place in the text is still where the parser found it.
  for (const graph of [...graphs].sort((a, b) => (b.url?.loc?.start ?? 0) - (a.url?.loc?.start ?? 0))) {
    const address = addressOf(graph.name, graph.url?.value ?? "");
    if (!address) throw new SupergraphRefused(`subgraph ${graph.name} has no address: set ${subgraphUrlVariable(graph.name)} or SUBGRAPH_URL_TEMPLATE, or give it an http(s) URL in the supergraph`);
    addresses.set(graph.name, address);
    const at = graph.url?.loc;
    if (at && address !== graph.url!.value) served = served.slice(0, at.start) + JSON.stringify(address) + served.slice(at.end);
  }
  try {
    new QueryPlanner(served);
  } catch (error) {
    throw new SupergraphRefused(`the query planner refuses it: ${reason(error)}`);
  }
  return { sdl, hash: supergraphHash(sdl), served, subgraphs: Object.fromEntries(graphs.map((g) => [g.name, addresses.get(g.name)!])) };
}
