import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";

const graph = useTestGraph();

describe("Assens' Medborgerråd and the lokalråd's annual dialogue, through the gateway", () => {
  it("says who sits in the Medborgerråd and that it is the city council's sparring partner", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "assens") { ... on AssensMunicipality {
      medborgerraad { coverage composition role } annualDialogue { participants frequency topics }
      councils { name kind }
    } } }`);
    expect(errors).toBeUndefined();
    const { medborgerraad, annualDialogue, councils } = data.municipality;
    expect(medborgerraad.composition).toHaveLength(3);
    expect(medborgerraad.role).toMatch(/sparringspartner/);
    expect(annualDialogue).toMatchObject({ participants: ["Lokalrådene", "Byrådspolitikere"], frequency: "Årligt" });
    expect(councils).toContainEqual({ name: "Innovations- og Medborgerskabsudvalget", kind: "STAAENDE_UDVALG" });
  });
});
