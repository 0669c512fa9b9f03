import { describe, expect, it } from "vitest";
import { useTestGraph } from "../../../tests/support/graph.js";
import { StatementKind } from "@frikommune/municipality-kit";
import { data } from "../src/data.js";
import { activities } from "../src/local/activities.js";
import { contacts } from "../src/local/contacts.js";
import { ReportPointKind } from "../src/local/enums.js";
import { reports } from "../src/local/report.js";
import { termsOfReference } from "../src/local/terms-of-reference.js";

const graph = useTestGraph();

const holbaek = (fields: string) => `{ municipality(slug: "holbaek") { ... on HolbaekMunicipality { ${fields} } } }`;
async function ask(fields: string) {
  const { data: answer, errors } = await graph.query(holbaek(fields));
  expect(errors).toBeUndefined();
  return answer.municipality;
}
const person = ({ key: _k, sources: _s, ...fields }: (typeof contacts)[number]) => fields;
const CONTACT = "name role unit organisation email phone";
const [report] = reports;
const points = (kind: ReportPointKind) => report!.points.filter((p) => p.kind === kind).map((p, i) => ({ number: i + 1, text: p.text }));

describe("the kommissorium, January 2014", () => {
  it("has three focus areas, each with its question", async () => {
    const { termsOfReference: terms } = await ask(`termsOfReference { focusAreas { title question } }`);
    expect(terms.focusAreas).toEqual([
      { title: "Dialog om politisk retning", question: "Hvordan styrker vi dialogen mellem byråd og borger, virksomheder m.fl. om fremtidens udfordringer og politiske pejlemærker?" },
      { title: "Innovation og udvikling af den kommunale opgaveløsning", question: "Hvordan udvikler vi sammen med borgere, virksomheder m.fl. nye og bedre måder at løse de kommunale opgaver på?" },
      { title: "Understøttelse af det lokale initiativ", question: "Hvordan fremmes borger- og virksomhedsdrevne projekter gennem samarbejde og partnerskaber med kommunen?" },
    ]);
  });

  it("gives example activities it could start and ones where it could inspire", async () => {
    const { termsOfReference: terms } = await ask(`termsOfReference { exampleActivities { role text } }`);
    expect(terms.exampleActivities).toEqual(termsOfReference.exampleActivities.map(({ role, text }) => ({ role, text })));
    expect(terms.exampleActivities.map((e: { role: string }) => e.role)).toEqual(["INITIATOR", "INITIATOR", "INITIATOR", "INSPIRER", "INSPIRER", "INSPIRER"]);
    expect(terms.exampleActivities[5].text).toMatch(/^Projekt Digital Post/);
  });

  it("ends the half-yearly dialogue meetings, sets its time frame and involves the city council at least twice a year", async () => {
    const { termsOfReference: terms } = await ask(`termsOfReference { issuedOn periodFrom periodTo provisions { section when date certainty text } }`);
    expect(terms).toMatchObject({ issuedOn: "2014-01", periodFrom: "2014", periodTo: "2015" });
    const timeFrame = terms.provisions.filter((p: { section: string }) => p.section === "Tidsramme");
    expect(timeFrame.map((p: { when: string; date: string | null; certainty: string }) => [p.when, p.date, p.certainty])).toEqual([
      ["første halvår af 2014", "2014", "DECIDED"],
      ["inden sommerferien", null, "DECIDED"],
      ["mindst to gange årligt", null, "DECIDED"],
    ]);
    const texts = terms.provisions.map((p: { text: string }) => p.text).join("\n");
    expect(texts).toMatch(/halvårlige dialogmøder mellem politiske dialogudvalg og lokalfora fortsætter ikke/);
    expect(texts).toMatch(/Lokalforumkonsulenterne fortsætter/);
    expect(texts).toMatch(/erfaringsrapport og en række anbefalinger til byrådet/);
    expect(texts).toMatch(/fra både ind- og udland/);
    expect(terms.provisions.filter((p: { date: string | null }) => p.date).map((p: { section: string; date: string }) => [p.section, p.date])).toEqual([
      ["Sammenhæng med byrådets vision", "2010-05"],
      ["Sammenhæng med udviklingsstrategien", "2012-04"],
      ["Tidsramme", "2014"],
    ]);
  });

  it("names its stakeholders, the groups seldom heard, its four contributions, organisation and economy", async () => {
    const { termsOfReference: terms } = await ask(`termsOfReference { stakeholders seldomHeard contributions politicalBody administrativeBody budget background idea }`);
    expect(terms).toMatchObject({ stakeholders: termsOfReference.stakeholders, seldomHeard: termsOfReference.seldomHeard, contributions: termsOfReference.contributions });
    expect(terms.contributions).toHaveLength(4);
    expect(terms.background).toMatch(/Dialogmodellen, skabt og udviklet fra 2005 til 2013/);
    expect(terms.politicalBody).toMatch(/indstiller til byrådet/);
    expect(terms.budget).toMatch(/ikke udarbejdet et budget/);
  });
});

