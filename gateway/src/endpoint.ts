import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

/**
 * GraphQL is served at exactly one path. Yoga also executes any request whose address ends in
 * it (`/graphql/`, `//graphql`, `/x/graphql`, `/?/graphql`), around the checks that look at the
 * path (the caller's token and budget, the request log); here, after every plugin that serves
 * a page of its own, any other path is 404.
 */
export function useExactEndpoint(endpoint: string): GatewayPlugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === endpoint) return;
      endResponse(fetchAPI.Response.json({ errors: [{ message: `Nothing is served at ${url.pathname.slice(0, 100)}`, extensions: { code: "NOT_FOUND" } }] }, { status: 404 }));
    },
  };
}
