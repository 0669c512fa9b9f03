import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloGateway } from "@apollo/gateway";
import { subgraphs } from "@frikommune/members";
import { isDevelopment } from "@frikommune/subgraph-server";
import { formatGatewayError, SubgraphDataSource } from "./errors.js";
import { ideAsset, ideHtml, IDE_ASSET_PREFIX } from "./ide.js";
import { depthLimit } from "./limits.js";
import { SUPERGRAPH_PATH } from "./paths.js";

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Subgraph URLs by name; defaults to the registry with `SUBGRAPH_<NAME>_URL` overrides. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
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

/** Apollo's query planner over the committed supergraph, served at /graphql with an offline IDE. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const urls = options.subgraphUrls ?? Object.fromEntries(subgraphs().map((s) => [s.name, s.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? (await readFile(SUPERGRAPH_PATH, "utf8")),
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url!),
  });
  const apollo = new ApolloServer({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: process.env.GRAPHQL_INTROSPECTION !== "false",
    validationRules: [depthLimit()],
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname.startsWith(IDE_ASSET_PREFIX)) {
      const asset = await ideAsset(url.pathname.slice(IDE_ASSET_PREFIX.length));
      if (!asset) return void res.writeHead(404).end();
      return void res.writeHead(200, { "content-type": asset.type, "cache-control": "public, max-age=86400" }).end(asset.body);
    }
    if (url.pathname === "/") return void res.writeHead(302, { location: "/graphql" }).end();
    if (url.pathname !== "/graphql") return void res.writeHead(404).end();
    if (req.method === "GET" && !url.search && (req.headers.accept ?? "").includes("text/html")) {
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ideHtml("/graphql"));
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
      context: async () => ({}),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Malformed request", extensions: { code: "BAD_REQUEST" } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
