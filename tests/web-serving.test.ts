import { describe, expect, it } from "vitest";
import { useTestGraph } from "./support/graph.js";

// The gateway as production runs it (the tests run outside development mode).
const graph = useTestGraph();
const at = (path: string, init?: RequestInit) => fetch(new URL(path, graph.gateway.url), init);

describe("the web app served by the gateway", () => {
  it("answers / and every page address with the app, under a strict content security policy", async () => {
    for (const path of ["/", "/forsoeg", "/kommune/holbaek", "/kommune/holbaek/forsoeg/x"]) {
      const response = await at(path, { headers: { accept: "text/html" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/<div id="root">/);
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it("serves the app's assets, named by content and cached for long, and nothing else under /assets/", async () => {
    const html = await (await at("/", { headers: { accept: "text/html" } })).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await at(script);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect((await at("/assets/nothing-here.js")).status).toBe(404);
  });

  it("offers no development sign-in outside development mode", async () => {
    const config = await (await at("/auth/config")).json();
    expect(config).toEqual({ development: null, oidc: null });
    const response = await at("/auth/dev-token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ role: "ministry" }) });
    expect(response.status).toBe(404);
  });

  it("leaves the API and the probes where they were", async () => {
    expect((await at("/health")).status).toBe(200);
    const response = await at("/graphql", { method: "POST", headers: { "content-type": "application/json", "x-graphql-csrf": "1" }, body: JSON.stringify({ query: "{ viewer { authenticated } }" }) });
    expect(await response.json()).toEqual({ data: { viewer: { authenticated: false } } });
  });
});
