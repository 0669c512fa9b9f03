import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then releases what the server holds. */
  stop(): Promise<void>;
}

/** A request id a caller may choose: it goes into every log line and on to every subgraph. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** How long in-flight requests may take to finish after a stop. */
const DRAIN_MS = 10_000;

/**
 * Listens on `port` (0 for any free one) and serves `/graphql`. `stop` refuses new connections at
 * once, waits up to DRAIN_MS for requests in flight, then closes what is left and calls `release`.
 */
export async function serveHttp(listener: RequestListener, options: { port: number; host?: string }, release: () => Promise<void>): Promise<RunningServer> {
  const server = createServer();
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  // While draining, a connection closes once its response is out instead of waiting for more requests.
  const lastOnItsConnection = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("connection", "close");
    else res.once("finish", () => setImmediate(() => server.closeIdleConnections()));
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    // Anything else is dropped, and the service makes an id of its own.
    const requestId = req.headers["x-request-id"];
    if (requestId !== undefined && (typeof requestId !== "string" || !REQUEST_ID.test(requestId))) delete req.headers["x-request-id"];
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    if (draining) lastOnItsConnection(res);
  });
  server.on("request", listener);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of inFlight) lastOnItsConnection(res);
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
    clearTimeout(timer);
    server.closeAllConnections();
    await release();
  };
  return {
    url: `http://${host}:${port}/graphql`,
    stop: () => (stopped ??= stop()),
  };
}
