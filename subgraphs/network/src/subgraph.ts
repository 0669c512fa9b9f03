import type { GraphQLSchema } from "graphql";
import type { SubgraphConfig } from "@frikommune/config";
import { auditActors, openSchemaDatabase, spentTokens } from "@frikommune/db";
import type { RunningServer } from "@frikommune/service";
import { buildFederatedSchema, serveSubgraph } from "@frikommune/subgraph-server";
import type { Logger } from "@frikommune/telemetry";
import { members, network } from "@frikommune/members";
import { networkEntities } from "./entities.js";
import { createNetworkLoaders, type NetworkContext } from "./loaders.js";
import { networkMigrations } from "./migrations.js";
import { seedNetwork } from "./seed-database.js";
import { networkResolvers } from "./graph/resolvers.js";
import { memberMunicipalityTypes, Trial } from "./graph/types.js";

let schema: GraphQLSchema | undefined;

export function buildNetworkSchema(): GraphQLSchema {
  const member = (ref: { slug: string }, ctx: NetworkContext) => ctx.loaders.members.load(ref.slug);
  schema ??= buildFederatedSchema({
    resolvers: [...networkResolvers],
    orphanedTypes: [...memberMunicipalityTypes, Trial],
    referenceResolvers: {
      CommonExemption: (ref: { code: string }, ctx: NetworkContext) => ctx.loaders.exemptions.load(ref.code),
      Municipality: member,
      ...Object.fromEntries(members.map((m) => [`${m.typePrefix}Municipality`, member])),
    },
  });
  return schema;
}

export async function startNetworkSubgraph(config: SubgraphConfig, log?: Logger): Promise<RunningServer> {
  const orm = await openSchemaDatabase({
    url: config.databaseUrl,
    directUrl: config.databaseDirectUrl,
    poolMax: config.databasePoolMax,
    schema: "network",
    entities: networkEntities,
    migrations: networkMigrations,
    sqlLog: config.sqlLog,
    prepare: (orm) => seedNetwork(orm.em.fork()),
  });
  const actorOf = await auditActors(orm.em.fork());
  const server = await serveSubgraph<NetworkContext>({
    name: network.name,
    schema: buildNetworkSchema(),
    config,
    context: (identity) => {
      const em = orm.em.fork();
      return { identity, actor: actorOf(identity), em, loaders: createNetworkLoaders(em) };
    },
    spentTokens: spentTokens(orm),
    ready: () => orm.isConnected(),
    log,
  });
  return { url: server.url, stop: async () => { await server.stop(); await orm.close(); } };
}
