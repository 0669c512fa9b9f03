import { describe, expect, it } from "vitest";
import { member, members, subgraphs, subgraphUrl } from "../src/index.js";

describe("the member registry", () => {
  it("lists the five members of the 2016 application", () => {
    expect(members.map((m) => m.name)).toEqual(["Holbæk", "Assens", "Nordfyn", "Ringkøbing-Skjern", "Slagelse"]);
  });

  it("gives every member a unique slug, ASCII type prefix and port", () => {
    for (const key of ["slug", "typePrefix", "port"] as const) {
      expect(new Set(members.map((m) => m[key])).size).toBe(members.length);
    }
    expect(members.every((m) => /^[A-Z][A-Za-z0-9]*$/.test(m.typePrefix))).toBe(true);
    expect(members.every((m) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.slug))).toBe(true);
  });

  it("refuses a slug that is not a member", () => {
    expect(member("nordfyn").typePrefix).toBe("Nordfyn");
    expect(() => member("aarhus")).toThrow(/not in the member registry/);
  });

  it("lets the environment say where a subgraph runs", () => {
    expect(subgraphUrl("ringkobing-skjern", 4104, {})).toBe("http://127.0.0.1:4104/graphql");
    expect(subgraphUrl("ringkobing-skjern", 4104, { SUBGRAPH_RINGKOBING_SKJERN_URL: "https://rksk.example/graphql" })).toBe("https://rksk.example/graphql");
    expect(subgraphs({}).map((s) => s.name)).toEqual(["network", ...members.map((m) => m.slug)]);
  });
});
