import { createHash, createPrivateKey, createPublicKey, KeyObject, type JsonWebKey } from "node:crypto";
import { DEVELOPMENT } from "./development.js";

/** The members RFC 7638 hashes for each key type, in its (lexicographic) order. */
const THUMBPRINT_MEMBERS: Record<string, string[]> = { EC: ["crv", "kty", "x", "y"], OKP: ["crv", "kty", "x"], RSA: ["e", "kty", "n"], oct: ["k", "kty"] };

/**
 * A key's RFC 7638 thumbprint, as jose's `calculateJwkThumbprint` computes it. Written here
 * because jose's is asynchronous and configuration is read synchronously.
 */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const members = THUMBPRINT_MEMBERS[jwk.kty ?? ""];
  if (!members) throw new Error(`a key of type ${jwk.kty ?? "unknown"} has no thumbprint`);
  return createHash("sha256").update(JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])))).digest("base64url");
}

/** The identity of a key pair: the thumbprint of its public half, however its PEM is wrapped. */
const keyThumbprint = (key: KeyObject) => jwkThumbprint((key.type === "private" ? createPublicKey(key) : key).export({ format: "jwk" }));

const secretHash = (secret: string) => createHash("sha256").update(secret.trim()).digest("base64url");

/**
 * Keys and secrets anyone can read in this repository (the development ones), by identity: a
 * thumbprint for keys, a hash for secrets. They are refused outside development wherever a key
 * or secret is configured or fetched.
 */
const KNOWN_KEYS = new Set([createPrivateKey(DEVELOPMENT.gatewaySigningKey), createPublicKey(DEVELOPMENT.gatewayPublicKey)].map(keyThumbprint));
const KNOWN_SECRETS = new Set([DEVELOPMENT.jwtSecret].map(secretHash));

/** Whether a key (either half of a pair) is one of the known development keys. */
export const isKnownKey = (key: KeyObject | JsonWebKey): boolean => KNOWN_KEYS.has(key instanceof KeyObject ? keyThumbprint(key) : jwkThumbprint(key));

/** Whether a secret is a known development secret; surrounding whitespace makes no other secret. */
export const isKnownSecret = (secret: string): boolean => KNOWN_SECRETS.has(secretHash(secret));
