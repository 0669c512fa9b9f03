import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { QueryPlanner, type PlanNode } from "@apollo/query-planner";
import { parse } from "graphql";
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
      return [node.serviceName];
    default:
      throw new Error(`unexpected plan node ${node.kind}`);
  }
}

describe("the supergraph", () => {
  it("composes from the subgraphs, and the committed file is that composition", async () => {
    expect(await composeSupergraph()).toBe(await readFile(SUPERGRAPH_PATH, "utf8"));
  });

  it("plans the ministry's query as network, then every member in parallel, then network for exemption titles", async () => {
    const supergraph = Supergraph.build(await readFile(SUPERGRAPH_PATH, "utf8"));
    const planner = new QueryPlanner(supergraph);
    const operation = operationFromDocument(supergraph.schema, parse(MINISTRY));
    const plan = planner.buildQueryPlan(operation);
    expect(steps(plan.node as PlanNode)).toEqual(["network", members.map((m) => m.slug).sort(), "network"]);
  });
});
