import { Client, fetchExchange } from "urql";
import { cacheExchange, type Cache } from "@urql/exchange-graphcache";
import schema from "../gql/schema.json";

interface Introspection {
  __schema: { types: { kind: string; name: string; fields?: { name: string }[] | null }[] };
}

/** Types without an id of their own (summaries, connections, sources…) live inside their parent in the cache. */
const EMBEDDED = (schema as unknown as Introspection).__schema.types
  .filter((type) => type.kind === "OBJECT" && type.name !== "Query" && type.name !== "Mutation" && !type.fields?.some((field) => field.name === "id"))
  .map((type) => type.name);

/**
 * One client per signed-in caller (a new one on every sign-in and sign-out, so nobody reads
 * another caller's cached answers), with a normalised cache. After any write, every root field
 * is read again: lists, counts and summaries it may have changed come fresh from the gateway.
 */
export function createClient(token: string | null): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: { "x-graphql-csrf": "1", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
    exchanges: [
      cacheExchange({
        schema: schema as never,
        keys: Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
        updates: {
          Mutation: new Proxy({}, {
            get: () => (_result: unknown, _args: unknown, cache: Cache) => {
              for (const field of cache.inspectFields("Query")) {
                if (field.fieldName !== "viewer") cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
              }
            },
          }),
        },
      }),
      fetchExchange,
    ],
  });
}
