import { GraphQLError } from "graphql";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { encodeIdentity, IDENTITY_HEADER, SIGNATURE_HEADER, signForwarded, ANONYMOUS, type Identity } from "@frikommune/auth";

export { formatError as formatGatewayError } from "@frikommune/subgraph-server";

export interface GatewayContext {
  identity: Identity;
}

/**
 * Forwards the caller's identity to a subgraph, signed with the request body, and names a
 * subgraph that cannot be reached without its address or the socket error: clients get
 * `SUBGRAPH_UNAVAILABLE` with the subgraph's name, the gateway's log gets the cause.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly name: string, url: string, secret: string) {
    super({
      url,
      fetcher: (input, init) => {
        const headers = new Headers(init?.headers as Record<string, string>);
        headers.set(SIGNATURE_HEADER, signForwarded(headers.get(IDENTITY_HEADER) ?? "", String(init?.body ?? ""), secret));
        return fetch(input, { ...(init as RequestInit), headers }) as never;
      },
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    request.http?.headers.set(IDENTITY_HEADER, encodeIdentity((context as Partial<GatewayContext>).identity ?? ANONYMOUS));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions?.response) throw error;
      console.error(`subgraph ${this.name}:`, error instanceof Error ? error.message : error);
      throw new GraphQLError(`The ${this.name} subgraph is unavailable; its part of the answer is missing.`, {
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.name },
      });
    }
  }
}
