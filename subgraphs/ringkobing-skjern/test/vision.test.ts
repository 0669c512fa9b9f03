import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";

const graph = useTestGraph();

describe("Ringkøbing-Skjern's 2014 vision, through the gateway", () => {
  it("has its cross-cutting policies, nine sector policies and three tracks: FIA, dialogue principles, VIA", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "ringkobing-skjern") { ... on RingkobingSkjernMunicipality {
      vision { adoptedOn crossCuttingPolicies sectorPolicyCount tracks { title startedOn } }
    } } }`);
    expect(errors).toBeUndefined();
    const { vision } = data.municipality;
    expect(vision).toMatchObject({ adoptedOn: "2014", crossCuttingPolicies: ["Det gode liv", "Vækst"], sectorPolicyCount: 9 });
    expect(vision.tracks.map((t: { title: string }) => t.title).join(" | ")).toMatch(/FIA.*borgerdialog.*VIA University College/);
  });
});
