import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { maskError } from "../src/errors.js";

const MESSAGE = "Unexpected error.";

describe("gateway error masking", () => {
  it("hides an unexpected internal error outside development", () => {
    const leaky = new GraphQLError('relation "holbaek.trial" does not exist', { originalError: new Error("at 10.0.3.7:5432") });
    const masked = maskError(leaky, MESSAGE, false) as GraphQLError;
    expect(masked.toJSON()).toEqual({ message: MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("hides a thrown non-GraphQL error outside development", () => {
    const masked = maskError(new TypeError("cannot read x of undefined"), MESSAGE, false) as GraphQLError;
    expect(masked.toJSON()).toEqual({ message: MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps an error raised on purpose, with its code", () => {
    const deliberate = new GraphQLError("Sign in to do this", { extensions: { code: "UNAUTHENTICATED" } });
    expect(maskError(deliberate, MESSAGE, false)).toBe(deliberate);
  });

  it("keeps the details in development", () => {
    const leaky = new GraphQLError("boom", { originalError: new Error("boom") });
    expect(maskError(leaky, MESSAGE, true)).toBe(leaky);
  });
});
