// The comparison line: a stock @apollo/gateway on the same supergraph and subgraphs, signing
// forwarded requests as the project's gateway does. Run by `pnpm bench` as its own process.
import { readFile } from "node:fs/promises";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ANONYMOUS, encodeIdentity, gatewaySecret, identify, IDENTITY_HEADER, SIGNATURE_HEADER, signForwarded, tokenConfig, type Identity } from "@frikommune/auth";
import { SUPERGRAPH_PATH } from "@frikommune/gateway";
import { subgraphs } from "@frikommune/members";

interface Context {
  identity: Identity;
}

const secret = gatewaySecret();
const urls = Object.fromEntries(subgraphs().map((s) => [s.name, s.url]));

class SignedDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(url: string) {
    super({
      url,
      fetcher: (input, init) => {
        const headers = new Headers(init?.headers as Record<string, string>);
        headers.set(SIGNATURE_HEADER, signForwarded(headers.get(IDENTITY_HEADER) ?? "", String(init?.body ?? ""), secret));
        return fetch(input, { ...(init as RequestInit), headers }) as never;
      },
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Context>["willSendRequest"]>>[0]) {
    request.http?.headers.set(IDENTITY_HEADER, encodeIdentity((context as Partial<Context>).identity ?? ANONYMOUS));
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: await readFile(SUPERGRAPH_PATH, "utf8"),
  buildService: ({ name, url }) => new SignedDataSource(urls[name] ?? url!),
});
const server = new ApolloServer<Context>({ gateway });
const tokens = tokenConfig();
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4001), host: "127.0.0.1" },
  context: async ({ req }) => ({ identity: await identify(req.headers.authorization, tokens) }),
});
console.log(`Stock @apollo/gateway at ${url}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
