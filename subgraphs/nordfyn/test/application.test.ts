import { describe, expect, it } from "vitest";
import type { SourceSeed } from "@frikommune/municipality-kit";
import { useTestGraph } from "../../../tests/support/graph.js";
import { data as seed, quotes as q } from "../src/data.js";

const graph = useTestGraph();

/** The sources as the graph answers them: the application, the section and the words. */
const cited = (...sources: SourceSeed[]) => sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote }));
const SOURCES = "sources { document { key } location quote }";
const nordfyn = (fields: string) => `{ municipality(slug: "nordfyn") { ... on NordfynMunicipality { ${fields} } } }`;

const cases: [question: string, query: string, answer: Record<string, unknown>][] = [
  [
    "its long tradition of volunteering, and why it values active citizenship",
    nordfyn(`volunteering { tradition contributors significance whyActiveCitizenship ${SOURCES} history { action } }`),
    {
      volunteering: {
        tradition: "En lang tradition for frivilligt arbejde: hver dag bidrager frivillige fra foreninger, fonde, organisationer m.fl. til at løfte konkrete opgaver.",
        contributors: ["Foreninger", "Fonde", "Organisationer"],
        significance: "Engagementet er en hjørnesten i kommunens velfærd, og noget kommunen gerne vil understøtte.",
        whyActiveCitizenship: "Kommunen er bevidst om værdien i det aktive medborgerskab, fordi aktive medborgere og samskabelse skaber bedre løsninger for kommunens borgere.",
        sources: cited(q.tradition, q.aware, q.betterSolutions),
        history: [],
      },
    },
  ],
  [
    "the vision the citizens helped write, its nine effect goals, and whom it depends on",
    nordfyn(`vision { title process effectGoals dependsOn policy { title kind adoptedOn } ${SOURCES} }`),
    {
      vision: {
        title: "Vision for Nordfyns Kommune",
        process: "Udviklet i en stort anlagt visionsproces, hvor borgerne bidrog til visionen og de underliggende visionseffektmål.",
        effectGoals: [
          "Flere virksomheder etablerer og udvikler sig på Nordfyn",
          "Vi tiltrækker flere borgere på landet og i byerne",
          "Vi løfter uddannelsesniveauet",
          "Vi gør det nemmere for erhvervsliv, borgere og turister at udvikle og tage del i det nordfynske kultur- og fritidsliv",
          "Vi øger mobiliteten og den digitale tilgængelighed",
          "Vi oplever en større grad af livskvalitet",
          "Vi gør det legende let at træffe det sunde valg",
          "Vi tager aktivt del i fællesskabet og udtrykker os positivt om Nordfyn",
          "Vi synliggør vores fælles succeser",
        ],
        dependsOn: "Kommunen kan ikke nå målene alene; den er afhængig af samspillet med borgere, foreninger og erhvervsliv, hvor samskabelse og det aktive medborgerskab spiller en afgørende rolle.",
        policy: { title: "Vision for Nordfyns Kommune", kind: "VISION", adoptedOn: null },
        sources: cited(...seed.policies.find((p) => p.key === "vision")!.sources),
      },
    },
  ],
  [
    "the 13 lokalråd and the role it expects them to have as a free municipality",
    nordfyn(`localCouncils { count role certainty council { name kind count } ${SOURCES} }`),
    {
      localCouncils: {
        count: 13,
        role: "Allerede meget aktive. Som frikommune forventer kommunen at kunne styrke det frivillige arbejde i de 13 lokalråd og deres rolle som samskabende drivkraft på tværs af kommunen; med den nye politik skal de blive en helt central del af fundamentet for det aktive medborgerskab.",
        certainty: "EXPECTED",
        council: { name: "Lokalråd", kind: "LOKALRAAD", count: 13 },
        sources: cited(q.lokalraad, q.lokalraadActive),
      },
    },
  ],
  [
    "the innovation academy with COK: who took part, that it gives credit, what the yearly measurements showed; when it started is not given",
    nordfyn(`innovationAcademy { name partner givesCredit participants startedOn measuredBy findings currentFocus ${SOURCES} }`),
    {
      innovationAcademy: {
        name: "Innovationsakademi",
        partner: "COK",
        givesCredit: true,
        participants: ["Politikere", "Medarbejdere", "Ledere"],
        startedOn: null,
        measuredBy: "Årlige temperaturmålinger",
        findings: [
          "Det er lykkedes at skabe en innovativ kultur.",
          "Ledere og medarbejdere har opnået en større forståelse for, hvad innovation er, og har lyst til at bidrage til det innovative arbejde.",
          "Det tværfaglige og samskabende element i innovationsprocesserne tillægges stor værdi, vurderes positivt og prioriteres af hele organisationen.",
        ],
        currentFocus: "I den aktuelle udgave øges fokus på de borgerinddragende processer, hvor det aktive medborgerskab sættes yderligere i spil.",
        sources: cited(q.internal, q.cok, q.academy, q.measured, q.understanding, q.valued, q.currentEdition),
      },
    },
  ],
  [
    "the policy for active citizenship: an intention, not adopted",
    nordfyn(`activeCitizenshipPolicy { certainty freeMunicipalityRole sharedResponsibility policy { title adoptedOn adoptedBy goals } }`),
    {
      activeCitizenshipPolicy: {
        certainty: "EXPECTED",
        freeMunicipalityRole: "En status som frikommune vil være et værdifuldt værktøj til at understøtte den nye politik og de indsatser, der skal følge.",
        sharedResponsibility: "Kommunen har det politiske og administrative ansvar, men det aktive medborgerskab fordrer, at ansvaret og i sidste ende gevinsten deles.",
        policy: {
          title: "Politik for det aktive medborgerskab",
          adoptedOn: null,
          adoptedBy: null,
          goals: ["Fremme det aktive medborgerskab", "Styrke frivilligheden i kommunen", "Et solidt fundament for samarbejde mellem borgere og kommune og borgerne imellem"],
        },
      },
    },
  ],
  [
    "what it expects as a free municipality, and the trial ideas that carry it",
    `{ municipality(slug: "nordfyn") { statements(kind: EXPECTATION) { kind section title certainty trial { title status } ${SOURCES} } } }`,
    {
      statements: [
        {
          kind: "EXPECTATION", section: "Som frikommune", title: "Styrke det frivillige arbejde i de 13 lokalråd", certainty: "EXPECTED",
          trial: { title: "De 13 lokalråd som samskabende drivkraft", status: "IDEA" }, sources: cited(q.lokalraad),
        },
        {
          kind: "EXPECTATION", section: "Som frikommune", title: "Udfordre rammerne for samarbejdet med de frivillige foreninger", certainty: "EXPECTED",
          trial: { title: "Friere rammer for samarbejdet med frivillige foreninger", status: "IDEA" }, sources: cited(q.associations, q.bonds),
        },
        { kind: "EXPECTATION", section: "Som frikommune", title: "Myndigheden som ligeværdig samarbejdspartner", certainty: "EXPECTED", trial: null, sources: cited(q.equalPartner) },
      ],
    },
  ],
  [
    "the political, administrative and voluntary levels the work will be anchored at",
    `{ municipality(slug: "nordfyn") { anchoring { level name unit description certainty council { name } ${SOURCES} } } }`,
    {
      anchoring: [
        {
          level: "POLITICAL", name: null, unit: null, description: "Kommunen har det politiske ansvar.", certainty: "EXPECTED", council: null,
          sources: cited(q.levels, q.sameAsFreeMunicipality, q.sharedResponsibility),
        },
        {
          level: "ADMINISTRATIVE", name: null, unit: null, description: "Kommunen har det administrative ansvar.", certainty: "EXPECTED", council: null,
          sources: cited(q.levels, q.sameAsFreeMunicipality, q.sharedResponsibility),
        },
        {
          level: "VOLUNTARY", name: null, unit: null, description: "En direkte sparringspartner til det politiske og det administrative niveau.", certainty: "EXPECTED", council: null,
          sources: cited(q.levels, q.sameAsFreeMunicipality),
        },
      ],
    },
  ],
];

describe("Nordfyn's section of the 2016 application, through the gateway", () => {
  it.each(cases)("%s", async (_question, query, answer) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual(answer);
  });
});
