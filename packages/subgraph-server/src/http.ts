import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface HttpOptions<TContext> {
  port: number;
  host?: string;
  /** Per request, with the raw body: subgraphs check the gateway's signature over it. */
  context: (request: { headers: IncomingMessage["headers"]; body: string }) => Promise<TContext>;
  /** Answers other paths (the gateway's IDE); returns false to fall through to 404. */
  otherRoutes?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
}

const MAX_BODY_BYTES = 1 << 20;

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Serves a started Apollo server at /graphql over plain node:http. */
export async function listen<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: HttpOptions<TContext>): Promise<RunningServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // For load balancers and `pnpm start`: the process is up and serving.
    if (url.pathname === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (url.pathname !== "/graphql") {
      if (!(await options.otherRoutes?.(req, res, url))) res.writeHead(404).end();
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const body = req.method === "POST" ? await readBody(req) : "";
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? "GET",
        headers,
        search: url.search,
        body: headers.get("content-type")?.includes("application/json") && body ? JSON.parse(body) : body,
      },
      context: () => options.context({ headers: req.headers, body }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const listener: RequestListener = (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Malformed request", extensions: { code: "BAD_REQUEST" } }] }));
    });
  };
  return serveHttp(listener, options, () => apollo.stop());
}

/** Listens on `port` (0 for any free one) and serves `/graphql`; `stop` releases the server, then the rest. */
export async function serveHttp(listener: RequestListener, options: { port: number; host?: string }, release: () => Promise<void>): Promise<RunningServer> {
  const server = createServer(listener);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    stop: async () => {
      await release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
