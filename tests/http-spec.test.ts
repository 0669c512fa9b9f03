// GraphQL over HTTP as graphql-http's own server audit checks it, against the real gateway: once
// with nothing cached, once with every answer the audit asks for served from the response cache.
import { auditServer, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])),
    responseCache: { enabled: true, ttlSeconds: 600, maxMegabytes: 8 },
    // The audit sends its variables to `__type`, which a gateway refuses while introspection is off.
    introspection: true,
  });
});
afterAll(() => gateway?.stop());

/** Every GET must name a CSRF header (no page can send one across sites); a client of the API sends it. */
const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), "x-graphql-csrf": "1" } });

/** How many audits of each level (MUST, SHOULD, MAY) ended in each status (ok, warn, notice, error). */
function counts(results: AuditResult[]): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const { name, status } of results) {
    const level = (table[name.split(" ")[0]!] ??= {});
    level[status] = (level[status] ?? 0) + 1;
  }
  return table;
}

describe("the GraphQL-over-HTTP audit", () => {
  it.each(["with nothing cached", "with every answer cached"])("passes every MUST %s", async (when) => {
    const results = await auditServer({ url: gateway.url, fetchFn });
    console.log(`graphql-http audit, ${when}: ${JSON.stringify(counts(results))}`);
    for (const r of results.filter((r) => r.status !== "ok")) console.log(`  ${r.status}: ${r.name}${"reason" in r ? ` (${r.reason})` : ""}`);
    const failedMusts = results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok").map((r) => `${r.name}: ${"reason" in r ? r.reason : r.status}`);
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.name.startsWith("MUST")).length).toBeGreaterThan(10);
  });

  it("was answered from the cache the second time", async () => {
    const answer = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(answer.headers.get("x-cache")).toBe("HIT");
  });
});
