import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { encodeIdentity, signForwarded, verifyForwarded, type Identity } from "../src/index.js";

const editor: Identity = { subject: "u1", role: "editor", municipality: "assens" };
const body = '{"query":"{ __typename }"}';
const identity = encodeIdentity(editor);
const signature = signForwarded(identity, body, "secret");

function refused(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.code;
  }
  throw new Error("was not refused");
}

describe("the gateway's proof on forwarded requests", () => {
  it("carries the identity the gateway signed", () => {
    expect(verifyForwarded({ identity, signature }, body, "secret")).toEqual(editor);
  });

  it.each([
    ["no headers", {}, body, "secret"],
    ["another body", { identity, signature }, '{"query":"mutation { x }"}', "secret"],
    ["another identity", { identity: encodeIdentity({ ...editor, role: "ministry" }), signature }, body, "secret"],
    ["another secret", { identity, signature }, body, "other"],
  ])("refuses %s as FORBIDDEN", (_what, headers, sentBody, secret) => {
    expect(refused(() => verifyForwarded(headers, sentBody, secret))).toBe("FORBIDDEN");
  });
});
