import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { ANONYMOUS, identify, type ErrorLog, type Identity } from "@frikommune/auth";
import type { GatewayConfig } from "@frikommune/config";
import type { RateLimiter } from "./rate-limit.js";

export interface CallerContext {
  identity?: Identity;
}

const refusal = (fetchAPI: { Response: typeof Response }, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });

/** The client's address: the socket's, or the one the trusted proxies in front recorded. */
function clientAddress(request: Request, socket: IncomingMessage["socket"] | undefined, trustedProxies: number): string {
  const forwarded = (request.headers.get("x-forwarded-for") ?? "").split(",").map((a) => a.trim()).filter(Boolean);
  if (trustedProxies > 0 && forwarded.length >= trustedProxies) return forwarded[forwarded.length - trustedProxies]!;
  return socket?.remoteAddress ?? "unknown";
}

/**
 * Who is calling, settled before anything else runs: the token is verified once (an invalid one
 * is 401), then the caller's budget is drawn on: the token's subject, or the client's address
 * for anonymous callers. A spent budget is 429 with `Retry-After`.
 */
const callers = new WeakMap<Request, Identity>();

/** The caller of a request, as `useCaller` established it (anonymous before that). */
export const identityOf = (request: Request): Identity => callers.get(request) ?? ANONYMOUS;

export function useCaller(config: Pick<GatewayConfig, "tokens" | "rateLimit">, limiter: RateLimiter | null, graphqlEndpoint: string, log: ErrorLog): GatewayPlugin<CallerContext> {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method === "OPTIONS") return;
      let identity: Identity | null = null;
      let failure: GraphQLError | null = null;
      try {
        identity = await identify(request.headers.get("authorization"), config.tokens, log);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        failure = error;
      }
      if (limiter) {
        const socket = (serverContext as { req?: IncomingMessage }).req?.socket;
        const key = identity?.subject ? `subject:${identity.subject}` : `address:${clientAddress(request, socket, config.rateLimit.trustedProxies)}`;
        const wait = await limiter.take(key);
        if (wait !== null) {
          return endResponse(refusal(fetchAPI, 429, "RATE_LIMITED", `Too many requests; try again in ${wait} s.`, { "retry-after": String(wait) }));
        }
      }
      if (failure) return endResponse(refusal(fetchAPI, 401, String(failure.extensions.code), failure.message));
      callers.set(request, identity ?? ANONYMOUS);
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ identity: identityOf(context.request) });
    },
  };
}
