import { Kind, parse, type DocumentNode } from "graphql";

/** The subgraphs a supergraph routes to, by their `join__Graph` value: each one's name and address. */
export function joinGraphs(supergraph: DocumentNode): Map<string, { name: string; url: string | null }> {
  const graphs = new Map<string, { name: string; url: string | null }>();
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const args = value.directives?.find((d) => d.name.value === "join__graph")?.arguments ?? [];
      const name = args.find((a) => a.name.value === "name")?.value;
      const url = args.find((a) => a.name.value === "url")?.value;
      if (name?.kind === Kind.STRING) graphs.set(value.name.value, { name: name.value, url: url?.kind === Kind.STRING ? url.value : null });
    }
  }
  return graphs;
}

/** The names of the subgraphs a supergraph routes to. */
export const subgraphNamesOf = (supergraphSdl: string): string[] => [...joinGraphs(parse(supergraphSdl)).values()].map((g) => g.name);
