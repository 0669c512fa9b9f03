import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { subgraphTokenVerifier, type Identity } from "@frikommune/auth";
import type { SubgraphConfig } from "@frikommune/config";
import { errorFormatter } from "./errors.js";
import type { RunningServer } from "@frikommune/service";
import { listen } from "./http.js";
import { countSqlStatements } from "./metrics.js";
import { recordingPlugin } from "./request-log.js";
import type { Logger } from "@frikommune/telemetry";
import { subgraphLogger } from "./process.js";

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Serves a subgraph schema over HTTP. Only requests carrying a valid gateway token for this
 * subgraph and this body are answered; `context` runs once per request with the caller's
 * identity as the gateway verified it.
 */
export async function serveSubgraph<TContext extends BaseContext>(options: {
  /** The subgraph's name in the supergraph: the audience of the gateway's tokens. */
  name: string;
  schema: GraphQLSchema;
  config: Pick<SubgraphConfig, "port" | "host" | "gatewayKey" | "development" | "logLevel" | "metricsPort">;
  context: (identity: Identity) => Promise<TContext> | TContext;
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
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), recordingPlugin<TContext>()],
  });
  await apollo.start();
  countSqlStatements();
  return listen(apollo, {
    name: options.name,
    port: options.config.port,
    host: options.config.host,
    context: async ({ headers, body, record }) => {
      record.identity = await verify(header(headers.authorization), body);
      return options.context(record.identity);
    },
    ready: options.ready,
    log,
    metricsPort: options.config.metricsPort,
  });
}
