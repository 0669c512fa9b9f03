import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../src/server.js";

// The IDE switched on explicitly, as development mode does by default.
let gateway: RunningGateway;
let hardened: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway({ port: 0, ide: true, introspection: true });
  hardened = await startGateway({ port: 0 });
});
afterAll(() => Promise.all([gateway?.stop(), hardened?.stop()]));

/** A GET with the path exactly as given: `fetch` and `URL` would normalise `..` away before sending. */
function rawGet(path: string): Promise<number> {
  const { hostname, port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the browser IDE", () => {
  it("is served at /graphql with every asset from the gateway itself, so it works offline", async () => {
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.sort()).toEqual(["/ide/graphiql.css", "/ide/graphiql.js", "/ide/react-dom.js", "/ide/react.js", "/ide/start.js"]);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, gateway.url));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(asset.endsWith("start.js") ? 100 : 1000);
    }
  });

  it("runs under a content security policy that allows only its own scripts, and holds no inline script", async () => {
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy.split("; ")).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]));
    const scripts = [...(await page.text()).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => ({ attributes: attributes!.trim(), body: body!.trim() }));
    const inline = scripts.filter((s) => !/\bsrc="/.test(s.attributes) && !s.attributes.includes('type="application/json"'));
    expect(inline).toEqual([]);
    const settings = scripts.find((s) => s.attributes.includes('type="application/json"'))!;
    expect(JSON.parse(settings.body)).toMatchObject({ endpoint: "/graphql", defaultQuery: expect.stringContaining("municipalities") });
  });

  it("answers /health for load balancers", async () => {
    const response = await fetch(new URL("/health", gateway.url));
    expect(response.status).toBe(200);
  });

  it.each(["/ide/../../package.json", "/ide/..%2F..%2Fpackage.json", "/ide/%2e%2e/%2e%2e/package.json", "/ide/constructor", "/ide/__proto__", "/elsewhere"])(
    "answers %s with 404",
    async (path) => {
      expect(await rawGet(path)).toBe(404);
    },
  );

  it("refuses a cross-site GET query without a preflight header (CSRF prevention)", async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe("Required CSRF header(s) not present");
  });

  it("answers the same GET query when the client sends a preflight header", async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { "x-graphql-csrf": "1" } });
    expect([response.status, await response.json()]).toEqual([200, { data: { __typename: "Query" } }]);
  });

  it("refuses a mutation over GET", async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('mutation { removeGroupMember(id: "x") { id } }')}`, { headers: { "x-graphql-csrf": "1" } });
    expect(response.status).toBe(405);
  });

  it("refuses a batch of operations", async () => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
  });
});

describe("outside development, by default", () => {
  it("serves no IDE", async () => {
    const page = await fetch(hardened.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    expect(await page.text()).not.toMatch(/<html|GraphiQL/i);
    expect((await fetch(new URL("/ide/graphiql.js", hardened.url))).status).toBe(404);
  });

  it("refuses introspection", async () => {
    const response = await fetch(hardened.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }) });
    const { data, errors } = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(data).toBeUndefined();
    expect(errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers introspection when it is switched on", async () => {
    const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }) });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });
});
