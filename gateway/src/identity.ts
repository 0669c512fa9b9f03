import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { ANONYMOUS, encodeIdentity, identify, IDENTITY_HEADER, SIGNATURE_HEADER, signForwarded, type Identity, type TokenConfig } from "@frikommune/auth";

export interface IdentityContext {
  identity?: Identity;
}

/** Verifies the caller's token once per request; an invalid one is refused with 401 before anything runs. */
export function useIdentity(tokens: TokenConfig): GatewayPlugin<IdentityContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      extendContext({ identity: await identify(context.request.headers.get("authorization") ?? undefined, tokens) });
    },
  };
}

/**
 * Forwards the caller's identity to every subgraph fetch. It travels as a header the gateway
 * adds to the execution request (`propagateHeaders`), which the HTTP executor counts in its key
 * for deduplicating identical in-flight fetches: two callers who ask the same thing at the same
 * moment share a fetch only when they are the same identity.
 */
export function forwardedIdentity(context: IdentityContext): Record<string, string> {
  return { [IDENTITY_HEADER]: encodeIdentity(context.identity ?? ANONYMOUS) };
}

/**
 * Signs each subgraph fetch over the identity header and the exact body sent. The signature is
 * a function of what the deduplication key already holds, so a shared fetch is signed correctly.
 */
export function useSignedSubgraphRequests(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const headers = { ...(options.headers as Record<string, string> | undefined) };
      headers[SIGNATURE_HEADER] = signForwarded(headers[IDENTITY_HEADER] ?? "", String(options.body ?? ""), secret);
      setOptions({ ...options, headers });
    },
  };
}
