import { describe, expect, it } from "vitest";
import type { SourceSeed } from "@frikommune/municipality-kit";
import { useTestGraph } from "../../../tests/support/graph.js";
import { contacts } from "../src/local/contacts.js";
import { meetings } from "../src/local/meetings.js";

const graph = useTestGraph();

/** Sources as the graph answers them. */
const cited = (sources: SourceSeed[]) => sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote }));
const SOURCES = "sources { document { key } location quote }";
const holbaek = (fields: string) => `{ municipality(slug: "holbaek") { ... on HolbaekMunicipality { ${fields} } } }`;
const [minutes] = meetings;
const item = (number: number) => minutes!.agendaItems.find((i) => i.number === number)!;
const person = (key: string) => {
  const { key: _k, sources: _s, ...rest } = contacts.find((c) => c.key === key)!;
  return rest;
};

async function ask(query: string) {
  const { data, errors } = await graph.query(holbaek(query));
  expect(errors).toBeUndefined();
  return data.municipality;
}
const agenda = async (fields: string) => (await ask(`meetings { agendaItems { number ${fields} } }`)).meetings[0].agendaItems as any[];
const ofItem = async (number: number, fields: string) => (await agenda(fields)).find((i) => i.number === number);

describe("the minutes of 24 March 2015, through the gateway", () => {
  it("have the meeting with items 119–123, their case numbers, types and recommendations", async () => {
    const { meetings: [meeting] } = await ask(`meetings { body name start location ${SOURCES} agendaItems { number name caseNumber type recommendation } }`);
    expect(meeting).toEqual({
      body: minutes!.body,
      name: minutes!.name,
      start: "2015-03-24T17:00",
      location: "lokale 1.D, Kanalstræde 2",
      sources: cited(minutes!.sources),
      agendaItems: minutes!.agendaItems.map(({ number, name, caseNumber, type, recommendation }) => ({ number, name, caseNumber, type, recommendation })),
    });
    expect(meeting.agendaItems.map((i: { number: number }) => i.number)).toEqual([119, 120, 121, 122, 123]);
  });

  it("carry item 120's decision completely: all three recommended points, 75.000 kr. and 75.000 kr., and the price of extra stops", async () => {
    const { decision } = await ofItem(120, "decision");
    expect(decision).toBe(
      [
        "Projektudvalget drøftede punktet, og anbefaler til Økonomiudvalget:",
        "- At punkt 1 og 2 i den alternative indstilling bør fastholdes, men at der gives samme beløb til alle valg, hhv. 75.000 kr. og 75.000 kr.",
        "- At administrationen i dialog med relevante råd, nævn og organisationer, planlægger og gennemfører valgfremmeindsatser, dog med undtagelse af mobile stemmebokse.",
        "- At det undersøges hvad gratis bustrafik på valgdage koster, herunder også pris for ekstra stop ved valgsteder.",
      ].join("\n"),
    );
  });

  it("give the election-promotion pool as proposed, as the alternative and as recommended", async () => {
    const { amounts } = await ofItem(120, "amounts { proposal point purpose kroner }");
    expect(amounts.map((a: { proposal: string; point: number; kroner: number }) => [a.proposal, a.point, a.kroner])).toEqual([
      ["PROPOSAL", 1, 100_000],
      ["PROPOSAL", 2, 50_000],
      ["ALTERNATIVE", 1, 70_000],
      ["ALTERNATIVE", 2, 20_000],
      ["ALTERNATIVE", 3, 30_000],
      ["RECOMMENDATION", 1, 75_000],
      ["RECOMMENDATION", 2, 75_000],
    ]);
    expect(amounts[4].purpose).toBe("Afholdelse af brevstemmevalg på uddannelsessteder i Holbæk Kommune");
  });

  it("say when item 120 was treated before and is treated again: Byrådet 12 June 2013, the committee 23 September 2014, Økonomiudvalget 3 March and in April", async () => {
    const { treatments } = await ofItem(120, "treatments { timing body date when certainty }");
    expect(treatments).toEqual([
      { timing: "EARLIER", body: "Holbæk Byråd", date: "2013-06-12", when: "12. juni 2013", certainty: "DECIDED" },
      { timing: "EARLIER", body: "Demokratiekperimentariet (projektudvalget)", date: "2014-09-23", when: "23. september 2014", certainty: "DECIDED" },
      { timing: "EARLIER", body: "Økonomiudvalget", date: "2015-03-03", when: "3. marts", certainty: "DECIDED" },
      { timing: "LATER", body: "Økonomiudvalget", date: "2015-04", when: "i april", certainty: "SCHEDULED" },
    ]);
  });

  it("say that item 122 was discussed on 24 February and is postponed to the next meeting", async () => {
    const { treatments, decision } = await ofItem(122, "decision treatments { timing body date when what certainty }");
    expect(decision).toMatch(/udsætte drøftelsen af punktet til næste udvalgsmøde/);
    expect(treatments.map((t: { timing: string; date: string | null; when: string; certainty: string }) => [t.timing, t.date, t.when, t.certainty])).toEqual([
      ["EARLIER", "2015-02-24", "24. februar", "DECIDED"],
      ["LATER", null, "næste udvalgsmøde", "SCHEDULED"],
    ]);
  });

  it("name who presents what: Tina Jepsen from Familiecentret on item 119, Thomas Richelieu on item 122", async () => {
    const items = await agenda(`presentations { topic certainty presenter { name role unit organisation email phone } }`);
    expect(items.filter((i) => i.presentations.length).map((i) => ({ number: i.number, presentations: i.presentations }))).toEqual([
      { number: 119, presentations: [{ topic: "Erfaringerne med ændret klagehåndtering", certainty: "SCHEDULED", presenter: person("tina-jepsen") }] },
      {
        number: 122,
        presentations: [{ topic: "Pointer og betragtninger om samskabelse, herunder erfaringer fra omstillingsgrupperne i 2014", certainty: "SCHEDULED", presenter: person("thomas-richelieu") }],
      },
    ]);
    expect(items[0].presentations[0].presenter).toMatchObject({ name: "Tina Jepsen", unit: "Familiecentret" });
  });

  it("list the attachments by title", async () => {
    const items = await agenda("attachments { title description }");
    expect(Object.fromEntries(items.map((i) => [i.number, i.attachments.map((a: { title: string }) => a.title)]))).toEqual({
      119: [],
      120: ["Statistik for deltagelsen i kommunalvalget i Holbæk Kommune", "Holbæk Kommunes valgfremmeinitiativer ved kommunalvalget i 2013"],
      121: [],
      122: ["5 eksempler på samskabelse i Holbæk kommune"],
      123: [],
    });
  });

  it("give the questions put for discussion and the project group's proposals", async () => {
    const items = await agenda("questions proposals");
    expect(items.map(({ number, questions, proposals }) => ({ number, questions, proposals }))).toEqual(
      minutes!.agendaItems.map(({ number, questions, proposals }) => ({ number, questions, proposals })),
    );
    expect(items.find((i) => i.number === 122).questions).toHaveLength(3);
  });

  it("give item 121's events at Folkemødet and the innovations Holbæk can present", async () => {
    const { events } = await ofItem(121, "events { title host theme durationMinutes questions showcases certainty }");
    expect(events.map((e: { host: string | null; durationMinutes: number | null; certainty: string }) => [e.host, e.durationMinutes, e.certainty])).toEqual([
      ["Mandag Morgen", null, "EXPECTED"],
      ["Landdistrikternes Fællesråd", 45, "DECIDED"],
      [null, null, "CONSIDERED"],
      [null, null, "POSSIBLE"],
      ["Fælles-skaberne", null, "EXPECTED"],
    ]);
    expect(events[0].showcases).toEqual(item(121).events[0]!.showcases);
    expect(events[0].showcases).toContain("Brugerdrevne Ældrecenter");
    expect(events[1].questions).toHaveLength(4);
  });

  it("list the activities item 123 reports on", async () => {
    const { activities } = await ofItem(123, "activities");
    expect(activities).toEqual([
      "Forsøg med nye former for borgerbudgettering",
      "Ny dialogmodel",
      "Dialog og inddragelse af udsatte som alternativ til udsatteråd",
      "Dialog og samarbejde med råd og nævn",
      "Holbæk Borgerforum",
    ]);
  });

  it("cite the minutes for every item and every part of it", async () => {
    const items = await agenda(`${SOURCES} attachments { ${SOURCES} } presentations { ${SOURCES} } treatments { ${SOURCES} } amounts { ${SOURCES} } events { ${SOURCES} }`);
    for (const answered of items) {
      const seeded = item(answered.number);
      expect(answered.sources).toEqual(cited(seeded.sources));
      for (const list of ["attachments", "presentations", "treatments", "amounts", "events"] as const) {
        expect(answered[list].map((x: { sources: unknown }) => x.sources)).toEqual(seeded[list].map((x) => cited(x.sources)));
      }
    }
  });

  it("is Holbæk's alone: no other member's type has meetings", async () => {
    const { errors } = await graph.query(`{ municipality(slug: "assens") { ... on AssensMunicipality { meetings { name } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
