import { GraphQLError, type ExecutionResult } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";

export const SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

/**
 * Errors raised on purpose (a GraphQLError, from the gateway or a subgraph) keep their message
 * and code; anything else becomes a plain internal error outside development.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  if (error instanceof GraphQLError && (!cause || cause instanceof GraphQLError)) return error;
  if (isDev) return error as Error;
  return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

/** What the HTTP executor reports when a subgraph could not be reached or gave no GraphQL answer. */
const TRANSPORT_FAILURES = new Set(["SUBREQUEST_HTTP_ERROR", "RESPONSE_VALIDATION_FAILED"]);

/**
 * A subgraph that cannot be reached leaves its part of the answer null, and the client gets
 * `SUBGRAPH_UNAVAILABLE` with the subgraph's name: never its address, the request sent or the
 * socket error, which go to the gateway's log.
 */
export function useSubgraphAvailability(log: Logger): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName }) {
      return ({ result, setResult }) => {
        const { errors } = result as ExecutionResult;
        if (!errors?.some((e) => TRANSPORT_FAILURES.has(String(e.extensions?.code)))) return;
        for (const cause of errors) log.error({ subgraph: subgraphName, cause: cause.message }, "subgraph unavailable");
        setResult({
          ...(result as ExecutionResult),
          errors: [
            new GraphQLError(`The ${subgraphName} subgraph is unavailable; its part of the answer is missing.`, {
              extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: subgraphName },
            }),
          ],
        });
      };
    },
  };
}
