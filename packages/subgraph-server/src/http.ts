import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { serveHttp, type RunningServer } from "@frikommune/service";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { registry, serveMetrics, tracer, type Logger } from "@frikommune/telemetry";
import { attachRecord, finishRecord, startRecord, type RequestRecord } from "./request-log.js";

export interface HttpOptions<TContext> {
  /** The subgraph's name, on its spans. */
  name: string;
  port: number;
  host?: string;
  /** Per request, with its method, path (with query) and raw body: subgraphs check the gateway's token against them (and note the caller on `record`). */
  context: (request: { method: string; path: string; headers: IncomingMessage["headers"]; body: string; record: RequestRecord }) => Promise<TContext>;
  /** `GET /ready`: whether the server can do its work now (its database answers). */
  ready: () => Promise<boolean>;
  log: Logger;
  /** Where /metrics is served: on this port, or on one of its own (METRICS_PORT). */
  metricsPort: number | null;
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
    if (url.pathname === "/metrics" && options.metricsPort === null) return void res.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
    if (url.pathname !== "/graphql") return void res.writeHead(404).end();
    const record = startRecord(req);
    // The gateway's span is the parent: its `traceparent` header carries it here.
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer().startSpan(`subgraph ${options.name}`, { kind: SpanKind.SERVER, attributes: { "frikommune.subgraph": options.name, "frikommune.request_id": record.requestId } }, parent);
    try {
      await context.with(trace.setSpan(parent, span), () => serveGraphql(req, res, url, record));
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      respondFailure(res, error);
    } finally {
      if (record.operation) span.updateName(`subgraph ${options.name}: ${record.operation}`).setAttribute("graphql.operation.name", record.operation);
      span.end();
      finishRecord(options.log, record, res.statusCode, span);
    }
  };

  const serveGraphql = async (req: IncomingMessage, res: ServerResponse, url: URL, record: RequestRecord) => {
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
      context: async () => attachRecord(await options.context({ method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body, record }), record),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const respondFailure = (res: ServerResponse, error: unknown) => {
    const { status, body } = failure(error);
    if (status >= 500) options.log.error({ err: error }, "request failed");
    else options.log.warn({ status, reason: (error as Error).message }, "request refused");
    if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" });
    res.end(body);
  };

  const listener: RequestListener = (req, res) => void handle(req, res).catch((error: unknown) => respondFailure(res, error));
  const metrics = options.metricsPort === null ? null : await serveMetrics(options.metricsPort, options.host ?? "127.0.0.1");
  return serveHttp(listener, options, async () => {
    await apollo.stop();
    await metrics?.stop();
  });
}
