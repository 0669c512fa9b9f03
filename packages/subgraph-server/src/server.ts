import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { subgraphTokenVerifier, type Identity } from "@frikommune/auth";
import type { SubgraphConfig } from "@frikommune/config";
import type { SpentTokens } from "@frikommune/db";
import { errorFormatter } from "./errors.js";
import type { RunningServer } from "@frikommune/service";
import { listen } from "./http.js";
import { countSqlStatements } from "./metrics.js";
import { claimOperation, recordingPlugin } from "./request-log.js";
import type { Logger } from "@frikommune/telemetry";
import { subgraphLogger } from "./process.js";
import { attachToken, singleUseMutations } from "./single-use.js";

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Serves a subgraph schema over HTTP. Only requests carrying a valid gateway token for this
 * subgraph and this request (method, path and body) are answered, and a mutation only with a
 * token not spent before; `context` runs once per request with the caller's identity as the
 * gateway verified it.
 */
export async function serveSubgraph<TContext extends BaseContext>(options: {
  /** The subgraph's name in the supergraph: the audience of the gateway's tokens. */
  name: string;
  schema: GraphQLSchema;
  config: Pick<SubgraphConfig, "port" | "host" | "gatewayKey" | "development" | "logLevel" | "metricsPort">;
  context: (identity: Identity) => Promise<TContext> | TContext;
  /** The tokens mutations used, where every replica of this subgraph sees them (its own schema). */
  spentTokens: SpentTokens;
  ready: () => Promise<boolean>;
  /** By default, a logger as the configuration asks. */
  log?: Logger;
}): Promise<RunningServer> {
  const log = options.log ?? subgraphLogger(options.name, options.config);
  const verify = await subgraphTokenVerifier(options.name, options.config, log);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: errorFormatter(options.config.development, log),
    includeStacktraceInErrorResponses: options.config.development,
    introspection: true,
    // stopOnSignal drains requests in flight before stopping; Apollo's own handler would not.
    stopOnTerminationSignals: false,
    // Traces are only for Apollo's hosted reporting, and cache hints only for its CDN caching,
    // which this graph does not use; both would run a hook for every field resolved.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), recordingPlugin<TContext>(), singleUseMutations<TContext>(options.spentTokens)],
  });
  await apollo.start();
  countSqlStatements();
  return listen(apollo, {
    name: options.name,
    port: options.config.port,
    host: options.config.host,
    context: async ({ method, path, headers, body, record }) => {
      const token = await verify(header(headers.authorization), { method, path, body });
      record.identity = token.identity;
      claimOperation(record, headers);
      return attachToken(await options.context(token.identity), token);
    },
    ready: options.ready,
    log,
    metricsPort: options.config.metricsPort,
  });
}
