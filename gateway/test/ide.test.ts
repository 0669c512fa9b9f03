import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../src/server.js";

let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway({ port: 0 });
});
afterAll(() => gateway?.stop());

describe("the browser IDE", () => {
  it("is served at /graphql with every asset from the gateway itself, so it works offline", async () => {
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.sort()).toEqual(["/ide/graphiql.css", "/ide/graphiql.js", "/ide/react-dom.js", "/ide/react.js"]);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, gateway.url));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("answers /health for load balancers", async () => {
    const response = await fetch(new URL("/health", gateway.url));
    expect([response.status, await response.text()]).toEqual([200, "ok"]);
  });

  it("answers unknown asset and page paths with 404", async () => {
    expect((await fetch(new URL("/ide/../../package.json", gateway.url))).status).toBe(404);
    expect((await fetch(new URL("/elsewhere", gateway.url))).status).toBe(404);
  });

  it("refuses a cross-site GET query without a preflight (CSRF prevention)", async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });
});
