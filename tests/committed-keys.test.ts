import { execFileSync } from "node:child_process";
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { calculateJwkThumbprint } from "jose";
import { ConfigError, isKnownKey, jwkThumbprint, loadGatewayConfig, loadSubgraphConfig, pemBlocks } from "@frikommune/config";

const ROOT = resolve(import.meta.dirname, "..");

/** The key in a PEM block, read as leniently as jose reads one (armour and every space dropped), or null for a block that holds none. */
function keyIn(pem: string): KeyObject | null {
  const der = Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----|\s/g, ""), "base64");
  const readers = [
    ...(["pkcs8", "pkcs1", "sec1"] as const).map((type) => () => createPrivateKey({ key: der, format: "der", type })),
    ...(["spki", "pkcs1"] as const).map((type) => () => createPublicKey({ key: der, format: "der", type })),
  ];
  for (const read of readers) {
    try {
      return read();
    } catch {
      // not this encoding
    }
  }
  return null;
}

/** Every PEM key in the files git tracks, with the file it is in. */
function committedKeys(): { file: string; pem: string; key: KeyObject }[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(resolve(ROOT, file), "utf8");
    } catch {
      return []; // listed but not in the work tree (being deleted)
    }
    return pemBlocks(text).flatMap((pem) => {
      const key = keyIn(pem);
      return key ? [{ file, pem, key }] : [];
    });
  });
}

function problems(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.join("\n");
  }
  return "";
}

/** Where each kind of key could be configured, outside development. */
const production = { ...process.env, NODE_ENV: "production" };
const settings = (key: KeyObject, pem: string): [name: string, load: () => unknown][] =>
  key.type === "private"
    ? [["GATEWAY_SIGNING_KEY", () => loadGatewayConfig({ ...production, GATEWAY_SIGNING_KEY: pem })]]
    : [
        ["GATEWAY_PUBLIC_KEY", () => loadSubgraphConfig(0, { ...production, DATABASE_URL: "postgres://db/frikommune", GATEWAY_PUBLIC_KEY: pem })],
        ["GATEWAY_PUBLISHED_KEYS", () => loadGatewayConfig({ ...production, GATEWAY_PUBLISHED_KEYS: pem })],
      ];

describe("keys committed to this repository", () => {
  const keys = committedKeys();

  it("are found (the development keys at least)", () => {
    expect(keys.length).toBeGreaterThanOrEqual(2);
  });

  it.each(keys.map(({ file, pem, key }, i) => [`${file} (key ${i + 1})`, pem, key] as const))("%s is a known key, refused outside development wherever a key is set or fetched", (_where, pem, key) => {
    expect(isKnownKey(key)).toBe(true);
    for (const [name, load] of settings(key, pem)) expect(problems(load), name).toContain(`${name} holds a development key`);
  });
});

describe("a key's identity", () => {
  it.each([
    ["Ed25519", () => generateKeyPairSync("ed25519")],
    ["P-256", () => generateKeyPairSync("ec", { namedCurve: "P-256" })],
    ["RSA", () => generateKeyPairSync("rsa", { modulusLength: 2048 })],
  ])("is the RFC 7638 thumbprint jose computes, for %s", async (_type, generate) => {
    const jwk = generate().publicKey.export({ format: "jwk" });
    expect(jwkThumbprint(jwk)).toBe(await calculateJwkThumbprint(jwk as Parameters<typeof calculateJwkThumbprint>[0]));
  });
});
