import CircuitBreaker from "opossum";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { Counter, Gauge } from "prom-client";
import type { CircuitBreakerConfig } from "@frikommune/config";
import { metric } from "@frikommune/telemetry";

type Fetch = Parameters<NonNullable<GatewayPlugin["onFetch"]>>[0]["fetchFn"];
type FetchArguments = [fetch: Fetch, ...Parameters<Fetch>];

/** The states as `frikommune_gateway_circuit_state` reports them. */
const CIRCUIT_STATES = { closed: 0, "half-open": 1, open: 2 } as const;
type CircuitState = keyof typeof CIRCUIT_STATES;

const circuitState = () =>
  metric(
    "frikommune_gateway_circuit_state",
    (registers) =>
      new Gauge({
        name: "frikommune_gateway_circuit_state",
        help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (one probe fetch let through), 2 open (its fetches fail at once).",
        labelNames: ["subgraph"],
        registers,
      }),
  );

const shortCircuits = () =>
  metric(
    "frikommune_gateway_circuit_short_circuits_total",
    (registers) =>
      new Counter({
        name: "frikommune_gateway_circuit_short_circuits_total",
        help: "Subgraph fetches not sent because the subgraph's circuit breaker was open, by subgraph.",
        labelNames: ["subgraph"],
        registers,
      }),
  );

/** A 5xx answer: a failure to the breaker, and still passed on to the executor as it came. */
class ServerError extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/** A fetch abandoned because its caller went away (or the gateway stops): it says nothing about the subgraph. */
class Abandoned extends Error {}

async function send(...[fetch, url, options, context, info]: FetchArguments): Promise<Response> {
  try {
    const response = await fetch(url, options, context, info);
    if (response.status >= 500) throw new ServerError(response);
    return response;
  } catch (error) {
    // The fetch rejects with a plain AbortError either way; the gateway's timeout is the signal's reason.
    const signal = options?.signal;
    if (signal?.aborted && (signal.reason as Error | undefined)?.name !== "TimeoutError") throw new Abandoned("abandoned", { cause: error });
    throw error;
  }
}

/**
 * A circuit breaker (opossum) per subgraph around its fetches. Transport errors, 5xx answers and
 * the gateway's timeout (SUBGRAPH_TIMEOUT_MS, which aborts the fetch) are failures; any answer
 * below 500, GraphQL errors such as BAD_USER_INPUT included, is not. Once enough fetches in the
 * window failed, the subgraph's fetches fail at once (its part `SUBGRAPH_UNAVAILABLE`, by
 * `useSubgraphAvailability`) for the cool-down; then one probe goes through, and its answer
 * closes the breaker again.
 */
export function useCircuitBreakers(config: CircuitBreakerConfig, subgraphs: readonly string[], log: Logger): GatewayPlugin {
  const breakers = new Map<string, CircuitBreaker<FetchArguments, Response>>();
  const breakerOf = (subgraph: string) => {
    const known = breakers.get(subgraph);
    if (known) return known;
    const breaker = new CircuitBreaker(send, {
      name: subgraph,
      // The gateway's upstream timeout already ends a fetch that takes too long.
      timeout: false,
      volumeThreshold: config.minFetches,
      errorThresholdPercentage: config.errorPercent,
      rollingCountTimeout: config.windowMs,
      resetTimeout: config.cooldownMs,
      errorFilter: (error) => error instanceof Abandoned,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
    });
    const moved = (state: CircuitState) => () => {
      circuitState().set({ subgraph }, CIRCUIT_STATES[state]);
      const { fires, failures } = breaker.stats;
      // What opened it: the fetches and failures in the window.
      const line = { subgraph, state, ...(state === "open" ? { fetches: fires, failures, cooldownMs: config.cooldownMs } : {}) };
      if (state === "open") log.warn(line, "circuit breaker");
      else log.info(line, "circuit breaker");
    };
    breaker.on("open", moved("open"));
    breaker.on("halfOpen", moved("half-open"));
    breaker.on("close", moved("closed"));
    breaker.on("reject", () => shortCircuits().inc({ subgraph }));
    circuitState().set({ subgraph }, CIRCUIT_STATES.closed);
    shortCircuits().inc({ subgraph }, 0);
    breakers.set(subgraph, breaker);
    return breaker;
  };
  for (const subgraph of subgraphs) breakerOf(subgraph);
  return {
    onFetch({ executionRequest, fetchFn, setFetchFn }) {
      const subgraph = executionRequest?.subgraphName;
      if (!subgraph) return;
      const breaker = breakerOf(subgraph);
      setFetchFn((url, options, context, info) =>
        breaker.fire(fetchFn, url, options, context, info).catch((error: unknown) => {
          if (error instanceof ServerError) return error.response;
          if (error instanceof Abandoned) throw error.cause;
          // The cause the gateway's log gives for the member's missing part.
          throw CircuitBreaker.isOurError(error as Error) ? new Error("circuit breaker open") : error;
        }),
      );
    },
    onDispose() {
      for (const breaker of breakers.values()) breaker.shutdown();
    },
  };
}