describe("the report \"Understøt borgernes initiativ\"", () => {
  it("gives its three recommendations, its lessons, the next steps, its five tips and its web address", async () => {
    const answer = await ask(`report { title web recommendations { number text } lessons { number text } nextSteps { number text } tips { number text } }`);
    expect(answer.report).toEqual({
      title: "Understøt borgernes initiativ",
      web: "www.holbaek.dk/deltag",
      recommendations: points(ReportPointKind.RECOMMENDATION),
      lessons: points(ReportPointKind.LESSON),
      nextSteps: points(ReportPointKind.NEXT_STEP),
      tips: points(ReportPointKind.TIP),
    });
    expect(answer.report.recommendations).toHaveLength(3);
    expect(answer.report.nextSteps).toHaveLength(3);
    expect(answer.report.tips.map((t: { text: string }) => t.text)).toEqual([
      "Inviter til tidlig dialog, inden der er taget beslutninger",
      "Involver borgerne i forberedelsen af aktiviteter",
      "Opbyg fælles viden, så alle oplever sig klædt på til opgaven",
      "Borgerne involverer sig mest aktivt i emner, der vedrører deres hverdag",
      "Grib bolden, når borgere tager et initiativ eller har en idé",
    ]);
  });

  it("says why it started (ca. 70.000 citizens) and what its recommendations build on", async () => {
    const { report: answer } = await ask(`report { reasons basis }`);
    expect(answer.reasons).toMatch(/ca\. 70\.000 borgere/);
    expect(answer.basis).toMatch(/borgerpanelundersøgelsen om demokrati/);
  });

  it("has its activities in its order, with their sections as the report gives them", async () => {
    const { activities: answered } = await ask(`activities { title description purposes challenges successes lessons recommendations }`);
    expect(answered).toEqual(activities.map(({ title, description, purposes, challenges, successes, lessons, recommendations }) => ({ title, description, purposes, challenges, successes, lessons, recommendations })));
    expect(answered.map((a: { title: string }) => a.title)).toEqual([
      "Infoskærme",
      "Ny dialogmodel – implementering af model for dialog med lokalområder og aktive borgere",
      "Fælles-skaberne",
      "Go' Dialog med Holbæk Teater",
    ]);
    // The report: "der ikke har været så meget tid til at komme ud til fx frivillige foreninger", not that they were not reached.
    expect(answered[1].challenges[0]).toBe(
      "Det har meget været de samme borgere og lokalfora, som bruger modellen og Fælles-skaberne, mens der ikke har været så meget tid til at komme ud til fx frivillige foreninger og andre parter med modellen og mulighederne.",
    );
    expect(answered[0].description).toMatch(/Mørkøv/);
  });

  it("links each activity to whom to contact", async () => {
    const { activities: answered } = await ask(`activities { title contacts { ${CONTACT} } }`);
    expect(answered.map((a: { contacts: unknown[] }) => a.contacts)).toEqual(
      activities.map((a) => a.contacts.map((key) => person(contacts.find((c) => c.key === key)!))),
    );
    expect(answered[1].contacts).toEqual([{ name: "Lotte Rømer Grove", role: null, unit: "Strategi og Udvikling", organisation: null, email: "logro@holb.dk", phone: null }]);
    expect(answered[3].contacts).toEqual([
      { name: null, role: null, unit: "Strategi og Udvikling", organisation: null, email: "demokrati@holb.dk", phone: null },
      { name: "Brian Kristensen", role: "Teaterdirektør", unit: null, organisation: "Holbæk Teater", email: "info@het.dk", phone: "59 43 17 77" },
      { name: "Kristoffer Møller Hansen", role: "Teaterdirektør", unit: null, organisation: "Holbæk Teater", email: "info@het.dk", phone: "59 43 17 77" },
    ]);
  });
});

describe("people and contacts", () => {
  it("are data: name, role, unit or organisation and the work address the documents give, nothing more", async () => {
    const { contacts: answered } = await ask(`contacts { ${CONTACT} }`);
    const byName = (a: { name: string | null; unit: string | null }, b: { name: string | null; unit: string | null }) => (a.name ?? a.unit ?? "").localeCompare(b.name ?? b.unit ?? "");
    expect([...answered].sort(byName)).toEqual(contacts.map(person).sort(byName));
    expect(answered).toHaveLength(contacts.length);
  });
});

describe("Holbæk's section of the 2016 application", () => {
  it("carries its experience, lessons and intentions: evaluation reports, concrete topics, Folkemødet, few rules met", async () => {
    const { statements } = await ask(`statements { section kind title text certainty trial { id } }`);
    expect(statements).toEqual(data.statements!.map(({ section, kind, title, text, certainty }) => ({ section, kind, title, text, certainty, trial: null })));
    const text = statements.map((s: { text: string }) => s.text).join("\n");
    for (const fact of [/samlet op i evalueringsrapporter/, /skolestrukturen \(nedlæggelse af små skoler\)/, /Folkemødet/, /kun stødt på ganske få regelsæt/]) expect(text).toMatch(fact);
  });

  it("answers one kind of statement, the lesson from the transition groups, with its source", async () => {
    const { statements } = await ask(`statements(kind: LESSON) { kind text sources { document { key } location quote } }`);
    const lessons = data.statements!.filter((s) => s.kind === StatementKind.LESSON);
    expect(lessons).toHaveLength(1);
    expect(statements).toEqual(lessons.map(({ kind, text, sources }) => ({
      kind, text, sources: sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote })),
    })));
    expect(statements[0].sources[0].location).toBe("Holbæk – Plan- og Udviklingsstrategi");
  });

  it("gives adoption dates and bodies only where the documents give them", async () => {
    const { policies } = await ask(`policies { title adoptedOn adoptedBy }`);
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    expect([...policies].sort(byTitle)).toEqual(data.policies.map(({ title, adoptedOn, adoptedBy }) => ({ title, adoptedOn, adoptedBy })).sort(byTitle));
    expect(policies.find((p: { title: string }) => p.title === "Plan- og Udviklingsstrategi")).toMatchObject({ adoptedOn: null, adoptedBy: null });
    expect(policies.find((p: { title: string }) => p.title === "Frivillighedsstrategi")).toMatchObject({ adoptedOn: null, adoptedBy: null });
    expect(policies.find((p: { title: string }) => p.title === "Holbæk i Fællesskab")).toMatchObject({ adoptedOn: "2013-06", adoptedBy: "Holbæk Byråd" });
  });
});
