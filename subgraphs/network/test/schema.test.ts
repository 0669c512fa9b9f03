import { describe, expect, it } from "vitest";
import { Kind, parse, type EnumTypeDefinitionNode, type FieldDefinitionNode, type InterfaceTypeDefinitionNode, type ObjectTypeDefinitionNode } from "graphql";
import { members } from "@frikommune/members";
import { printSubgraphSchema } from "@frikommune/subgraph-server";
import { buildNetworkSchema } from "../src/index.js";

describe("the network subgraph's schema", () => {
  const definitions = parse(printSubgraphSchema(buildNetworkSchema())).definitions;
  const objectTypes = definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const objectType = (name: string) => objectTypes.find((d) => d.name.value === name);
  const field = (type: string, name: string) =>
    (definitions.find((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) && d.name.value === type) as
      ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode | undefined)?.fields?.find((f) => f.name.value === name);
  const directive = (f: FieldDefinitionNode | undefined, name: string) => f?.directives?.find((d) => d.name.value === name);

  it("has one Municipality implementation per member of the registry", () => {
    const implementations = objectTypes.filter((d) => d.interfaces?.some((i) => i.name.value === "Municipality")).map((d) => d.name.value);
    expect(implementations.sort()).toEqual(members.map((m) => `${m.typePrefix}Municipality`).sort());
  });

  it("leaves councils, policies and trials to the members' subgraphs", () => {
    const fields = new Map(objectType("HolbaekMunicipality")!.fields!.map((f) => [f.name.value, f.directives?.map((d) => d.name.value) ?? []]));
    for (const name of ["councils", "policies", "trials", "trialSummary"]) expect(fields.get(name)).toContain("external");
    expect(fields.get("name")).toEqual([]);
  });

  it("says where every type with an id comes from, the Municipality interface and each member's type included", () => {
    // Shared value types (Milestone, Evaluation) are the members' to resolve; the network only names them.
    const own = objectTypes.filter((t) => !t.directives?.some((d) => d.name.value === "shareable"));
    const withId = own.filter((t) => t.fields?.some((f) => f.name.value === "id")).map((t) => t.name.value);
    expect(withId.length).toBeGreaterThan(15);
    for (const type of [...withId, "Municipality"]) {
      expect(field(type, "sources"), type).toBeDefined();
      expect(field(type, "history"), type).toBeDefined();
    }
  });

  it("keeps the fields and values the documents no longer support, deprecated, so clients do not break", () => {
    expect(directive(field("Municipality", "conditionDecidedOn"), "deprecated")).toBeDefined();
    expect(directive(field("MinistryContact", "ministry"), "deprecated")).toBeDefined();
    const decision = definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "ExemptionDecision");
    expect(decision?.values?.find((v) => v.name.value === "NO_LEGAL_BASIS")?.directives?.map((d) => d.name.value)).toEqual(["deprecated"]);
  });

  it("lets a challenge stand without a theme day", () => {
    expect(field("Challenge", "themeDay")?.type.kind).toBe(Kind.NAMED_TYPE);
  });

  it.each([
    ["Query", "challenges"], ["Query", "ministryRules"], ["Query", "sourceDocuments"], ["Network", "statements"], ["Network", "rules"],
    ["Network", "ministryContacts"], ["ThemeDayPlan", "participants"],
  ])("bounds %s.%s and says its maximum", (type, name) => {
    const f = field(type, name);
    expect(directive(f, "listSize")?.arguments?.map((a) => a.name.value)).toEqual(["assumedSize"]);
    expect(f?.description?.value).toMatch(/At most \d+\./);
  });
});
