import { GraphQLError, type ExecutionResult } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { handleMaybePromise } from "@whatwg-node/promise-helpers";
import { CODE_BY_STATUS } from "./http-errors.js";

export const SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";

/**
 * Errors raised on purpose (a GraphQLError, from the gateway or a subgraph) keep their message
 * and code; anything else becomes a plain internal error outside development.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = error instanceof GraphQLError ? error.originalError : error;
  if (error instanceof GraphQLError && (!cause || cause instanceof GraphQLError)) return withCode(error);
  if (isDev) return error as Error;
  return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

/**
 * Every error a client sees has a code: one without (the GraphQL engine's own refusals) gets
 * BAD_USER_INPUT when a variable was wrong, or the code of its HTTP status.
 */
function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  const code = error.message.startsWith('Variable "$') ? "BAD_USER_INPUT" : status ? CODE_BY_STATUS[status] : undefined;
  if (!code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });
}

/**
 * What the HTTP executor and the gateway's upstream timeout report when a subgraph could not be
 * reached, gave no GraphQL answer, or took too long.
 */
const TRANSPORT_FAILURES = new Set(["SUBREQUEST_HTTP_ERROR", "RESPONSE_VALIDATION_FAILED", "GATEWAY_TIMEOUT"]);

/**
 * A subgraph that cannot be reached leaves its part of the answer null, and the client gets
 * `SUBGRAPH_UNAVAILABLE` with the subgraph's name: never its address, the request sent or the
 * socket error, which go to the gateway's log.
 */
export function useSubgraphAvailability(log: Logger): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const unavailable = (causes: readonly { message: string }[]): ExecutionResult => {
        for (const cause of causes) log.error({ subgraph: subgraphName, cause: cause.message }, "subgraph unavailable");
        return {
          errors: [
            new GraphQLError(`The ${subgraphName} subgraph is unavailable; its part of the answer is missing.`, {
              extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: subgraphName },
            }),
          ],
        };
      };
      setExecutor(((request: Parameters<typeof executor>[0]) =>
        handleMaybePromise(
          () => executor(request),
          (result) => {
            const { errors } = result as ExecutionResult;
            return errors?.some((e) => TRANSPORT_FAILURES.has(String(e.extensions?.code))) ? { ...(result as ExecutionResult), ...unavailable(errors) } : result;
          },
          (error: Error) => unavailable([error]),
        )) as typeof executor,
      );
    },
  };
}
