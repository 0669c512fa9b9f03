import { getOperationAST } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { ANONYMOUS, CALLER_HEADER, callerKey, type SubgraphTokenSigner } from "@frikommune/auth";
import type { CallerContext } from "./caller.js";

/**
 * Names the caller on every subgraph fetch. The header travels on the execution request
 * (`propagateHeaders`), so the HTTP executor counts it in its key for deduplicating identical
 * in-flight fetches: two callers share a fetch only when they are the same identity.
 */
export function callerHeaders(context: CallerContext): Record<string, string> {
  return { [CALLER_HEADER]: callerKey(context.identity ?? ANONYMOUS) };
}

/**
 * Signs each subgraph fetch for its subgraph, caller, method, path and exact body, and a
 * mutation's anew each time. The token depends only on what the deduplication key already holds
 * (which shares queries alone), so a shared fetch carries a token valid for everyone who shares it.
 */
export function useSubgraphTokens(signer: SubgraphTokenSigner): GatewayPlugin<CallerContext> {
  return {
    async onFetch({ url, options, setOptions, executionRequest, context }) {
      const subgraph = executionRequest?.subgraphName;
      if (!subgraph) return;
      const identity = ("identity" in context && context.identity) || ANONYMOUS;
      const { pathname, search } = new URL(url);
      const operation = getOperationAST(executionRequest.document, executionRequest.operationName)?.operation;
      const request = { method: options.method ?? "GET", path: pathname + search, body: String(options.body ?? "") };
      const token = await signer.tokenFor(subgraph, identity, request, operation);
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } });
    },
  };
}

/** The gateway's public key at `/.well-known/jwks.json`, for subgraphs configured with `GATEWAY_JWKS_URL`. */
export function useJwks(signer: SubgraphTokenSigner): GatewayPlugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/.well-known/jwks.json") endResponse(fetchAPI.Response.json(signer.jwks, { headers: { "cache-control": "public, max-age=300" } }));
    },
  };
}
