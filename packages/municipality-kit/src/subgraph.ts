import type { GraphQLSchema } from "graphql";
import { auditActors, openSchemaDatabase, spentTokens } from "@frikommune/db";
import type { RunningServer } from "@frikommune/service";
import { buildFederatedSchema, runSubgraphProcess, serveSubgraph } from "@frikommune/subgraph-server";
import type { Logger } from "@frikommune/telemetry";
import type { SubgraphConfig } from "@frikommune/config";
import { member, subgraphName } from "@frikommune/members";
import type { MemberContext } from "./context.js";
import { kitEntities } from "./entities.js";
import { createMemberMutations } from "./graph/member-mutations.js";
import { createMemberResolvers } from "./graph/member-resolvers.js";
import { createMemberTypes } from "./graph/member-types.js";
import { createLoaders } from "./loaders.js";
import { kitMigrations } from "./migrations.js";
import { schemaName, type MunicipalityModule } from "./module.js";
import { seedMunicipality } from "./seed-database.js";

const schemas = new Map<string, GraphQLSchema>();

/** The member's subgraph schema; needs no database, so composition can print it in-process. */
export function buildMunicipalitySchema(module: MunicipalityModule): GraphQLSchema {
  let schema = schemas.get(module.slug);
  if (!schema) {
    const types = createMemberTypes(module.typePrefix);
    const { resolvers, referenceResolvers } = createMemberResolvers(types, module.typePrefix);
    schema = buildFederatedSchema({
      resolvers: [...resolvers, createMemberMutations(types, module.typePrefix), ...(module.local?.resolvers?.(types) ?? [])],
      orphanedTypes: [...Object.values(types), ...(module.local?.types ?? [])],
      referenceResolvers,
    });
    schemas.set(module.slug, schema);
  }
  return schema;
}

export interface MunicipalitySubgraph extends RunningServer {
  module: MunicipalityModule;
}

/** Migrates and seeds the member's schema, then serves its subgraph over HTTP. */
export async function startMunicipalitySubgraph(module: MunicipalityModule, config: SubgraphConfig, log?: Logger): Promise<MunicipalitySubgraph> {
  const orm = await openSchemaDatabase({
    url: config.databaseUrl,
    directUrl: config.databaseDirectUrl,
    poolMax: config.databasePoolMax,
    schema: schemaName(module.slug),
    entities: [...kitEntities, ...(module.local?.entities ?? [])],
    migrations: [...kitMigrations, ...(module.local?.migrations ?? [])],
    sqlLog: config.sqlLog,
    prepare: async (orm) => {
      await seedMunicipality(orm.em.fork(), module);
      await module.local?.seed?.(orm.em.fork());
    },
  });
  const actorOf = await auditActors(orm.em.fork());
  const server = await serveSubgraph<MemberContext>({
    name: subgraphName(module.slug),
    schema: buildMunicipalitySchema(module),
    config,
    context: (identity) => {
      const em = orm.em.fork();
      return { identity, actor: actorOf(identity), slug: module.slug, typePrefix: module.typePrefix, em, loaders: createLoaders(em) };
    },
    spentTokens: spentTokens(orm),
    ready: () => orm.isConnected(),
    log,
  });
  return {
    module,
    url: server.url,
    stop: async () => {
      await server.stop();
      await orm.close();
    },
  };
}

/** Entry point of a member's process: its configuration from the environment. */
export async function runMunicipalitySubgraph(module: MunicipalityModule): Promise<void> {
  await runSubgraphProcess(subgraphName(module.slug), member(module.slug).port, (config, log) => startMunicipalitySubgraph(module, config, log));
}
