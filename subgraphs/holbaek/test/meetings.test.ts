import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";

const graph = useTestGraph();

describe("Holbæk's Demokratiekperimentarium, through the gateway", () => {
  it("has the minutes of 24 March 2015 with items 119–123, their case numbers and decisions", async () => {
    const { data, errors } = await graph.query(`{
      municipality(slug: "holbaek") { ... on HolbaekMunicipality {
        meetings { body name start location agendaItems { number name caseNumber type recommendation decision } }
      } }
    }`);
    expect(errors).toBeUndefined();
    const [meeting] = data.municipality.meetings;
    expect(meeting).toMatchObject({ start: "2015-03-24T17:00", location: "Lokale 1.D, Kanalstræde 2" });
    expect(meeting.agendaItems.map((i: { number: number }) => i.number)).toEqual([119, 120, 121, 122, 123]);
    expect(meeting.agendaItems[1]).toMatchObject({ name: "Holbæk Kommunes valgfremmeindsats", caseNumber: "15/10481", type: "Drøftelse" });
    expect(meeting.agendaItems[1].decision).toMatch(/75\.000 kr\./);
    expect(meeting.agendaItems[4].type).toBe("Orientering");
  });

  it("is Holbæk's alone: no other member's type has meetings", async () => {
    const { errors } = await graph.query(`{ municipality(slug: "assens") { ... on AssensMunicipality { meetings { name } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the activities of \"Understøt borgernes initiativ\"", () => {
  it("have their sections: description, purposes, challenges, successes, lessons, recommendations, contact", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "holbaek") { ... on HolbaekMunicipality {
      activities { title description purposes challenges successes lessons recommendations contact }
    } } }`);
    expect(errors).toBeUndefined();
    const titles = data.municipality.activities.map((a: { title: string }) => a.title);
    expect(titles).toEqual(expect.arrayContaining(["Fælles-skaberne", "Go' Dialog med Holbæk Teater", "Infoskærme"]));
    const dialogModel = data.municipality.activities[0];
    expect(dialogModel.title).toMatch(/^Ny dialogmodel/);
    expect(dialogModel.challenges).toHaveLength(3);
    expect(dialogModel.recommendations.join(" ")).toMatch(/Book-en-Politiker/);
    expect(dialogModel.contact).toMatch(/Lotte Rømer Grove/);
  });
});

describe("the Demokratiekperimentarium's terms of reference", () => {
  it("state its purpose, period 2014–2015, project committee and administrative steering group", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "holbaek") { ... on HolbaekMunicipality {
      termsOfReference { title issuedOn periodFrom periodTo purpose politicalBody administrativeBody stakeholders }
    } } }`);
    expect(errors).toBeUndefined();
    const terms = data.municipality.termsOfReference;
    expect(terms).toMatchObject({ issuedOn: "2014-01", periodFrom: "2014", periodTo: "2015" });
    expect(terms.politicalBody).toMatch(/projektudvalg/);
    expect(terms.administrativeBody).toMatch(/styregruppe/);
    expect(terms.stakeholders.length).toBeGreaterThan(0);
  });
});
