import { readFile } from "node:fs/promises";
import { ApolloServer } from "@apollo/server";
import { ApolloGateway } from "@apollo/gateway";
import { gatewaySecret, identify, tokenConfig } from "@frikommune/auth";
import { subgraphs } from "@frikommune/members";
import { isDevelopment, listen, type RunningServer } from "@frikommune/subgraph-server";
import { formatGatewayError, SubgraphDataSource, type GatewayContext } from "./errors.js";
import { ideAsset, ideHtml, IDE_ASSET_PREFIX } from "./ide.js";
import { depthLimit } from "./limits.js";
import { SUPERGRAPH_PATH } from "./paths.js";

export type RunningGateway = RunningServer;

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph URLs by name; defaults to the registry with `SUBGRAPH_<NAME>_URL` overrides. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
}

/** Apollo's query planner over the committed supergraph, served at /graphql with an offline IDE. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const urls = options.subgraphUrls ?? Object.fromEntries(subgraphs().map((s) => [s.name, s.url]));
  const secret = gatewaySecret();
  const tokens = tokenConfig();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? (await readFile(SUPERGRAPH_PATH, "utf8")),
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url!, secret),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: process.env.GRAPHQL_INTROSPECTION !== "false",
    validationRules: [depthLimit()],
    plugins: [{ serverWillStart: async () => ({ renderLandingPage: async () => ({ html: ideHtml("/graphql") }) }) }],
  });
  await apollo.start();

  return listen(apollo, {
    port: options.port,
    host: options.host,
    context: async ({ headers }) => ({ identity: await identify(headers.authorization, tokens) }),
    otherRoutes: async (req, res, url) => {
      if (req.method === "GET" && url.pathname.startsWith(IDE_ASSET_PREFIX)) {
        const asset = await ideAsset(url.pathname.slice(IDE_ASSET_PREFIX.length));
        if (!asset) return false;
        res.writeHead(200, { "content-type": asset.type, "cache-control": "public, max-age=86400" }).end(asset.body);
        return true;
      }
      if (url.pathname === "/") {
        res.writeHead(302, { location: "/graphql" }).end();
        return true;
      }
      return false;
    },
  });
}
