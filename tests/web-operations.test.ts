import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, Kind, validate, visit, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { TRIAL_TRANSITIONS } from "@frikommune/municipality-kit";
import * as operations from "../packages/web/src/gql/graphql.js";
import { forMember } from "../packages/web/src/api/members.js";
import { NEXT_STATUSES } from "../packages/web/src/views/trial/lifecycle.js";

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, "../gateway/api-schema.graphql"), "utf8"));
const documents = Object.entries(operations).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith("Document") && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT);
const rootFields = (document: DocumentNode) => {
  const names: string[] = [];
  visit(document, { OperationDefinition: (op) => void names.push(...op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ) });
  return names;
};
// Member operations: those whose root fields are a member's own (holbaekTrial, createHolbaekTrial, …).
const memberDocuments = documents.filter(([, document]) => rootFields(document).some((field) => /holbaek/i.test(field)));

describe("the web app's operations against the published API", () => {
  it("include member operations written for Holbæk", () => {
    expect(memberDocuments.length).toBeGreaterThan(3);
  });

  for (const m of members) {
    it(`are valid for ${m.name} once renamed, and name only ${m.name}'s fields`, () => {
      for (const [name, document] of memberDocuments) {
        const renamed = forMember(document, m.slug);
        expect(validate(schema, renamed).map((e) => e.message), name).toEqual([]);
        const others = members.filter((o) => o.slug !== m.slug).map((o) => o.typePrefix.toLowerCase());
        for (const field of rootFields(renamed)) expect(others.some((o) => field.toLowerCase().includes(o)), `${name}: ${field}`).toBe(false);
      }
    });
  }

  it("offer exactly the status moves the kit allows", () => {
    expect(NEXT_STATUSES).toEqual(TRIAL_TRANSITIONS);
  });
});
