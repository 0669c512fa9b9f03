import pg from "pg";
import { GATEWAY_CONNECTIONS } from "@frikommune/config";
import { watchPool } from "@frikommune/telemetry";
import type { Logger } from "@graphql-hive/logger";

const CHANNEL = "frikommune_changes";

/**
 * What a gateway learns of writes: its own at once, and, through PostgreSQL LISTEN/NOTIFY on the
 * gateways' shared database, every other replica's. A gateway announces a write before it
 * acknowledges it, and `sync()` makes sure every announcement committed before it was called has
 * been applied, so a write acknowledged through one replica is seen by the next read at any.
 */
export interface ChangeFeed {
  /** Applies a write to `subgraph` here and tells the other replicas; resolves once both are done. */
  announce(subgraph: string): Promise<void>;
  /** Resolves once every announcement made before the call has been applied here. */
  sync(): Promise<void>;
  /** False while the feed cannot promise `sync` (its connection is down): the cache stays out of the way. */
  readonly reliable: boolean;
  close(): Promise<void>;
}

/** A single gateway: its own writes are all the writes there are. */
export function localChangeFeed(apply: (subgraph: string) => void): ChangeFeed {
  return {
    announce: async (subgraph) => apply(subgraph),
    sync: async () => {},
    reliable: true,
    close: async () => {},
  };
}

export async function sharedChangeFeed(databaseUrl: string, apply: (subgraph: string) => void, onGap: () => void, log: Logger): Promise<ChangeFeed> {
  let listener: pg.Client | null = null;
  let reliable = false;
  let closed = false;
  let onWire: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: GATEWAY_CONNECTIONS.changeFeedPublisher });
  watchPool("change_feed", publisher);
  publisher.on("error", () => {}); // a dropped idle connection is replaced on the next announcement

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on("notification", (message) => message.channel === CHANNEL && message.payload && apply(message.payload));
    client.on("error", () => {});
    client.on("end", () => {
      if (closed) return;
      // Announcements may be missed while disconnected: forget everything cached, then listen again.
      reliable = false;
      listener = null;
      onGap();
      log.warn("change feed disconnected; reconnecting");
      setTimeout(() => void connect().catch(() => client.emit("end")), 1000);
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    listener = client;
    onGap();
    reliable = true;
  };
  await connect();

  return {
    async announce(subgraph) {
      apply(subgraph);
      await publisher.query("select pg_notify($1, $2)", [CHANNEL, subgraph]);
    },
    // A round trip on the listening connection: PostgreSQL delivers the notifications it holds
    // before the answer, so those committed before the round trip began are applied when it
    // resolves. A caller arriving while one is on the wire waits for the next, shared with
    // every other caller arriving meanwhile.
    sync() {
      const send = (): Promise<void> => {
        if (!listener) return Promise.reject(new Error("change feed is disconnected"));
        const trip = listener.query("select 1").then(() => undefined);
        onWire = trip;
        trip.then(
          () => void (onWire === trip && (onWire = null)),
          () => void (onWire === trip && (onWire = null)),
        );
        return trip;
      };
      if (!onWire) return send();
      queued ??= onWire
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return send();
        });
      return queued;
    },
    get reliable() {
      return reliable;
    },
    async close() {
      closed = true;
      await listener?.end();
      await publisher.end();
    },
  };
}
