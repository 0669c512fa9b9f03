import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { gatewaySecret, IDENTITY_HEADER, SIGNATURE_HEADER, verifyForwarded, type Identity } from "@frikommune/auth";
import { formatError } from "./errors.js";
import { listen, type RunningServer } from "./http.js";
import { isDevelopment } from "./mode.js";

export type { RunningServer } from "./http.js";

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Serves a subgraph schema over HTTP. Only requests the gateway signed are answered; `context`
 * runs once per request with the caller's identity as the gateway verified it.
 */
export async function serveSubgraph<TContext extends BaseContext>(options: {
  schema: GraphQLSchema;
  port: number;
  host?: string;
  context: (identity: Identity) => Promise<TContext> | TContext;
}): Promise<RunningServer> {
  const secret = gatewaySecret();
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: true,
    // Traces are only for Apollo's hosted reporting, which this graph does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  return listen(apollo, {
    port: options.port,
    host: options.host,
    context: async ({ headers, body }) =>
      options.context(verifyForwarded({ identity: header(headers[IDENTITY_HEADER]), signature: header(headers[SIGNATURE_HEADER]) }, body, secret)),
  });
}
