import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { isKnownKey } from "./known-keys.js";

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/g;

/** Every PEM block in a text: a key setting may hold several keys during a rotation. */
export const pemBlocks = (text: string): string[] => text.match(PEM_BLOCK) ?? [];

/**
 * One PEM block as the key it holds, or null with the problem named. Outside development a
 * development key is refused by its identity, whatever its label or wrapping.
 */
function readKey(name: string, pem: string, kind: "private" | "public", development: boolean, problems: string[]): KeyObject | null {
  let key: KeyObject;
  try {
    key = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    problems.push(`${name} holds a PEM block that is not a readable ${kind} key`);
    return null;
  }
  if (!development && isKnownKey(key)) problems.push(`${name} holds a development key, public in this repository; set your own outside development`);
  else if (kind === "public" && /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) problems.push(`${name} holds a private key; it takes the public half only`);
  else if (key.asymmetricKeyType !== "ed25519") problems.push(`${name} holds a key of type ${key.asymmetricKeyType ?? "secret"}; the gateway signs with Ed25519`);
  else return key;
  return null;
}

/**
 * The gateway's signing key: one Ed25519 private key, handed on as PKCS#8 PEM written afresh, so
 * the key checked here is exactly the key used.
 */
export function signingKey(name: string, text: string, development: boolean, problems: string[]): string {
  const blocks = pemBlocks(text);
  if (blocks.length !== 1) {
    problems.push(`${name} must hold one PEM private key (PKCS#8, "BEGIN PRIVATE KEY")`);
    return "";
  }
  return readKey(name, blocks[0]!, "private", development, problems)?.export({ type: "pkcs8", format: "pem" }).toString() ?? "";
}

/** Ed25519 public keys (PEM blocks, several during a rotation), handed on as SPKI PEM written afresh. */
export function publicKeys(name: string, text: string, development: boolean, problems: string[]): string {
  const blocks = pemBlocks(text);
  if (blocks.length === 0) problems.push(`${name} holds no PEM public key ("BEGIN PUBLIC KEY")`);
  return blocks
    .map((pem) => readKey(name, pem, "public", development, problems)?.export({ type: "spki", format: "pem" }).toString() ?? "")
    .join("");
}
