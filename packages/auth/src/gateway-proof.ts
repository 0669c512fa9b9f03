import { createHmac, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import { ANONYMOUS, type Identity } from "./identity.js";

/**
 * The gateway verifies the token once and forwards the identity it found, signed together with
 * the request body (HMAC-SHA256 over a shared secret). A subgraph trusts that identity only if
 * the signature matches, so a request that bypassed the gateway, or altered identity or body,
 * is refused. Subgraphs never see tokens or key sets.
 */
export const IDENTITY_HEADER = "x-frikommune-identity";
export const SIGNATURE_HEADER = "x-frikommune-signature";

function signature(identityHeader: string, body: string, secret: string): string {
  return createHmac("sha256", secret).update(identityHeader).update("\n").update(body).digest("base64url");
}

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString("base64url");
}

export function signForwarded(identityHeader: string, body: string, secret: string): string {
  return signature(identityHeader, body, secret);
}

/** The identity a request was sent with, if the gateway signed it; otherwise FORBIDDEN. */
export function verifyForwarded(headers: { identity?: string; signature?: string }, body: string, secret: string): Identity {
  const refuse = () =>
    new GraphQLError("This subgraph answers only requests that come through the gateway", {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  if (!headers.identity || !headers.signature) throw refuse();
  const expected = Buffer.from(signature(headers.identity, body, secret));
  const given = Buffer.from(headers.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refuse();
  try {
    const identity = JSON.parse(Buffer.from(headers.identity, "base64url").toString("utf8")) as Identity;
    return { ...ANONYMOUS, ...identity };
  } catch {
    throw refuse();
  }
}
