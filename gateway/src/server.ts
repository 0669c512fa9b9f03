import { readFile } from "node:fs/promises";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import http from "@graphql-mesh/transport-http";
import { gatewaySecret, tokenConfig } from "@frikommune/auth";
import { subgraphs } from "@frikommune/members";
import { isDevelopment, serveHttp, type RunningServer } from "@frikommune/subgraph-server";
import { maskError, useSubgraphAvailability } from "./errors.js";
import { forwardedIdentity, useIdentity, useSignedSubgraphRequests, type IdentityContext } from "./identity.js";
import { ideHtml, useIde } from "./ide.js";
import { useDepthLimit } from "./limits.js";
import { SUPERGRAPH_PATH } from "./paths.js";

export type RunningGateway = RunningServer;

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph URLs by name; defaults to the registry with `SUBGRAPH_<NAME>_URL` overrides. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
}

/** Hive Gateway with the Rust query planner over the committed supergraph, at /graphql with an offline IDE. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const urls = options.subgraphUrls ?? Object.fromEntries(subgraphs().map((s) => [s.name, s.url]));
  const tokens = tokenConfig();
  const gateway = createGatewayRuntime<IdentityContext>({
    supergraph: options.supergraphSdl ?? (await readFile(SUPERGRAPH_PATH, "utf8")),
    unifiedGraphHandler,
    transports: { http },
    // Identical in-flight queries to a subgraph share one fetch (never mutations); the key holds the forwarded identity.
    transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: true } }])),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    renderGraphiQL: () => ideHtml("/graphql"),
    batching: false,
    csrfPrevention: { requestHeaders: ["x-graphql-csrf", "apollo-require-preflight"] },
    disableIntrospection: process.env.GRAPHQL_INTROSPECTION === "false" ? {} : undefined,
    maskedErrors: { maskError, isDev: isDevelopment() },
    logging: isDevelopment() ? "info" : "warn",
    propagateHeaders: { fromClientToSubgraphs: ({ context }) => forwardedIdentity(context as IdentityContext) },
    plugins: ({ log }) => [useIdentity(tokens), useSignedSubgraphRequests(gatewaySecret()), useSubgraphAvailability(log), useDepthLimit(), useIde()],
  });

  return serveHttp(gateway, options, async () => gateway.dispose());
}
