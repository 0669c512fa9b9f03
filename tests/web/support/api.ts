import { inject } from "vitest";

/** A token for a role, from the gateway's development endpoint, as the app's role picker gets it. */
export async function devToken(role: string, municipality?: string): Promise<string> {
  const response = await fetch(new URL("/auth/dev-token", inject("webUrl")), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role, municipality }),
  });
  const body = (await response.json()) as { token: string };
  return body.token;
}

/** A query to the stack's gateway, as a role or anonymously; the answer's data, or a thrown error. */
export async function api<T = any>(query: string, variables: Record<string, unknown> = {}, as?: [string, string?]): Promise<T> {
  const response = await fetch(new URL("/graphql", inject("webUrl")), {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-csrf": "1", ...(as ? { authorization: `Bearer ${await devToken(...as)}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}
