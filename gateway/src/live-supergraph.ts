import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { Counter, Gauge } from "prom-client";
import { metric } from "@frikommune/telemetry";
import type { SubgraphAddress } from "./subgraph-address.js";
import { checkSupergraph, supergraphHash, SupergraphRefused, type Supergraph } from "./supergraph-check.js";
import type { SupergraphSource } from "./supergraph-source.js";

const reloads = () =>
  metric(
    "frikommune_gateway_supergraph_reloads_total",
    (registers) =>
      new Counter({
        name: "frikommune_gateway_supergraph_reloads_total",
        help: "New supergraphs the gateway applied, and those it refused (not servable, or its source unreadable) while the previous one kept serving.",
        labelNames: ["result"],
        registers,
      }),
  );

const serving = () =>
  metric(
    "frikommune_gateway_supergraph_info",
    (registers) => new Gauge({ name: "frikommune_gateway_supergraph_info", help: "The supergraph the gateway serves: 1, labelled with its SHA-256.", labelNames: ["hash"], registers }),
  );

/** The supergraph the gateway serves, which a newer published one replaces without a restart. */
export interface LiveSupergraph {
  /** The one serving now. */
  readonly current: Supergraph;
  /** Calls `listener` with each supergraph applied from now on, once the runtime serves it. */
  onApplied(listener: (supergraph: Supergraph) => void): void;
  /** The runtime's `supergraph`: the source's newest when it can be served, else the one serving. */
  load(): Promise<string>;
  /** Sees the runtime swap in the supergraph `load` gave it. */
  plugin: GatewayPlugin;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads and checks the source at start (a supergraph it cannot serve stops the start), then on
 * each of the runtime's polls. A new supergraph that fails its check is refused, counted and
 * logged once; the previous one keeps serving. The runtime swaps the accepted one in itself.
 */
export async function liveSupergraph(source: SupergraphSource, addressOf: SubgraphAddress, log: Logger): Promise<LiveSupergraph> {
  let current: Supergraph;
  try {
    current = checkSupergraph(await source.read(), addressOf);
  } catch (error) {
    throw new Error(`The supergraph at ${source.where} cannot be served: ${reason(error)}`, { cause: error });
  }
  /** Accepted, handed to the runtime, not yet serving. */
  let pending: Supergraph | null = null;
  /** What was refused last (a hash, or why the source could not be read): not refused twice in a row. */
  let refused: string | null = null;
  const listeners: ((supergraph: Supergraph) => void)[] = [];
  reloads().inc({ result: "applied" }, 0);
  reloads().inc({ result: "refused" }, 0);
  const show = (supergraph: Supergraph) => {
    serving().reset();
    serving().set({ hash: supergraph.hash }, 1);
  };
  show(current);

  const apply = (supergraph: Supergraph) => {
    [current, pending, refused] = [supergraph, null, null];
    reloads().inc({ result: "applied" });
    show(supergraph);
    log.info({ source: source.where, hash: supergraph.hash, subgraphs: supergraph.subgraphs }, "Supergraph applied");
    for (const listener of listeners) listener(supergraph);
  };
  const refuse = (what: string, why: string, hash?: string) => {
    if (what === refused) return;
    refused = what;
    reloads().inc({ result: "refused" });
    log.error({ source: source.where, hash, reason: why }, "Supergraph refused; the previous one keeps serving");
  };

  return {
    get current() {
      return current;
    },
    onApplied: (listener) => void listeners.push(listener),
    async load() {
      const newest = pending ?? current;
      let sdl: string;
      try {
        sdl = await source.read();
      } catch (error) {
        refuse(`unreadable: ${reason(error)}`, `cannot read it: ${reason(error)}`);
        return newest.served;
      }
      const hash = supergraphHash(sdl);
      if (hash === newest.hash) refused = null;
      if (hash === newest.hash || hash === refused) return newest.served;
      let next: Supergraph;
      try {
        next = checkSupergraph(sdl, addressOf);
      } catch (error) {
        if (!(error instanceof SupergraphRefused)) throw error;
        refuse(hash, error.message, hash);
        return newest.served;
      }
      // Published again with nothing the runtime would see (a comment, say): there is nothing to swap.
      if (next.served === current.served) {
        apply(next);
        return next.served;
      }
      pending = next;
      return next.served;
    },
    plugin: {
      onSchemaChange() {
        if (pending) apply(pending);
      },
    },
  };
}
