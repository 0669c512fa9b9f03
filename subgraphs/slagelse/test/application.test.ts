import { describe, expect, it } from "vitest";
import type { SourceSeed } from "@frikommune/municipality-kit";
import { useTestGraph } from "../../../tests/support/graph.js";
import { quotes as q } from "../src/data.js";

const graph = useTestGraph();

/** The sources as the graph answers them: the application, the section and the words. */
const cited = (...sources: SourceSeed[]) => sources.map((s) => ({ document: { key: s.document }, location: s.at, quote: s.quote }));
const SOURCES = "sources { document { key } location quote }";
const slagelse = (fields: string) => `{ municipality(slug: "slagelse") { ... on SlagelseMunicipality { ${fields} } } }`;
const COMMITTEE = { name: "Borgerdreven Innovation i Landdistrikterne", kind: "PARAGRAF_17_STK_4_UDVALG" };

const cases: [question: string, query: string, answer: Record<string, unknown>][] = [
  [
    "its focus on the rural districts, and the momentum it has seen",
    slagelse(`ruralFocus { focus lokalraadDialogue citizensInterest momentum ${SOURCES} history { action } }`),
    {
      ruralFocus: {
        focus: "Gennem de sidste par år et særligt fokus på udvikling af landdistrikterne.",
        lokalraadDialogue: "En tæt dialog gennem en årrække med de mange lokalråd, som gør en stor indsats for at skabe udvikling og gøre lokalområderne attraktive; dialogen er blevet intensiveret.",
        citizensInterest: "Borgerne har en reel interesse for at engagere sig i beslutningsprocesser om lokalsamfundenes fremtid; på kort tid er nye stærke kræfter frigjort, hvor borgerne tager initiativ.",
        momentum: "Det momentum vil og skal kommunen gribe.",
        sources: cited(q.ruralFocus, q.lokalraadDialogue, q.interest, q.momentum),
        history: [],
      },
    },
  ],
  [
    "the settlement strategy and its theme communities and networks; when it was prepared is not given",
    slagelse(`settlementStrategy { preparedOn themes themeRationale policy { title kind adoptedOn goals } ${SOURCES} }`),
    {
      settlementStrategy: {
        preparedOn: null,
        themes: ["Fællesskaber og netværk"],
        themeRationale: "Fællesskaber og netværk ses som en forudsætning for, at borgerne får et tilhørsforhold til det sted, de har valgt at slå sig ned på; frivillige indsatser og lokale fællesskaber er med til at skabe levende lokalsamfund.",
        policy: { title: "Bosætningsstrategi", kind: "STRATEGI", adoptedOn: null, goals: ["Tiltrække nye borgere", "Fastholde dem, der allerede bor i landdistrikterne"] },
        sources: cited(q.settlementStrategy, q.theme, q.livingCommunities),
      },
    },
  ],
  [
    "the stormøde for civil society and the vision \"Væksten gror nedefra\"",
    slagelse(`stormoede { participants heldOn followUp idea vision { title kind } ${SOURCES} }`),
    {
      stormoede: {
        participants: "Civilsamfundets mange aktører",
        heldOn: null,
        followUp: "Dialogen fortsætter med udgangspunkt i visionen \"Væksten gror nedefra\".",
        idea: "Frisættes mennesker og organisationer, frigøres samtidig potentialer, som får borgerne til at engagere sig og skabe nye partnerskaber og initiativer.",
        vision: { title: "Væksten gror nedefra", kind: "VISION" },
        sources: cited(q.stormoede, q.idea),
      },
    },
  ],
  [
    "citizen-driven innovation: what was facilitated and why; the areas are not named",
    slagelse(`citizenDrivenInnovation { activities purposes areas ${SOURCES} }`),
    {
      citizenDrivenInnovation: {
        activities: ["Lokale udviklingsplaner", "Fælles udviklingsprojekter"],
        purposes: [
          "Skabe netværk og samarbejde mellem lokalråd, institutioner og foreninger, som rækker ud over de enkelte lokalområder",
          "Understøtte arbejdet med en strategisk, lokalt forankret plan for, hvordan områderne skal udvikle sig",
        ],
        areas: null,
        sources: cited(q.innovation, q.innovationPurpose),
      },
    },
  ],
  [
    "citizen-run budgets: the one tried and the one wanted as a free municipality, areas and amounts unknown",
    slagelse(`citizenBudgets { title stage certainty area amountDkk ownerCouncil { name kind } trial { title } ${SOURCES} }`),
    {
      citizenBudgets: [
        { title: "Borgerstyrede budgetter i landdistrikternes større områder", stage: "TRIED", certainty: "DECIDED", area: null, amountDkk: null, ownerCouncil: null, trial: null, sources: cited(q.budgets, q.budgetsChallenge) },
        {
          title: "Borgerstyrede budgetter med øgede kompetencer (frikommuneforsøg)",
          stage: "PLANNED",
          certainty: "EXPECTED",
          area: null,
          amountDkk: null,
          ownerCouncil: COMMITTEE,
          trial: { title: "Borgerstyrede budgetter i større geografiske områder" },
          sources: cited(q.experiment, q.experimentNetworks, q.anchoredIn),
        },
      ],
    },
  ],
  [
    "the 3–4 dialogue meetings a year, and who plans them",
    slagelse(`dialogueMeetings { participants perYearMin perYearMax purpose plannedBy council { name } ${SOURCES} }`),
    {
      dialogueMeetings: {
        participants: ["Lokalråd", "Administration", "Fagudvalget for landdistriktsudviklingen"],
        perYearMin: 3,
        perYearMax: 4,
        purpose: "At understøtte relationerne og fremme den gensidige forståelse for de vilkår og perspektiver, som parterne arbejder med.",
        plannedBy: ["Lokalrådsrepræsentanter", "Den kommunale administration"],
        council: { name: "Lokalråd" },
        sources: cited(q.meetings, q.meetingsIntention, q.meetingsPlanned),
      },
    },
  ],
  [
    "what it wants to do as a free municipality, including not yet knowing which rules it will challenge",
    `{ municipality(slug: "slagelse") { statements(kind: INTENTION) { kind title certainty trial { title status } ${SOURCES} } } }`,
    {
      statements: [
        { kind: "INTENTION", title: "Bygge videre på erfaringerne", certainty: "EXPECTED", trial: null, sources: cited(q.buildOn) },
        {
          kind: "INTENTION", title: "Eksperimentere med borgerstyrede budgetter", certainty: "EXPECTED",
          trial: { title: "Borgerstyrede budgetter i større geografiske områder", status: "IDEA" }, sources: cited(q.experiment, q.experimentNetworks),
        },
        {
          kind: "INTENTION", title: "Liv i tomme butikker og bygninger", certainty: "EXPECTED",
          trial: { title: "Foreninger og iværksættere i tomme butikker og bygninger", status: "IDEA" }, sources: cited(q.emptyBuildings),
        },
        { kind: "INTENTION", title: "Mulighed for at søge dispensation", certainty: "EXPECTED", trial: null, sources: cited(q.unknownRules) },
      ],
    },
  ],
  [
    "where the initiatives will be anchored: the § 17, stk. 4 committee set up by Landdistrikts-, Teknik- og Ejendomsudvalget",
    `{ municipality(slug: "slagelse") { anchoring { level description certainty council { name kind } ${SOURCES} } } }`,
    {
      anchoring: [
        {
          level: "POLITICAL",
          description: "Initiativerne vil blive forankret i § 17, stk. 4-udvalget Borgerdreven Innovation i Landdistrikterne, nedsat af Landdistrikts-, Teknik- og Ejendomsudvalget.",
          certainty: "EXPECTED",
          council: COMMITTEE,
          sources: cited(q.anchoredIn),
        },
      ],
    },
  ],
];

describe("Slagelse's section of the 2016 application, through the gateway", () => {
  it.each(cases)("%s", async (_question, query, answer) => {
    const { data, errors } = await graph.query(query);
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual(answer);
  });

  it("keeps the citizen budgets' ids and owner as before", async () => {
    const { data, errors } = await graph.query(`{ municipality(slug: "slagelse") { councils { id name } ... on SlagelseMunicipality { citizenBudgets { id ownerCouncilId } } } }`);
    expect(errors).toBeUndefined();
    const committee = data.municipality.councils.find((c: { name: string }) => c.name === COMMITTEE.name);
    expect(data.municipality.citizenBudgets.map((b: { ownerCouncilId: string | null }) => b.ownerCouncilId)).toEqual([null, committee.id]);
  });
});
