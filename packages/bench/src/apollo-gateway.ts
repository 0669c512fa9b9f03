// The comparison line: a stock @apollo/gateway on the same supergraph and subgraphs, signing
// each subgraph request as the project's gateway does. Run by `pnpm bench` as its own process.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ANONYMOUS, identify, SubgraphTokenSigner, type Identity } from "@frikommune/auth";
import { exitOnConfigError, loadGatewayConfig } from "@frikommune/config";
import { ROOT } from "@frikommune/stack";

interface Context {
  identity: Identity;
}

const config = await exitOnConfigError(async () => loadGatewayConfig());
const signer = await SubgraphTokenSigner.fromPem(config.signingKey);
const log = { error: (fields: Record<string, unknown>, message: string) => console.error(message, fields) };

class SignedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(name: string, url: string) {
    super({
      url,
      fetcher: async (input, init) => {
        const headers = new Headers(init?.headers as Record<string, string>);
        const identity = JSON.parse(headers.get("x-bench-identity") ?? "null") ?? ANONYMOUS;
        const { pathname, search } = new URL(String(input));
        const request = { method: init?.method ?? "GET", path: pathname + search, body: String(init?.body ?? "") };
        // Its plans name no fetch's operation (unless exposeDocumentNodeInFetchNode, which costs memory): each fetch is signed anew.
        headers.set("authorization", `Bearer ${await signer.tokenFor(name, identity, request, undefined)}`);
        return fetch(input, { ...(init as RequestInit), headers }) as never;
      },
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>["willSendRequest"]>>[0]) {
    request.http?.headers.set("x-bench-identity", JSON.stringify((context as Partial<Context>).identity ?? ANONYMOUS));
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: await readFile(join(ROOT, "gateway/supergraph.graphql"), "utf8"),
  buildService: ({ name }) => new SignedDataSource(name, config.subgraphUrls[name]!),
});
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: config.port, host: config.host },
  context: async ({ req }) => ({ identity: await identify(req.headers.authorization, config.tokens, log) }),
});
console.log(`Stock @apollo/gateway at ${url}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
