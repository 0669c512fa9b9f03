// The peer the gateway is built on: a stock Hive Gateway with the Rust query planner over the same
// supergraph and subgraphs, with default settings, doing only what the subgraphs require of any
// gateway: it names the caller and signs each subgraph fetch as the project's gateway does. Run
// by `pnpm bench` as its own process.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { getOperationAST } from "graphql";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import http from "@graphql-mesh/transport-http";
import { ANONYMOUS, identify, SubgraphTokenSigner, type Identity } from "@frikommune/auth";
import { exitOnConfigError, loadGatewayConfig } from "@frikommune/config";
import { ROOT } from "@frikommune/stack";

const config = await exitOnConfigError(async () => loadGatewayConfig());
const signer = await SubgraphTokenSigner.fromPem(config.signingKey);
const log = { error: (fields: Record<string, unknown>, message: string) => console.error(message, fields) };
const callers = new WeakMap<Request, Identity>();

const signing: GatewayPlugin = {
  async onRequest({ request }) {
    callers.set(request, await identify(request.headers.get("authorization"), config.tokens, log).catch(() => ANONYMOUS));
  },
  async onFetch({ url, options, setOptions, executionRequest, context }) {
    if (!executionRequest?.subgraphName) return;
    const identity = callers.get((context as { request: Request }).request) ?? ANONYMOUS;
    const { pathname, search } = new URL(url);
    const operation = getOperationAST(executionRequest.document, executionRequest.operationName)?.operation;
    const token = await signer.tokenFor(executionRequest.subgraphName, identity, { method: options.method ?? "GET", path: pathname + search, body: String(options.body ?? "") }, operation);
    setOptions({ ...options, headers: { ...(options.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } });
  },
};

const gateway = createGatewayRuntime({
  supergraph: await readFile(join(ROOT, "gateway/supergraph.graphql"), "utf8"),
  unifiedGraphHandler,
  transports: { http },
  transportEntries: Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
  plugins: () => [signing],
});
const server = createServer(gateway);
server.listen(config.port, config.host, () => console.log(`Stock Hive Gateway at http://${config.host}:${config.port}/graphql`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => server.close(() => process.exit(0)));
