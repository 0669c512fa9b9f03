import { GraphQLError } from "graphql";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";

export { formatError as formatGatewayError } from "@frikommune/subgraph-server";

/**
 * A subgraph that cannot be reached is named, but its address and the socket error are not:
 * clients get `SUBGRAPH_UNAVAILABLE` with the subgraph's name, the gateway's log gets the cause.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(private readonly name: string, url: string) {
    super({ url });
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
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
