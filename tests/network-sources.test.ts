import { describe, expect, it } from "vitest";
import { members } from "@frikommune/members";
import { DOCUMENTED_MEMBERS } from "@frikommune/subgraph-network";
import { MAX_QUOTE } from "@frikommune/municipality-kit";
import { withClient } from "./support/database.js";
import { useTestGraph } from "./support/graph.js";
import { unsourcedRows } from "./support/sources.js";

const graph = useTestGraph();

const APPLICATION = "ansoegning-2016";
const MINISTRY_PAGE = "ministeriet-organisering-og-samarbejde";
const where = (document: string, location: string) => ({ document: { key: document }, location });

/** What a citizen, a coordinator or the ministry looks up about the network, and what the documents answer. */
const cases: [question: string, query: string, answer: unknown][] = [
  [
    "which theme days are held? none yet: the documents only plan them",
    `{ themeDays { id } }`,
    { themeDays: [] },
  ],
  [
    "how many theme days a year, for whom, and who sets their agendas",
    `{ network { themeDayPlan { perYear perYearMin perYearMax certainty participants { who certainty } agendaSetBy { kind } sources { document { key } location } } } }`,
    {
      network: {
        themeDayPlan: {
          perYear: "1–2",
          perYearMin: 1,
          perYearMax: 2,
          certainty: "EXPECTED",
          participants: [
            { who: "De deltagende kommuner", certainty: "POSSIBLE" },
            { who: "De fem borgmestre", certainty: "DECIDED" },
            { who: "Repræsentanter fra Social- og Indenrigsministeriet", certainty: "POSSIBLE" },
            { who: "Borgerne", certainty: "POSSIBLE" },
          ],
          agendaSetBy: { kind: "COORDINATION_GROUP" },
          sources: [where(APPLICATION, "Årlige temadage"), where(APPLICATION, "Årlige temadage"), where(APPLICATION, "Koordinationsgruppe")],
        },
      },
    },
  ],
  [
    "which challenges do members bring? those they state, tied to no day",
    `{ challenges { title themeDay { id } municipality { slug } sources { location } } }`,
    {
      challenges: [
        { title: "En mindre økonomisk ramme, fællesskabet og den fremtidige velfærd", themeDay: null, municipality: { slug: "holbaek" }, sources: [{ location: "Udfordringer" }, { location: "Udfordringer" }] },
        { title: "En demografisk udvikling med store økonomiske udfordringer", themeDay: null, municipality: { slug: "nordfyn" }, sources: [{ location: "Nordfyn" }, { location: "Nordfyn" }] },
        {
          title: "Kulturelle og organisatoriske forandringer for samskabelse",
          themeDay: null,
          municipality: { slug: "ringkobing-skjern" },
          sources: Array(3).fill({ location: "Samskabelse kræver både kulturelle og organisatoriske forandringer" }),
        },
      ],
    },
  ],
  [
    "d): proposed like a)–c), with the ministry's finding on the law and the network's request beside it",
    `{ exemption(code: "D") { decision decidedOn decisionNote networkRequest
        legalFinding { kind finding foundBy foundOn statedIntention intentionBy intentionCertainty sources { location } } sources { location } } }`,
    {
      exemption: {
        decision: "PROPOSED",
        decidedOn: null,
        decisionNote: null,
        networkRequest: "Netværket vil gerne have mulighed for at arbejde med forsøgsområdet, mens lovarbejdet står på.",
        legalFinding: {
          kind: "NO_LEGAL_BASIS",
          finding: "Der er ikke lovhjemmel til, at kommuner må forsikre frivillige.",
          foundBy: "Social- og Indenrigsministeriet",
          foundOn: "2016-04",
          statedIntention: "Ministeren ønsker at se nærmere på, om lovgivningen kan ændres.",
          intentionBy: "Social- og Indenrigsministeren",
          intentionCertainty: "CONSIDERED",
          sources: [{ location: "Fodnote 1" }, { location: "Fodnote 1" }],
        },
        sources: [{ location: "Både fælles og individuelle forsøg" }, { location: "Både fælles og individuelle forsøg" }, { location: "Fodnote 1" }],
      },
    },
  ],
  [
    "is Assens a member? under a decision scheduled for 1 June 2016, whose outcome the documents do not give",
    `{ municipality(slug: "assens") { conditionDecidedOn conditionDecisionScheduledOn conditionDecisionBy conditionCertainty sources { location } } }`,
    {
      municipality: {
        conditionDecidedOn: null,
        conditionDecisionScheduledOn: "2016-06-01",
        conditionDecisionBy: "Assens Byråd",
        conditionCertainty: "SCHEDULED",
        sources: [{ location: "Indledning" }, { location: "Fodnote 2" }],
      },
    },
  ],
  [
    "how firmly each part of the organisation is set up",
    `{ groups { kind certainty optional reportsTo suggestedBy composition } }`,
    {
      groups: [
        { kind: "POLITICAL_ANCHORING", certainty: "DECIDED", optional: false, reportsTo: null, suggestedBy: null, composition: "De fem byråd" },
        { kind: "MAYORS_EXCHANGE", certainty: "CONSIDERED", optional: true, reportsTo: null, suggestedBy: null, composition: "De fem borgmestre" },
        { kind: "STEERING_GROUP", certainty: "DECIDED", optional: false, reportsTo: null, suggestedBy: null, composition: "Relevante chefer/direktører" },
        { kind: "NETWORK_GROUP", certainty: "POSSIBLE", optional: true, reportsTo: "Tværkommunal styregruppe", suggestedBy: null, composition: "Relevante ledere og medarbejdere" },
        { kind: "COORDINATION_GROUP", certainty: "DECIDED", optional: false, reportsTo: null, suggestedBy: null, composition: "En ansvarlig koordinator fra hver kommune" },
        { kind: "POLITICAL_REFERENCE_GROUP", certainty: "POSSIBLE", optional: true, reportsTo: null, suggestedBy: "Ministeriet", composition: "Repræsentanter fra alle netværkets kommuner" },
        { kind: "ADMINISTRATIVE_REFERENCE_GROUP", certainty: "POSSIBLE", optional: true, reportsTo: null, suggestedBy: "Ministeriet", composition: "Repræsentanter fra alle netværkets kommuner" },
      ],
    },
  ],
  [
    "who sits where: a seat per member only where the documents say each member takes part",
    `{ groups { kind members { role } } }`,
    {
      groups: [
        ["POLITICAL_ANCHORING", "Byråd"], ["MAYORS_EXCHANGE", "Borgmester"], ["STEERING_GROUP", null], ["NETWORK_GROUP", null], ["COORDINATION_GROUP", "Koordinator"],
        ["POLITICAL_REFERENCE_GROUP", "Politisk repræsentant"], ["ADMINISTRATIVE_REFERENCE_GROUP", "Administrativ repræsentant"],
      ].map(([kind, role]) => ({ kind, members: role ? DOCUMENTED_MEMBERS.map(() => ({ role })) : [] })),
    },
  ],
  [
    "whom to contact at the ministry: the page's three lines, no ministry for the two people",
    `{ network { ministryContacts { name title office organisation sources { document { key } location } } } }`,
    {
      network: {
        ministryContacts: [
          { name: "Linea Birch Hansen", title: "Specialkonsulent", office: "Udgifter", organisation: null, sources: [where(MINISTRY_PAGE, "Kontakt")] },
          { name: "Helena Elisabeth Ravn", title: "Fuldmægtig", office: "Opgaver og Struktur", organisation: null, sources: [where(MINISTRY_PAGE, "Kontakt")] },
          { name: null, title: null, office: "Finansiering", organisation: "Indenrigs- og Boligministeriet", sources: [where(MINISTRY_PAGE, "Kontakt")] },
        ],
      },
    },
  ],
  [
    "which documents the facts come from",
    `{ sourceDocuments { key kind } }`,
    {
      sourceDocuments: [
        { key: "ansoegning-2016", kind: "APPLICATION" },
        { key: "referat-2015-03-24", kind: "MINUTES" },
        { key: "kommissorium-2014", kind: "TERMS_OF_REFERENCE" },
        { key: "rapport-understoet-borgernes-initiativ", kind: "REPORT" },
        { key: "ministeriet-organisering-og-samarbejde", kind: "WEB_PAGE" },
      ],
    },
  ],
  [
    "how the network evaluates itself and its trials",
    `{ network { evaluationPlan { networkEvaluation certainty finalReport finalReportDue trialEvaluations whyPerTrial template { name } sources { location } } } }`,
    {
      network: {
        evaluationPlan: {
          networkEvaluation: "Løbende evalueringer af netværkets virke.",
          certainty: "DECIDED",
          finalReport: "En samlet evalueringsrapport, der opsamler de løbende evalueringer.",
          finalReportDue: "Ved forsøgets afslutning",
          trialEvaluations: "Konkrete planer for evalueringen af det enkelte forsøg lægges i forbindelse med forsøgets beskrivelse.",
          whyPerTrial: "Evalueringsformen kan variere mellem de forskellige forsøg.",
          template: { name: "Ensartet erfaringsopsamling og resultatopfølgning" },
          sources: [{ location: "Evaluering" }, { location: "Evaluering" }],
        },
      },
    },
  ],
  [
    "what a network must do, and what it need not",
    `{ required: ministryRules(kind: REQUIREMENT) { title } notRequired: ministryRules(kind: NOT_REQUIRED) { title } }`,
    {
      required: [{ title: "En koordinator som ministeriernes kontaktperson" }],
      notRequired: [
        { title: "Ingen fast model for netværkssamarbejdet" },
        { title: "Ingen andre formelle krav til organiseringen" },
        { title: "Forsøgene skal ikke gennemføres af alle" },
        { title: "De øvrige kommuner skal ikke godkende et forsøg" },
      ],
    },
  ],
  [
    "what the ministry expects of the network, suggests to it and offers it",
    `{ network { expected: rules(kind: EXPECTATION) { title } suggested: rules(kind: SUGGESTION) { title } offered: rules(kind: SUPPORT) { title topic } } }`,
    {
      network: {
        expected: [
          { title: "Gensidig forpligtelse til et højt ambitionsniveau" },
          { title: "Systematisk opfølgning på de igangsatte forsøg" },
          { title: "Drøft opfølgning og evaluering allerede ved forsøgets start" },
          { title: "Samme standarder og skabeloner i hele netværket" },
        ],
        suggested: [
          { title: "Forankring i den politiske og administrative ledelse" },
          { title: "En politisk og en administrativ referencegruppe" },
          { title: "Faste procedurer for idéudvikling og vidensdeling" },
          { title: "Sparring om barrierer og løsningsmodeller" },
          { title: "Fælles oversigt over igangsatte forsøg" },
          { title: "Løbende opfølgning på milepæle og erfaringer" },
        ],
        offered: [{ title: "Processtøtte fra VIVE", topic: "Ensartet erfaringsopsamling og resultatopfølgning" }],
      },
    },
  ],
  [
    "the plan: mapping in autumn 2016, applications in November 2016, start early 2017, all expected",
    `{ network { statements(topic: PLAN) { title dueOn due certainty } } }`,
    {
      network: {
        statements: [
          { title: "Forsøgsområderne afdækkes grundigt", dueOn: "2016", due: "I løbet af efteråret 2016", certainty: "EXPECTED" },
          { title: "Konkrete fritagelsesansøgninger sendes", dueOn: "2016-11", due: "November 2016", certainty: "EXPECTED" },
          { title: "Forsøgene sættes endeligt i gang", dueOn: "2017", due: "Primo 2017", certainty: "EXPECTED" },
        ],
      },
    },
  ],
  [
    "why this theme, and which barriers were met and are expected",
    `{ network { reasons: statements(topic: THEME_REASON) { title heading } barriers: statements(topic: BARRIER) { title certainty } } }`,
    {
      network: {
        reasons: [
          { title: "Den kommunale opgaveløsning er under forandring", heading: "Begrundelse for valg af tema" },
          { title: "Et bedre lokalt nærdemokrati", heading: "Begrundelse for valg af tema" },
        ],
        barriers: [
          { title: "Allerede oplevede lovgivningsmæssige barrierer", certainty: null },
          { title: "Nye barrierer forventes", certainty: "EXPECTED" },
          { title: "Frikommunestatus som værktøj mod barriererne", certainty: "EXPECTED" },
        ],
      },
    },
  ],
  [
    "common and individual trials, building on earlier free-municipality trials",
    `{ network { statements(topic: APPROACH) { title certainty } } }`,
    {
      network: {
        statements: [
          { title: "En række nye fritagelser", certainty: "EXPECTED" },
          { title: "Bygger på de tidligere frikommuneforsøg", certainty: "EXPECTED" },
          { title: "Fritagelser, som tidligere frikommuner allerede har fået", certainty: "EXPECTED" },
          { title: "Fælles fritagelsesområder a)–d)", certainty: "DECIDED" },
          { title: "Hver kommune har også sine egne forsøg", certainty: "EXPECTED" },
        ],
      },
    },
  ],
  [
    "who invited, and who answered",
    `{ network { invitedOn invitedBy members { slug sources { location } } } }`,
    {
      network: {
        invitedOn: "2016-01-15",
        invitedBy: "Social- og Indenrigsministeren",
        // Members that joined after the documents follow, with no sources.
        members: members.map(({ slug }) => ({
          slug,
          sources: {
            holbaek: [{ location: "Indledning" }, { location: "Motivation for indgå i netværket" }],
            assens: [{ location: "Indledning" }, { location: "Fodnote 2" }],
            nordfyn: [{ location: "Indledning" }, { location: "Politik for det aktive medborgerskab" }],
            "ringkobing-skjern": [{ location: "Indledning" }, { location: "Motivation for at indgå i netværket" }],
            slagelse: [{ location: "Indledning" }, { location: "Frikommuneforsøget : Styrket lokalt partnerskab" }],
          }[slug] ?? [],
        })),
      },
    },
  ],
];

