import { describe, expect, it } from "vitest";
import type { SourceSeed } from "@frikommune/municipality-kit";
import { useTestGraph } from "../../../tests/support/graph.js";
import { quotes as q } from "../src/data.js";

const graph = useTestGraph();

/** The sources as the graph answers them: the application, the section and the words. */
const cited = (...sources: SourceSeed[]) => sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote }));
const SOURCES = "sources { document { key } location quote }";
const assens = (fields: string) => `{ municipality(slug: "assens") { ... on AssensMunicipality { ${fields} } } }`;

const cases: [question: string, query: string, answer: Record<string, unknown>][] = [
  [
    "what Assens' part in the network builds on, and how it already works with its citizens",
    assens(`prerequisites { buildsOn currentPractice ${SOURCES} history { action } }`),
    {
      prerequisites: {
        buildsOn: [
          "Byrådets Vision for det aktive medborgerskabs udvikling frem mod 2018, herunder en række konkrete tiltag og politikker",
          "En politisk og administrativ organisation, der understøtter arbejdet med aktivt medborgerskab og samskabelse",
        ],
        currentPractice: "Kommunen samarbejder allerede med og inddrager borgerne om konkrete udfordringer og opgaver, som vurderes at blive løst både mere innovativt og bedre gennem borgerinddragelse.",
        sources: cited(q.prerequisites, q.alreadyToday),
        history: [],
      },
    },
  ],
  [
    "the policy \"Sammen er vi bedst\" and the 2018 vision: who adopted them and when, where the application says so",
    assens(`policies { title kind adoptedOn adoptedBy ... on AssensPolicy { ${SOURCES} } }`),
    {
      policies: [
        {
          title: "Politik for aktivt medborgerskab – \"Sammen er vi bedst\"",
          kind: "POLITIK",
          adoptedOn: null,
          adoptedBy: null,
          sources: cited(q.policyFrame, q.policyScope, q.policyBelief, q.policyValue, q.policyForTrials),
        },
        {
          title: "Vision for det aktive medborgerskabs udvikling frem mod 2018",
          kind: "VISION",
          adoptedOn: null,
          adoptedBy: "Assens Byråd",
          sources: cited(q.prerequisites),
        },
      ],
    },
  ],
  [
    "the Medborgerråd: what it covers, who sits in it and its role towards the city council",
    assens(`medborgerraad { coverage composition role council { name kind } ${SOURCES} }`),
    {
      medborgerraad: {
        coverage: "Hele Assens Kommune (ikke geografisk forankret, til forskel fra lokalrådene)",
        composition: ["Repræsentanter fra frivillige sociale foreninger", "Selvorganiserede grupper", "Enkeltpersoner"],
        role: "Byrådets sparringspartner vedrørende aktivt medborgerskab; en central samarbejdspartner i et frikommuneforsøg.",
        council: { name: "Medborgerrådet", kind: "MEDBORGERRAAD" },
        sources: cited(q.medborgerraadCoverage, q.medborgerraadComposition, q.medborgerraadRole),
      },
    },
  ],
  [
    "what the lokalråd discuss with the city council's politicians every year",
    assens(`annualDialogue { participants frequency topics council { name } ${SOURCES} }`),
    {
      annualDialogue: {
        participants: ["Lokalrådene", "Byrådspolitikere"],
        frequency: "Årligt",
        topics: ["Udvikling", "Øget samarbejde og samskabelse"],
        council: { name: "Lokalråd" },
        sources: cited(q.lokalraadYearly),
      },
    },
  ],
  [
    "the arenas for new trials: the lokalråd are considered, the Medborgerråd is possible",
    assens(`trialArenas { name certainty examples council { name } trial { title status } }`),
    {
      trialArenas: [
        {
          name: "Lokalrådene",
          certainty: "CONSIDERED",
          examples: ["Lokalforankrede borgerbudgetter", "Øget kompetence til lokalrådene", "Øget medbestemmelse"],
          council: { name: "Lokalråd" },
          trial: { title: "Lokalrådene som arena for øget borgerinddragelse", status: "IDEA" },
        },
        {
          name: "Medborgerrådet",
          certainty: "POSSIBLE",
          examples: [],
          council: { name: "Medborgerrådet" },
          trial: { title: "Medborgerrådet som platform for nye forsøg", status: "IDEA" },
        },
      ],
    },
  ],
  [
    "where the work is anchored: the standing committee and the director area Innovation og Netværk",
    `{ municipality(slug: "assens") { anchoring { level name unit description certainty council { name kind } ${SOURCES} } } }`,
    {
      anchoring: [
        {
          level: "POLITICAL",
          name: "Innovations- og Medborgerskabsudvalget",
          unit: "Fast stående udvalg",
          description: "Indsatsen for at videreudvikle det aktive medborgerskab er i denne byrådsperiode forankret i det faste stående udvalg Innovations- og Medborgerskabsudvalget.",
          certainty: "DECIDED",
          council: { name: "Innovations- og Medborgerskabsudvalget", kind: "STAAENDE_UDVALG" },
          sources: cited(q.anchoredIn, q.organisationSupports),
        },
        {
          level: "ADMINISTRATIVE",
          name: "Innovation og Netværk",
          unit: "Direktørområde",
          description: "Indsatsen for at videreudvikle det aktive medborgerskab er i denne byrådsperiode forankret i direktørområdet Innovation og Netværk.",
          certainty: "DECIDED",
          council: null,
          sources: cited(q.anchoredIn, q.organisationSupports),
        },
      ],
    },
  ],
  [
    "the councils: the city council, the lokalråd, the Medborgerråd and the standing committee; how many lokalråd is not given",
    `{ municipality(slug: "assens") { councils { name kind count description } } }`,
    {
      councils: [
        { name: "Assens Byråd", kind: "BYRAAD", count: null, description: "Har en vision for det aktive medborgerskabs udvikling frem mod 2018; Medborgerrådet er dets sparringspartner om aktivt medborgerskab." },
        { name: "Lokalråd", kind: "LOKALRAAD", count: null, description: "Geografisk forankrede borgerråd, der repræsenterer borgerne i et lokalområde; arbejder med borgernes egne projekter og udviklingsplaner og drøfter årligt udvikling og samarbejde/samskabelse med byrådspolitikere." },
        { name: "Medborgerrådet", kind: "MEDBORGERRAAD", count: null, description: "Dækker hele kommunen; repræsentanter fra frivillige sociale foreninger, selvorganiserede grupper og enkeltpersoner; Byrådets sparringspartner om aktivt medborgerskab." },
        { name: "Innovations- og Medborgerskabsudvalget", kind: "STAAENDE_UDVALG", count: null, description: "Fast stående udvalg, hvor indsatsen for at videreudvikle det aktive medborgerskab er forankret i denne byrådsperiode." },
      ],
    },
  ],
];

