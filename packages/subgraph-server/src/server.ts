import { ApolloServer, type BaseContext } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { formatError } from "./errors.js";
import { isDevelopment } from "./mode.js";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves a subgraph schema over HTTP; `context` runs once per request. */
export async function serveSubgraph<TContext extends BaseContext>(options: {
  schema: GraphQLSchema;
  port: number;
  host?: string;
  context: () => Promise<TContext> | TContext;
}): Promise<RunningServer> {
  const server = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: true,
    // Traces are only for Apollo's hosted reporting, which this graph does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? "127.0.0.1" },
    context: async () => options.context(),
  });
  return { url, stop: () => server.stop() };
}
