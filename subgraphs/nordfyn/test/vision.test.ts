import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";

const graph = useTestGraph();

describe("Nordfyn's vision and lokalråd, through the gateway", () => {
  it("has the nine effect goals and the role of the 13 lokalråd", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "nordfyn") { ... on NordfynMunicipality {
      vision { title process effectGoals } localCouncils { count role }
    } } }`);
    expect(errors).toBeUndefined();
    const { vision, localCouncils } = data.municipality;
    expect(vision.effectGoals).toHaveLength(9);
    expect(vision.effectGoals[0]).toBe("Flere virksomheder etablerer og udvikler sig på Nordfyn");
    expect(localCouncils.count).toBe(13);
    expect(localCouncils.role).toMatch(/samskabende drivkraft/);
  });
});
