import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "@frikommune/telemetry";

/** The one error convention: a message for people, a stable `extensions.code` for programs. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/**
 * Errors we raised on purpose keep their message and code; anything else (a driver error, a bug)
 * becomes a plain internal error outside development, so no SQL, host or stack leaks.
 */
export function errorFormatter(development: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const deliberate = original instanceof GraphQLError && original.extensions?.code !== undefined;
    const known = typeof formatted.extensions?.code === "string" && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (development) return formatted;
    if (deliberate || known) return withoutStack(formatted);
    log.error({ err: original, path: formatted.path }, "resolver failed");
    return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
