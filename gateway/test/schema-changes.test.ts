import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiSchemaOf, compareApiSchemas, unacknowledged } from "../src/schema-changes.js";
import { SUPERGRAPH_PATH } from "../src/paths.js";

const published = await readFile(resolve(import.meta.dirname, "../api-schema.graphql"), "utf8");

/** A deliberately changed copy of the published schema. */
function edited(find: string | RegExp, replace: string): string {
  const next = published.replace(find, replace);
  expect(next).not.toBe(published);
  return next;
}

describe("schema governance", () => {
  it("publishes exactly the API of the committed supergraph, as the composer derives it", async () => {
    expect(apiSchemaOf(await readFile(SUPERGRAPH_PATH, "utf8"))).toBe(published);
  });

  it("finds no unacknowledged breaking change between the published API schema and the committed supergraph", async () => {
    const acknowledgements = JSON.parse(await readFile(resolve(import.meta.dirname, "../schema-acknowledgements.json"), "utf8"));
    const { breaking } = compareApiSchemas(published, apiSchemaOf(await readFile(SUPERGRAPH_PATH, "utf8")));
    expect(unacknowledged(breaking, acknowledgements)).toEqual([]);
    expect(published).not.toMatch(/join__|link__|@key/);
  });

  it("catches a removed field as breaking", () => {
    const next = edited(/^  exemption\(code: ID!\): CommonExemption\n/m, "");
    expect(compareApiSchemas(published, next).breaking).toEqual(["FIELD_REMOVED: Query.exemption was removed."]);
  });

  it("catches a field made required as breaking and a new enum value as dangerous", () => {
    const required = edited(/^  municipality\(slug: ID!\): Municipality$/m, "  municipality(slug: ID!, year: Int!): Municipality");
    expect(compareApiSchemas(published, required).breaking).toEqual(["REQUIRED_ARG_ADDED: A required arg year on Query.municipality was added."]);
    const widened = edited(/^  STOPPED$/m, "  STOPPED\n  PAUSED");
    expect(compareApiSchemas(published, widened)).toEqual({ breaking: [], dangerous: ["VALUE_ADDED_TO_ENUM: PAUSED was added to enum type TrialStatus."] });
  });

  it("lets additions through", () => {
    const next = edited(/^type Query \{$/m, "type Query {\n  ping: String");
    expect(compareApiSchemas(published, next)).toEqual({ breaking: [], dangerous: [] });
  });

  it("accepts a breaking change only when it is acknowledged with a reason", () => {
    const change = "FIELD_REMOVED: Query.exemption was removed.";
    expect(unacknowledged([change], [])).toEqual([change]);
    expect(unacknowledged([change], [{ change, reason: "  " }])).toEqual([change]);
    expect(unacknowledged([change], [{ change, reason: "Replaced by exemptions(codes:), announced 2026-10" }])).toEqual([]);
  });
});
