import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { GraphQLSchema } from "graphql";
import { buildMunicipalitySchema, type MunicipalityModule } from "@frikommune/municipality-kit";
import { members, network, subgraphUrl } from "@frikommune/members";
import { buildNetworkSchema } from "@frikommune/subgraph-network";

const root = resolve(import.meta.dirname, "../..");

/** A member's module, found by the registry's slug: `subgraphs/<slug>/src/module.ts`. */
export async function loadMemberModule(slug: string, repoRoot = root): Promise<MunicipalityModule> {
  const path = resolve(repoRoot, "subgraphs", slug, "src", "module.ts");
  return ((await import(pathToFileURL(path).href)) as { default: MunicipalityModule }).default;
}

/** Every subgraph's schema, built in-process with no server and no database. */
export async function subgraphSchemas(): Promise<{ name: string; url: string; schema: GraphQLSchema }[]> {
  const memberSchemas = await Promise.all(
    members.map(async (m) => ({ name: m.slug, url: subgraphUrl(m.port), schema: buildMunicipalitySchema(await loadMemberModule(m.slug)) })),
  );
  return [{ name: network.name, url: subgraphUrl(network.port), schema: buildNetworkSchema() }, ...memberSchemas];
}
