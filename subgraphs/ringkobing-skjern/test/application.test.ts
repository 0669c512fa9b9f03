import { describe, expect, it } from "vitest";
import type { SourceSeed } from "@frikommune/municipality-kit";
import { useTestGraph } from "../../../tests/support/graph.js";
import { quotes as q } from "../src/data.js";

const graph = useTestGraph();

/** The sources as the graph answers them: the application, the section and the words. */
const cited = (...sources: SourceSeed[]) => sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote }));
const SOURCES = "sources { document { key } location quote }";
const rks = (fields: string) => `{ municipality(slug: "ringkobing-skjern") { ... on RingkobingSkjernMunicipality { ${fields} } } }`;

const cases: [question: string, query: string, answer: Record<string, unknown>][] = [
  [
    "the 2014 vision: two cross-cutting and nine sector policies, the political wishes behind it, the red thread",
    rks(`vision { adoptedOn crossCuttingPolicies sectorPolicyCount politicalWishes redThread policy { title adoptedBy } ${SOURCES} history { action } }`),
    {
      vision: {
        adoptedOn: "2014",
        crossCuttingPolicies: ["Det gode liv", "Vækst"],
        sectorPolicyCount: 9,
        politicalWishes: [
          "At skabe et øget ejerskab og forståelse for lokale kommunalpolitiske problemstillinger i civilsamfundet",
          "At anvende borgernes egne ressourcer til at udvikle nye og innovative løsninger af kerneopgaverne",
        ],
        redThread: "Samskabelse med borgerne og det aktive medborgerskab går som en fælles rød tråd igen i visionen og alle politikkerne.",
        policy: { title: "Fælles politisk vision", adoptedBy: "Ringkøbing-Skjern Byråd" },
        sources: cited(q.vision, q.redThread, q.wishes),
        history: [],
      },
    },
  ],
  [
    "the three tracks: FIA, the seven principles after the autumn 2015 process, the 3-year VIA project from 2016",
    rks(`vision { tracks { title startedOn partner durationYears policy { title adoptedOn } ${SOURCES} } }`),
    {
      vision: {
        tracks: [
          { title: "Frivilligheds- og Ildsjæleakademi (FIA)", startedOn: null, partner: null, durationYears: null, policy: { title: "Frivilligheds- og Ildsjæleakademi (FIA)", adoptedOn: null }, sources: cited(q.tracks, q.fiaPurpose, q.fiaHow) },
          { title: "Syv principper for borgerdialog", startedOn: "2015", partner: null, durationYears: null, policy: { title: "Syv principper for borgerdialog", adoptedOn: null }, sources: cited(q.principles) },
          { title: "Kultur- og uddannelsesprojekt med VIA University College", startedOn: "2016", partner: "VIA University College", durationYears: 3, policy: { title: "Kultur- og uddannelsesprojekt med VIA University College", adoptedOn: "2016" }, sources: cited(q.via, q.viaPurpose) },
        ],
      },
    },
  ],
  [
    "the cultural and organisational change co-creation asks for, and the principles that stay",
    rks(`cultureChange { need examples principlesKept rules ongoingProject ${SOURCES} }`),
    {
      cultureChange: {
        need: "Reel faciliterende samskabelse med borgere, foreninger og virksomheder kræver først og fremmest en organisatorisk kulturforandring.",
        examples: [
          "Frivillige inviteres ind i maskinrummet",
          "Virksomhedsrepræsentanter får ansvar for dele af det kommunale budget",
          "Foreninger medinddrages både i politikformuleringen og -implementeringen",
        ],
        principlesKept: ["Legalitet", "Saglighed", "Habilitet"],
        rules: "Det forvaltningsmæssige regelsæt bør også kunne rumme den nye virkelighed for det kommunale virke.",
        ongoingProject: "Organisationen er midt i et kulturforandringsprojekt, hvor den gennem en række konkrete projekter afsøger muligheder og begrænsninger for sammen med borgerne at skabe innovativ løsning af kerneopgaverne.",
        sources: cited(q.cultureFirst, q.inNetworks, q.openBoundaries, q.engineRoom, q.principlesKept, q.cultureProject),
      },
    },
  ],
  [
    "why it joins: the work is only just begun, and it does not know every rule it will meet",
    rks(`motivation { stage knownBarriers reason ${SOURCES} }`),
    {
      motivation: {
        stage: "Arbejdet med samskabelse og det aktive medborgerskab er kun lige begyndt.",
        knownBarriers: "Kommunen har ikke et fuldt overblik over, hvilke regelmæssige barrierer den kommer til at støde på i arbejdet.",
        reason: "At udvide den fælles bane, som kommune og lokalsamfund har at spille på.",
        sources: cited(q.justBegun, q.noOverview),
      },
    },
  ],
  [
    "where the work is anchored: the city council, and the local community through FIA and the new Erhvervs-Vækstforum",
    `{ municipality(slug: "ringkobing-skjern") { anchoring { level certainty council { name kind } ${SOURCES} } } }`,
    {
      anchoring: [
        { level: "POLITICAL", certainty: "DECIDED", council: { name: "Ringkøbing-Skjern Byråd", kind: "BYRAAD" }, sources: cited(q.anchoredInCouncil) },
        { level: "COMMUNITY", certainty: "DECIDED", council: { name: "Erhvervs-Vækstforum", kind: "FORUM" }, sources: cited(q.anchoredLocally) },
      ],
    },
  ],
  [
    "its policies: when each was adopted, where the application says so",
    `{ municipality(slug: "ringkobing-skjern") { policies { title kind adoptedOn } } }`,
    {
      policies: [
        { title: "Det gode liv", kind: "POLITIK", adoptedOn: "2014" },
        { title: "Fælles politisk vision", kind: "VISION", adoptedOn: "2014" },
        { title: "Ni sektorpolitikker", kind: "POLITIK", adoptedOn: "2014" },
        { title: "Vækst", kind: "POLITIK", adoptedOn: "2014" },
        { title: "Kultur- og uddannelsesprojekt med VIA University College", kind: "PROGRAM", adoptedOn: "2016" },
        { title: "Frivilligheds- og Ildsjæleakademi (FIA)", kind: "PROGRAM", adoptedOn: null },
        { title: "Syv principper for borgerdialog", kind: "PRINCIPPER", adoptedOn: null },
      ],
    },
  ],
];

describe("Ringkøbing-Skjern's section of the 2016 application, through the gateway", () => {
  it.each(cases)("%s", async (_question, query, answer) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual(answer);
  });
});
