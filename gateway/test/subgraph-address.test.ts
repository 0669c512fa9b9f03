import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { subgraphs } from "@frikommune/members";
import { checkSupergraph } from "../src/supergraph-check.js";
import { subgraphAddress } from "../src/subgraph-address.js";
import { SUPERGRAPH_PATH } from "../src/paths.js";

/** A subgraph the gateway's registry does not have yet, as the supergraph names it. */
const NEWER = { name: "not-a-member", url: "http://127.0.0.1:4199/graphql" };
const configured = { "not-a-member": "https://elsewhere.example.dk/graphql" };

describe("where a subgraph's fetches go", () => {
  it.each([
    ["its own variable, whatever else is set", { subgraphUrls: configured, subgraphUrlTemplate: "http://{name}:{port}/graphql" }, NEWER.url, configured["not-a-member"]],
    ["the template, with the port of its URL in the supergraph", { subgraphUrls: {}, subgraphUrlTemplate: "http://{name}:{port}/graphql" }, NEWER.url, "http://not-a-member:4199/graphql"],
    ["the template, with the default port of its URL's scheme", { subgraphUrls: {}, subgraphUrlTemplate: "http://{name}.svc:{port}/graphql" }, "https://not-a-member.example.dk/graphql", "http://not-a-member.svc:443/graphql"],
    ["its URL in the supergraph", { subgraphUrls: {}, subgraphUrlTemplate: null }, NEWER.url, NEWER.url],
    ["nowhere, for a URL that is none", { subgraphUrls: {}, subgraphUrlTemplate: "http://{name}:{port}/graphql" }, "", null],
    ["nowhere, for a URL no fetch reads", { subgraphUrls: {}, subgraphUrlTemplate: null }, "file:///etc/passwd", null],
  ])("is %s", (_what, config, supergraphUrl, expected) => {
    expect(subgraphAddress(config)(NEWER.name, supergraphUrl)).toBe(expected);
  });

  it("is what the supergraph is served with, its URLs otherwise as published", async () => {
    const published = await readFile(SUPERGRAPH_PATH, "utf8");
    const [moved, ...others] = subgraphs();
    const checked = checkSupergraph(published, subgraphAddress({ subgraphUrls: { [moved!.name]: "http://moved.example.dk:8080/graphql" }, subgraphUrlTemplate: null }));
    expect(checked.subgraphs).toEqual(Object.fromEntries([moved!, ...others].map((s) => [s.name, s === moved ? "http://moved.example.dk:8080/graphql" : s.url])));
    expect(checked.served).toBe(published.replace(`join__graph(name: "${moved!.name}", url: "${moved!.url}")`, `join__graph(name: "${moved!.name}", url: "http://moved.example.dk:8080/graphql")`));
  });
});
