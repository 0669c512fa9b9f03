import { describe, expect, it } from "vitest";
import { encodeIdentity, IDENTITY_HEADER, SIGNATURE_HEADER, signDevToken, signForwarded, tokenConfig } from "@frikommune/auth";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

const VIEWER = `{ viewer { authenticated subject role municipality { name } } }`;
const token = (role: "editor" | "coordinator" | "network-coordinator" | "ministry", slug?: string) => signDevToken(tokenConfig(), role, slug);

async function asCaller(query: string, authorization?: string) {
  const response = await fetch(graph.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

async function directly(subgraph: string, headers: Record<string, string> = {}, body = JSON.stringify({ query: "{ __typename }" })) {
  const response = await fetch(graph.subgraphs.get(subgraph)!.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

describe("identity through the gateway", () => {
  it.each([
    ["anonymous", undefined, { authenticated: false, subject: null, role: null, municipality: null }],
    ["an editor of Holbæk", () => token("editor", "holbaek"), { authenticated: true, subject: "dev-editor-holbaek", role: "editor", municipality: { name: "Holbæk" } }],
    ["a coordinator of Slagelse", () => token("coordinator", "slagelse"), { authenticated: true, subject: "dev-coordinator-slagelse", role: "coordinator", municipality: { name: "Slagelse" } }],
    ["a network coordinator", () => token("network-coordinator"), { authenticated: true, subject: "dev-network-coordinator", role: "network-coordinator", municipality: null }],
    ["the ministry", () => token("ministry"), { authenticated: true, subject: "dev-ministry", role: "ministry", municipality: null }],
  ])("reaches the subgraphs for %s", async (_who, makeToken, viewer) => {
    const { data, errors } = await asCaller(VIEWER, makeToken ? `Bearer ${await makeToken()}` : undefined);
    expect(errors).toBeUndefined();
    expect(data.viewer).toEqual(viewer);
  });

  it("refuses an invalid token with UNAUTHENTICATED and HTTP 401", async () => {
    const { status, data, errors } = await asCaller(VIEWER, "Bearer forged.token.value");
    expect(status).toBe(401);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a subgraph called without the gateway", () => {
  const body = JSON.stringify({ query: "{ municipalities { name } }" });
  const identity = encodeIdentity({ subject: "x", role: "ministry", municipality: null });

  it.each([
    ["no proof at all", {}],
    ["a made-up signature", { [IDENTITY_HEADER]: identity, [SIGNATURE_HEADER]: "bm90LWEtc2lnbmF0dXJl" }],
    ["a signature made with another secret", { [IDENTITY_HEADER]: identity, [SIGNATURE_HEADER]: signForwarded(identity, body, "guessed-secret") }],
  ])("is refused with FORBIDDEN for %s", async (_what, headers) => {
    for (const subgraph of ["network", "holbaek"]) {
      const { status, data, errors } = await directly(subgraph, headers, body);
      expect(status).toBe(403);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
