import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";

const graph = useTestGraph();

describe("Slagelse's citizen-run budgets, through the gateway", () => {
  it("are the tried and the planned one, owned by the § 17, stk. 4 committee, with areas and amounts unknown", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "slagelse") {
      councils { id name }
      ... on SlagelseMunicipality { citizenBudgets { title stage area amountDkk aims ownerCouncilId } }
    } }`);
    expect(errors).toBeUndefined();
    const budgets = data.municipality.citizenBudgets;
    expect(budgets.map((b: { stage: string }) => b.stage)).toEqual(["TRIED", "PLANNED"]);
    expect(budgets.every((b: { area: null; amountDkk: null }) => b.area === null && b.amountDkk === null)).toBe(true);
    const committee = data.municipality.councils.find((c: { name: string }) => c.name === "Borgerdreven Innovation i Landdistrikterne");
    expect(budgets[1].ownerCouncilId).toBe(committee.id);
  });
});
