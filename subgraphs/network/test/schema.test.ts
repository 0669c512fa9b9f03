import { describe, expect, it } from "vitest";
import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import { members } from "@frikommune/members";
import { printSubgraphSchema } from "@frikommune/subgraph-server";
import { buildNetworkSchema } from "../src/index.js";

describe("the network subgraph's schema", () => {
  const definitions = parse(printSubgraphSchema(buildNetworkSchema())).definitions;
  const objectType = (name: string) =>
    definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name);

  it("has one Municipality implementation per member of the registry", () => {
    const implementations = definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((d) => d.interfaces?.some((i) => i.name.value === "Municipality"))
      .map((d) => d.name.value);
    expect(implementations.sort()).toEqual(members.map((m) => `${m.typePrefix}Municipality`).sort());
  });

  it("leaves councils, policies and trials to the members' subgraphs", () => {
    const fields = new Map(objectType("HolbaekMunicipality")!.fields!.map((f) => [f.name.value, f.directives?.map((d) => d.name.value) ?? []]));
    for (const name of ["councils", "policies", "trials", "trialSummary"]) expect(fields.get(name)).toContain("external");
    expect(fields.get("name")).toEqual([]);
  });
});
