import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { serveHttp, type RunningServer } from "@frikommune/service";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Registry } from "prom-client";

export interface HttpOptions<TContext> {
  port: number;
  host?: string;
  /** Per request, with the raw body: subgraphs check the gateway's token against it. */
  context: (request: { headers: IncomingMessage["headers"]; body: string }) => Promise<TContext>;
  /** `GET /ready`: whether the server can do its work now (its database answers). */
  ready: () => Promise<boolean>;
  /** `GET /metrics`, in Prometheus' text format. */
  metrics?: Registry;
}

const MAX_BODY_BYTES = 1 << 20;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const refusal = (status: number, code: string, message: string) => ({ status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) });

/** What a request that failed before GraphQL could answer it gets: 413, 400 for malformed input, else 500. */
function failure(error: unknown) {
  if (error instanceof BodyTooLarge) return refusal(413, "PAYLOAD_TOO_LARGE", `The request body may be at most ${MAX_BODY_BYTES} bytes`);
  if (error instanceof SyntaxError) return refusal(400, "BAD_REQUEST", "The request body is not valid JSON");
  return refusal(500, "INTERNAL_SERVER_ERROR", "Internal server error");
}

/** Serves a started Apollo server at /graphql over plain node:http, with /health and /ready. */
export async function listen<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: HttpOptions<TContext>): Promise<RunningServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // Liveness: the process is up and serving.
    if (url.pathname === "/health") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (url.pathname === "/ready") {
      const ready = await options.ready().catch(() => false);
      return void res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" }).end(ready ? "ready" : "not ready");
    }
    if (url.pathname === "/metrics" && options.metrics) {
      return void res.writeHead(200, { "content-type": options.metrics.contentType }).end(await options.metrics.metrics());
    }
    if (url.pathname !== "/graphql") return void res.writeHead(404).end();
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
    handle(req, res).catch((error: unknown) => {
      const { status, body } = failure(error);
      if (status >= 500) console.error("request failed:", error);
      else console.warn(`request refused with ${status}:`, (error as Error).message);
      if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    });
  };
  return serveHttp(listener, options, () => apollo.stop());
}
