import { describe, expect, it } from "vitest";
import { member, members, network, subgraphs, subgraphUrl, subgraphUrlFrom } from "../src/index.js";

describe("the member registry", () => {
  it("lists the five members of the 2016 application first; later members follow them", () => {
    const applicants = ["Holbæk", "Assens", "Nordfyn", "Ringkøbing-Skjern", "Slagelse"];
    expect(members.slice(0, applicants.length).map((m) => m.name)).toEqual(applicants);
  });

  it("gives every member a unique slug, ASCII type prefix and port", () => {
    for (const key of ["slug", "typePrefix", "port"] as const) {
      expect(new Set(members.map((m) => m[key])).size).toBe(members.length);
    }
    expect(members.every((m) => /^[A-Z][A-Za-z0-9]*$/.test(m.typePrefix))).toBe(true);
    expect(members.every((m) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.slug))).toBe(true);
  });

  it("finds every member by its slug, and refuses a slug that is not a member's", () => {
    for (const m of members) expect(member(m.slug)).toBe(m);
    expect(() => member("not a member!")).toThrow(/not in the member registry/);
  });

  it("places every subgraph, network first, on its registry port by default", () => {
    expect(subgraphs()).toEqual([network, ...members.map((m) => ({ name: m.slug, port: m.port }))].map((s) => ({ ...s, url: subgraphUrl(s.port) })));
    expect(subgraphUrl(4104)).toBe("http://127.0.0.1:4104/graphql");
    expect(subgraphUrlFrom("http://{name}:{port}/graphql", { name: "gateway-peer", port: 4999 })).toBe("http://gateway-peer:4999/graphql");
  });
});
