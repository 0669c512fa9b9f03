import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { buildASTSchema, parse } from "graphql";
import { transformSupergraphToPublicSchema } from "@theguild/federation-composition";
import { fragmentBomb } from "@frikommune/bench/hostile";
import { MAX_MILESTONES, MAX_MUNICIPALITIES } from "@frikommune/municipality-kit";
import { COST_PER_SUBGRAPH } from "@frikommune/config";
import { members } from "@frikommune/members";
import { MAX_PAGE_SIZE } from "@frikommune/subgraph-server/page-size";
import { MINISTRY_QUERY } from "../../tests/support/queries.js";
import { listSizesOf, operationCost } from "../src/cost.js";
import { subgraphNamesOf } from "../src/supergraph.js";
import { SUPERGRAPH_PATH } from "../src/paths.js";

const supergraph = await readFile(SUPERGRAPH_PATH, "utf8");
const schema = buildASTSchema(transformSupergraphToPublicSchema(parse(supergraph)));
const sizes = listSizesOf(supergraph);
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost({ schema, document: parse(query), variables, sizes, defaultPageSize: 20, maxPageSize: 100 });

describe("the default cost limit", () => {
  it.each([members.length, 25, 98])("admits the ministry's query at its largest page with %i members, the municipalities counted as many", (count) => {
    const resized = new Map(sizes).set("Query.municipalities", { assumedSize: count });
    const ministry = operationCost({ schema, document: parse(MINISTRY_QUERY), variables: { first: MAX_PAGE_SIZE }, sizes: resized, defaultPageSize: 20, maxPageSize: MAX_PAGE_SIZE });
    expect(ministry).toBeGreaterThan(count * 1_000);
    // The network subgraph and one per member.
    expect(ministry).toBeLessThanOrEqual(COST_PER_SUBGRAPH * (count + 1));
  });

  it("counts the municipalities as long as the supergraph's registry is", () => {
    expect(sizes.get("Query.municipalities")).toEqual({ assumedSize: members.length });
    expect(subgraphNamesOf(supergraph)).toHaveLength(members.length + 1);
  });
});

describe("the estimated cost of an operation", () => {
  it("counts every field once, and a list's selection as many times as the list may be long", () => {
    expect(cost(`{ network { name theme } }`)).toBe(3);
    expect(cost(`{ municipalities { name } }`)).toBe(MAX_MUNICIPALITIES * 2);
    expect(cost(`{ holbaekTrial(id: "x") { milestones { title dueOn } } }`)).toBe(1 + MAX_MILESTONES * 3);
  });

  it("sizes a connection's nodes by its first, from a literal, a variable or the default page", () => {
    const page = (first: string) => `query ($n: Int) { municipality(slug: "assens") { trials(first: ${first}) { totalCount nodes { title } } } }`;
    expect(cost(page("7"))).toBe(1 + 1 + 1 + 7 * 2);
    expect(cost(page("$n"), { n: 50 })).toBe(1 + 1 + 1 + 50 * 2);
    expect(cost(`{ municipality(slug: "assens") { trials { nodes { title } } } }`)).toBe(1 + 1 + 20 * 2);
  });

  it("sizes a slice as it runs: null or absent is the default page, anything unknown the largest", () => {
    const page = (first: string) => `query ($n: Int) { municipality(slug: "assens") { trials(first: ${first}) { nodes { title } } } }`;
    expect(cost(page("$n"), { n: null })).toBe(cost(page("20")));
    expect(cost(page("$n"))).toBe(cost(page("20")));
    expect(cost(page("null"))).toBe(cost(page("20")));
    expect(cost(page("$n"), { n: "7" })).toBe(cost(page("100")));
  });

  it("counts a fragment at every spread, so what would run is counted, while costing it once", () => {
    expect(cost(fragmentBomb(10))).toBe(1 + (2 ** 11 - 1));
    expect(cost(fragmentBomb(40))).toBeGreaterThan(2 ** 40);
  });

  it("puts introspection at a price of its own", () => {
    expect(cost(`{ __schema { types { name } } }`)).toBeGreaterThan(cost(`{ network { name } }`) * 100);
    expect(cost(`{ __typename }`)).toBe(0);
  });
});
