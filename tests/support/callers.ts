import { signDevToken, type Role } from "@frikommune/auth";
import { loadTokenConfig } from "@frikommune/config";
import { expect } from "vitest";
import type { GraphQLResponse, TestGraph } from "./graph.js";

/** A caller of the graph: a role with its municipality, or null for anonymous. */
export type Caller = [Role, string?] | null;

/** A caller whose own subject matters: the same person making two writes, or two people in one role. */
export interface Person {
  subject: string;
  role: Role;
  municipality?: string;
}

const tokenFor = (caller: NonNullable<Caller> | Person) =>
  Array.isArray(caller) ? signDevToken(loadTokenConfig(), caller[0], caller[1]) : signDevToken(loadTokenConfig(), caller.role, caller.municipality, { subject: caller.subject });

/** Sends a query through the gateway with a development token for the caller. */
export async function as(graph: Pick<TestGraph, "gateway">, caller: Caller | Person, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const authorization = caller ? `Bearer ${await tokenFor(caller)}` : undefined;
  const response = await fetch(graph.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

export const CALLERS: [who: string, caller: Caller][] = [
  ["anonymous", null],
  ["Holbæk's editor", ["editor", "holbaek"]],
  ["Holbæk's coordinator", ["coordinator", "holbaek"]],
  ["Assens' editor", ["editor", "assens"]],
  ["Assens' coordinator", ["coordinator", "assens"]],
  ["a network coordinator", ["network-coordinator"]],
  ["the ministry", ["ministry"]],
];

export type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN";

/** One cell of an authorization matrix: the mutation answered, or was refused with the code and no data. */
export function expectOutcome(response: GraphQLResponse, mutation: string, expected: Outcome): void {
  const { data, errors } = response;
  if (expected === "allowed") {
    expect(errors).toBeUndefined();
    expect(data[mutation]).toBeTruthy();
  } else {
    expect(errors?.[0]?.extensions?.code).toBe(expected);
    expect(data?.[mutation] ?? null).toBeNull();
  }
}
