import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchemaSync, createResolversMap, type NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@listSize"])';

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through an interface (the member-specific implementations). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, (reference: any, context: any) => unknown>;
}

/** type-graphql classes in, an Apollo Federation 2 subgraph schema out. */
export function buildFederatedSchema(options: FederatedSchemaOptions): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    validate: false,
    skipCheck: true,
    authChecker,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<any>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as any;
  }
  return buildSubgraphSchema({
    typeDefs: gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers,
  });
}
