import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { QueryPlanner, type PlanNode } from "@graphql-hive/router-query-planner";
import { members } from "@frikommune/members";
import { composeSupergraph } from "../src/compose.js";
import { SUPERGRAPH_PATH } from "../src/paths.js";

const MINISTRY = `{
  municipalities {
    name
    trialSummary { total }
    trials(status: ACTIVE, first: 50) { nodes { title status exemptions { title } milestones { dueOn } } }
  }
}`;

/** The subgraphs each step of a plan fetches from, in order; parallel steps as a sorted list. */
function steps(node: PlanNode | undefined): (string | string[])[] {
  if (!node) return [];
  switch (node.kind) {
    case "Sequence":
      return node.nodes.flatMap(steps);
    case "Parallel":
      return [node.nodes.flatMap(steps).flat().sort()];
    case "Flatten":
      return steps(node.node);
    case "Fetch":
    case "BatchFetch":
      return [node.serviceName];
    default:
      throw new Error(`unexpected plan node ${node.kind}`);
  }
}

describe("the supergraph", () => {
  it("composes from the subgraphs, and the committed file is that composition", async () => {
    expect(await composeSupergraph()).toBe(await readFile(SUPERGRAPH_PATH, "utf8"));
  });

  it("is planned by the gateway's Rust planner as network, then every member in parallel, then network for exemption titles", async () => {
    const planner = new QueryPlanner(await readFile(SUPERGRAPH_PATH, "utf8"));
    const plan = planner.plan(MINISTRY, null, new Set(), 0);
    expect(steps(plan.node)).toEqual(["network", members.map((m) => m.slug).sort(), "network"]);
  });
});
