import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { OperationTypeNode } from "graphql";
import { ANONYMOUS, SubgraphTokenSigner, subgraphTokenVerifier, type SubgraphRequest } from "@frikommune/auth";
import { startGateway, type RunningGateway } from "@frikommune/gateway";

/** A gateway key pair as an operator makes one: PKCS#8 private, SPKI public, both PEM. */
function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { private: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), public: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

const [oldKey, newKey, strangerKey] = [keyPair(), keyPair(), keyPair()];
const request: SubgraphRequest = { method: "POST", path: "/graphql", body: JSON.stringify({ query: "{ _service { sdl } }" }) };
const tokenFrom = async (signer: SubgraphTokenSigner) => `Bearer ${await signer.tokenFor("assens", ANONYMOUS, request, OperationTypeNode.QUERY)}`;
const refused = { extensions: { code: "FORBIDDEN" } };
const anonymous = { identity: ANONYMOUS };
const log = { error: () => {} };
const trusting = (gatewayKey: { publicKey: string } | { jwksUrl: string }) => subgraphTokenVerifier("assens", { gatewayKey, development: false }, log);

describe("rotating the gateway's signing key, subgraphs holding the public keys", () => {
  it("accepts both keys while GATEWAY_PUBLIC_KEY holds both, and only the new one after", async () => {
    const [before, after, stranger] = await Promise.all([SubgraphTokenSigner.fromPem(oldKey.private), SubgraphTokenSigner.fromPem(newKey.private), SubgraphTokenSigner.fromPem(strangerKey.private)]);
    const during = await trusting({ publicKey: oldKey.public + newKey.public });
    await expect(during(await tokenFrom(before), request)).resolves.toMatchObject(anonymous);
    await expect(during(await tokenFrom(after), request)).resolves.toMatchObject(anonymous);
    await expect(during(await tokenFrom(stranger), request)).rejects.toMatchObject(refused);
    const done = await trusting({ publicKey: newKey.public });
    await expect(done(await tokenFrom(after), request)).resolves.toMatchObject(anonymous);
    await expect(done(await tokenFrom(before), request)).rejects.toMatchObject(refused);
  });
});

describe("rotating the gateway's signing key, subgraphs reading the gateway's JWKS", () => {
  let gateway: RunningGateway | undefined;
  let jwksServer: Server | undefined;
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => (jwksServer ? jwksServer.close(resolve) : resolve(undefined)));
  });

  it("publishes GATEWAY_PUBLISHED_KEYS beside the signing key, each under its own kid", async () => {
    gateway = await startGateway({ port: 0, signingKey: newKey.private, publishedKeys: oldKey.public, responseCache: { enabled: false, ttlSeconds: 1, maxMegabytes: 1 }, web: { enabled: false, root: null, oidc: null } });
    const { keys } = (await (await fetch(new URL("/.well-known/jwks.json", gateway.url))).json()) as { keys: { kid: string; x: string }[] };
    const [signing, published] = await Promise.all([SubgraphTokenSigner.fromPem(newKey.private), SubgraphTokenSigner.fromPem(oldKey.private)]);
    expect(keys).toEqual([signing.jwks.keys[0], published.jwks.keys[0]]);
    expect(new Set(keys.map((k) => k.kid)).size).toBe(2);
  });

  it("takes the new key within seconds, not after the cached set's 10 minutes, and still takes the old one", async () => {
    // The gateway's JWKS as it is at each step of the runbook's rotation.
    let published: SubgraphTokenSigner = await SubgraphTokenSigner.fromPem(oldKey.private);
    jwksServer = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(published.jwks)));
    await new Promise<void>((resolve) => jwksServer!.listen(0, "127.0.0.1", resolve));
    const verify = await trusting({ jwksUrl: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks` });

    const before = published;
    await expect(verify(await tokenFrom(before), request)).resolves.toMatchObject(anonymous); // the old set is cached now
    // The gateway signs with the new key and still publishes the old one.
    const after = await SubgraphTokenSigner.fromPem(newKey.private, oldKey.public);
    published = after;
    // A kid the cached set lacks fetches the set again, once its 5-second cooldown after the last fetch is over.
    let accepted = false;
    for (let i = 0; i < 20 && !accepted; i++) {
      accepted = await verify(await tokenFrom(after), request).then(() => true, () => false);
      if (!accepted) await new Promise((r) => setTimeout(r, 500));
    }
    expect(accepted).toBe(true);
    // Tokens the old key signed (other replicas, requests in flight) still pass.
    await expect(verify(await tokenFrom(before), request)).resolves.toMatchObject(anonymous);
  });
});
