import { GraphQLError } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

/** The code a refusal at the HTTP level carries, by its status. */
export const CODE_BY_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  406: "NOT_ACCEPTABLE",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

/**
 * A request refused before GraphQL could read it gets the same answer as any other error: JSON
 * with a message and a code. Parameters that are not JSON (a body, or `variables` in a GET) are
 * 400 `BAD_REQUEST`, not an internal error; a refusal the server sends without a body gets one.
 */
export function useHttpErrors(graphqlEndpoint: string): GatewayPlugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw new GraphQLError("The request's parameters are not valid JSON", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        }
      });
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status < 400 || response.body !== null || new URL(request.url).pathname !== graphqlEndpoint) return;
      const code = CODE_BY_STATUS[response.status] ?? "BAD_REQUEST";
      const headers = new Headers(response.headers);
      headers.set("content-type", "application/json; charset=utf-8");
      const message = `The request was refused (${response.status} ${response.statusText || code.toLowerCase().replace(/_/g, " ")})`;
      setResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status: response.status, headers }));
    },
  };
}
