import autocannon from "autocannon";
import type { Scenario } from "./scenarios.js";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
}

const body = (scenario: Scenario) => JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });

/** One request first: a scenario that answers with errors is a broken benchmark, not a fast one. */
export async function checkAnswers(url: string, scenario: Scenario): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body(scenario) });
  const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || answer.errors || !answer.data) {
    throw new Error(`${scenario.name} at ${url}: ${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 300)}`);
  }
}

/** `connections` clients sending the scenario back to back for `seconds`, over HTTP keep-alive. */
export async function load(url: string, scenario: Scenario, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body(scenario),
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
