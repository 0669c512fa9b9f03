import autocannon from "autocannon";
import type { BenchRequest, Scenario } from "./scenarios.js";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx (what a refusal scenario expects of every request). */
  non2xx: number;
  /** Connection errors and timeouts. */
  failures: number;
  /** Answers that carried GraphQL errors (a member's part missing, say), whatever their status. */
  withErrors: number;
}

const body = (request: BenchRequest) => JSON.stringify({ query: request.query, variables: request.variables ?? {} });
const headers = (request: BenchRequest) => ({
  "content-type": "application/json",
  accept: "application/graphql-response+json",
  ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
});

/** One round of the scenario first: one that answers with errors is a broken benchmark, not a fast one. */
export async function checkAnswers(url: string, scenario: Scenario): Promise<void> {
  for (const request of scenario.requests) {
    const response = await fetch(url, { method: "POST", headers: headers(request), body: body(request) });
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (!response.ok || answer.errors || !answer.data) {
      throw new Error(`${scenario.name} at ${url}: ${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 300)}`);
    }
  }
}

/** One request first: a hostile scenario must be refused with the expected limit, not answered. */
export async function checkRefused(url: string, scenario: Scenario & { limit: string }): Promise<void> {
  const request = scenario.requests[0]!;
  const response = await fetch(url, { method: "POST", headers: headers(request), body: body(request) });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
  const error = answer.errors?.[0]?.extensions;
  if (response.status !== 400 || error?.code !== "OPERATION_LIMIT_EXCEEDED" || error.limit !== scenario.limit) {
    throw new Error(`${scenario.name} at ${url} was not refused by the ${scenario.limit} limit: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
  }
}

/**
 * `connections` clients sending the scenario's requests in turn, back to back, for `seconds`,
 * over HTTP keep-alive. With `unique`, every request's document differs (by a comment), so no
 * parse, validation or response cache answers it: what an attacker varying each request costs.
 */
export async function load(url: string, scenario: Scenario, connections: number, seconds: number, unique = false): Promise<LoadResult> {
  let n = 0;
  let withErrors = 0;
  // Every answer read as it came: a 200 with a member's part missing is an error too.
  const onResponse = (_status: number, answer: string) => void (answer.includes('"errors":') && withErrors++);
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    duration: seconds,
    requests: scenario.requests.map((request) => ({
      method: "POST",
      headers: headers(request),
      body: body(request),
      onResponse,
      ...(unique ? { setupRequest: (r: autocannon.Request) => ({ ...r, body: body({ ...request, query: `${request.query}\n# ${n++}` }) }) } : {}),
    })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    failures: result.errors + result.timeouts,
    withErrors,
  };
}