describe("Assens' section of the 2016 application, through the gateway", () => {
  it.each(cases)("%s", async (_question, query, answer) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual(answer);
  });

  it("answers anchoring for every member through the Municipality interface, with level, certainty, council and sources", async () => {
    const { data, errors } = await graph.query(`{ municipalities { slug anchoring { level certainty council { name } sources { document { key } } } } }`);
    expect(errors).toBeUndefined();
    const bySlug = Object.fromEntries(data.municipalities.map((m: { slug: string; anchoring: unknown[] }) => [m.slug, m.anchoring]));
    expect(bySlug.holbaek).toEqual([]);
    for (const slug of ["assens", "nordfyn", "ringkobing-skjern", "slagelse"]) {
      expect(bySlug[slug].length).toBeGreaterThan(0);
      for (const a of bySlug[slug]) {
        expect(a).toMatchObject({ level: expect.any(String), certainty: expect.any(String), sources: expect.arrayContaining([{ document: { key: "ansoegning-2016" } }]) });
      }
    }
    expect(bySlug.assens[0].council).toEqual({ name: "Innovations- og Medborgerskabsudvalget" });
    expect(bySlug["ringkobing-skjern"].map((a: { council: unknown }) => a.council)).toEqual([{ name: "Ringkøbing-Skjern Byråd" }, { name: "Erhvervs-Vækstforum" }]);
  });

  it("leaves the condition on membership to the network, which states it once", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "assens") { membershipCondition councils { description } } }`);
    expect(errors).toBeUndefined();
    expect(data.municipality.membershipCondition).toMatch(/1\. juni 2016/);
    expect(data.municipality.councils.filter((c: { description: string }) => /juni 2016/.test(c.description))).toEqual([]);
  });
});
