import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";
import type { SubgraphToken } from "@frikommune/auth";
import type { SpentTokens } from "@frikommune/db";

// A property of the context rather than a WeakMap entry: Apollo runs each operation on a shallow copy of the context.
const TOKEN = Symbol("gateway token");
type WithToken = { [TOKEN]?: SubgraphToken };

/** Ties a request's GraphQL context to the gateway token it came with, for the plugin below. */
export function attachToken<T extends object>(context: T, token: SubgraphToken): T {
  return Object.assign(context, { [TOKEN]: token });
}

function replayed(): GraphQLError {
  return new GraphQLError("This request was answered before; the gateway signs every mutation anew", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}

/**
 * A mutation runs once per gateway token: its token is spent before it executes, and a token
 * spent before (by any replica) refuses the request, so a captured request cannot be run again.
 */
export function singleUseMutations<TContext extends BaseContext>(spent: SpentTokens): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const token = (contextValue as WithToken)[TOKEN];
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          if (!token || !(await spent.spend(token.id, token.expiresAt))) throw replayed();
        },
      };
    },
  };
}