describe("looking up the network in the documents, through the gateway", () => {
  it.each(cases)("%s", async (_question, query, answer) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    expect(data).toEqual(answer);
  });
});

/** Every seeded type of the network, with `$P` (its sources, or its history) selected wherever it is; one list per query, within the gateway's cost limit. */
const EVERY_SEEDED_ENTITY = [
  `{ network { $P ministryContacts { $P } statements { $P } rules { $P } } }`,
  `{ network { themeDayPlan { $P participants { $P } } evaluationPlan { $P } } }`,
  `{ municipalities { $P } exemptions { $P legalFinding { $P } } }`,
  `{ challenges { $P } }`,
  `{ groups { $P members { $P } } }`,
  `{ evaluationTemplate { $P dimensions { $P } } }`,
];
const SOURCES = "sources { quote location document { key } }";
/** Where members that joined after the documents stand in `municipalities` (registry order): they have no sources. */
const JOINED_LATER = new Set(members.flatMap((m, i) => (DOCUMENTED_MEMBERS.includes(m.slug) ? [] : [`data.municipalities[${i}]`])));
const HISTORY = "history { action }";

/** Every object in an answer that has the field `name`, with where it is. */
function having<T>(name: string, value: unknown, path = "data"): [string, T][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => having<T>(name, v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const own: [string, T][] = name in value ? [[path, (value as Record<string, T>)[name]!]] : [];
  return [...own, ...Object.entries(value).filter(([k]) => k !== name).flatMap(([k, v]) => having<T>(name, v, `${path}.${k}`))];
}
const answers = async (field: string) => {
  const found: [string, unknown][] = [];
  for (const query of EVERY_SEEDED_ENTITY) {
    const { data, errors } = await graph.query(query.replaceAll("$P", field));
    expect(errors).toBeUndefined();
    found.push(...having(field.split(" ")[0]!, data));
  }
  return found;
};

describe("where every seeded fact of the network comes from", () => {
  it("cites at least one of the five documents, at a place in it, with a quote of at most 300 characters", async () => {
    const documents = new Set((await graph.query(`{ sourceDocuments { key } }`)).data.sourceDocuments.map((d: { key: string }) => d.key));
    const cited = (await answers(SOURCES)) as [string, { quote: string; location: string; document: { key: string } }[]][];
    expect(cited.length).toBeGreaterThan(50);
    for (const [path, sources] of cited.filter(([path]) => !JOINED_LATER.has(path))) {
      expect(sources.length, path).toBeGreaterThan(0);
      for (const s of sources) {
        expect(documents.has(s.document.key), path).toBe(true);
        expect(s.location, path).toMatch(/\S/);
        expect(s.quote.length, path).toBeGreaterThan(0);
        expect(s.quote.length, path).toBeLessThanOrEqual(MAX_QUOTE);
        expect(s.quote, path).not.toMatch(/\*\*|<\/?sup>|^#/);
      }
    }
  });

  it("leaves no row of the network's tables without a source", async () => {
    const { tables, unsourced } = await withClient(graph.databaseUrl, (client) => unsourcedRows(client, ["network"]));
    expect(tables).toBeGreaterThan(10);
    expect(unsourced).toEqual([]);
  });

  it("has no history while it stands as the documents give it", async () => {
    const histories = await answers(HISTORY);
    expect(histories.length).toBeGreaterThan(50);
    expect(histories.filter(([, history]) => (history as unknown[]).length > 0)).toEqual([]);
  });
});
