import { afterAll, describe, expect, it } from "vitest";
import { signDevToken, type Role } from "@frikommune/auth";
import { loadTokenConfig, type RateLimitConfig } from "@frikommune/config";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();
const started: RunningGateway[] = [];
afterAll(() => Promise.all(started.map((g) => g.stop())));

/** Another gateway on the test graph's subgraphs, with its own rate limit. */
async function gatewayWith(rateLimit: Partial<RateLimitConfig>, databaseUrl: string | null = null) {
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])),
    rateLimit: { points: 3, windowSeconds: 60, store: "memory", trustedProxies: 0, ...rateLimit },
    databaseUrl,
  });
  started.push(gateway);
  return gateway;
}

async function ask(gateway: RunningGateway, headers: Record<string, string> = {}) {
  const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ network { name } }" }) });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get("retry-after"), code: body.errors?.[0]?.extensions?.code ?? null };
}
const as = async (role: Role) => ({ authorization: `Bearer ${await signDevToken(loadTokenConfig(), role)}` });

describe("rate limiting per caller", () => {
  it("answers 429 with Retry-After once a caller's budget is spent, and leaves other callers alone", async () => {
    const gateway = await gatewayWith({ points: 3 });
    const anonymous = [];
    for (let i = 0; i < 4; i++) anonymous.push(await ask(gateway));
    expect(anonymous.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(anonymous[3]).toMatchObject({ code: "RATE_LIMITED" });
    expect(Number(anonymous[3]!.retryAfter)).toBeGreaterThan(0);
    expect(Number(anonymous[3]!.retryAfter)).toBeLessThanOrEqual(60);
    expect((await ask(gateway, await as("ministry"))).status).toBe(200);
  });

  it("keys authenticated callers by their token's subject, wherever they call from", async () => {
    const gateway = await gatewayWith({ points: 2 });
    const ministry = await as("ministry");
    expect((await ask(gateway, ministry)).status).toBe(200);
    expect((await ask(gateway, ministry)).status).toBe(200);
    expect((await ask(gateway, ministry)).status).toBe(429);
    expect((await ask(gateway, await as("network-coordinator"))).status).toBe(200);
  });

  it("trusts X-Forwarded-For only from the configured number of proxies", async () => {
    const direct = await gatewayWith({ points: 1, trustedProxies: 0 });
    expect((await ask(direct, { "x-forwarded-for": "198.51.100.1" })).status).toBe(200);
    expect((await ask(direct, { "x-forwarded-for": "198.51.100.2" })).status).toBe(429);

    const behindProxy = await gatewayWith({ points: 1, trustedProxies: 1 });
    expect((await ask(behindProxy, { "x-forwarded-for": "198.51.100.1" })).status).toBe(200);
    expect((await ask(behindProxy, { "x-forwarded-for": "198.51.100.2" })).status).toBe(200);
    expect((await ask(behindProxy, { "x-forwarded-for": "203.0.113.9, 198.51.100.2" })).status).toBe(429);
  });

  it("shares one budget between replicas through PostgreSQL", async () => {
    const shared = { points: 4, store: "postgres" as const };
    const [a, b] = [await gatewayWith(shared, graph.databaseUrl), await gatewayWith(shared, graph.databaseUrl)];
    const coordinator = await as("network-coordinator");
    const statuses = [];
    for (const gateway of [a, b, a, b, a]) statuses.push((await ask(gateway, coordinator)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
