import { describe, expect, it } from "vitest";
import { signDevToken } from "@frikommune/auth";
import { loadTokenConfig } from "@frikommune/config";
import { members, subgraphName } from "@frikommune/members";
import type { GraphQLResponse } from "./support/graph.js";
import { startedForTests } from "./support/lifecycle.js";
import { health, startStandIn, useProcessGraph } from "./support/processes.js";
import { MINISTRY_QUERY } from "./support/queries.js";

/** Nothing about where or how a service runs may reach a client. */
const INTERNALS = /127\.0\.0\.1|localhost|https?:\/\/|ECONN|socket|stack|\.ts:\d|node_modules/i;
const MAX_WAIT_MS = 1_000;
/** Any member: its subgraph holds the first request for as long as the test needs. */
const held = subgraphName(members.at(-1)!.slug);

async function ministry(gateway: { url: string }) {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await signDevToken(loadTokenConfig(), "ministry")}` },
    body: JSON.stringify({ query: MINISTRY_QUERY, variables: { first: 5 } }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), ...((await response.json()) as GraphQLResponse) };
}

/** A sample of the gateway's /metrics by its full name and labels, e.g. `x{state="waiting"}`. */
async function sample(gateway: { url: string }, series: string): Promise<number> {
  const line = (await (await fetch(new URL("/metrics", gateway.url))).text()).split("\n").find((l) => l.startsWith(`${series} `));
  return Number(line?.slice(series.length + 1));
}

async function until(condition: () => Promise<boolean>) {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 20));
}

describe("a gateway whose heap is full", () => {
  const standIn = startedForTests(startStandIn);
  // A heap always "full": one request runs at a time, one may wait for it, and not for long.
  const graph = useProcessGraph(() => ({
    gatewayEnv: { ADMISSION_HEAP_PERCENT: "1", ADMISSION_MAX_WAITING: "1", ADMISSION_MAX_WAIT_MS: String(MAX_WAIT_MS) },
    subgraphUrls: { [held]: standIn.url },
  }));

  it("runs what it can, makes the next wait, refuses the rest with 503 OVERLOADED and Retry-After, and keeps serving", async () => {
    const refusedBefore = await Promise.all(["too many waiting", "waited too long"].map((reason) => sample(graph.gateway, `frikommune_gateway_admission_refused_total{reason="${reason}"}`)));
    const running = ministry(graph.gateway);
    await standIn.holding();
    const waiting = ministry(graph.gateway);
    await until(async () => (await sample(graph.gateway, 'frikommune_gateway_admission_requests{state="waiting"}')) === 1);

    const refused = await ministry(graph.gateway);
    expect(refused).toMatchObject({ status: 503, retryAfter: "1", errors: [{ extensions: { code: "OVERLOADED" } }] });
    expect(refused.data).toBeUndefined();
    expect(JSON.stringify(refused)).not.toMatch(INTERNALS);
    expect(await health(graph.gateway)).toBe(200);

    const waitedTooLong = await waiting;
    expect(waitedTooLong).toMatchObject({ status: 503, retryAfter: "1", errors: [{ extensions: { code: "OVERLOADED" } }] });

    standIn.release(graph.subgraphs.get(held)!.url);
    const answered = await running;
    expect(answered.status).toBe(200);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.municipalities.map((m: { slug: string }) => m.slug)).toEqual(members.map((m) => m.slug));
    expect((await ministry(graph.gateway)).status).toBe(200);

    const refusedAfter = await Promise.all(["too many waiting", "waited too long"].map((reason) => sample(graph.gateway, `frikommune_gateway_admission_refused_total{reason="${reason}"}`)));
    expect(refusedAfter).toEqual(refusedBefore.map((n) => n + 1));
    expect(await sample(graph.gateway, 'frikommune_gateway_admission_requests{state="running"}')).toBe(0);
  });
});
