import { Certainty, stableId } from "@frikommune/municipality-kit";
import { data, quotes as q } from "../data.js";

/** Ids of Slagelse's rows in the kit's tables, checked against the data so a typo cannot dangle. */
function idOf(type: "council" | "policy" | "trial", key: string): string {
  const rows: { key: string }[] = type === "council" ? data.councils : type === "policy" ? data.policies : data.trials;
  if (!rows.some((r) => r.key === key)) throw new Error(`slagelse has no ${type} "${key}"`);
  return stableId("slagelse", type, key);
}

export const ruralFocus = [
  {
    key: "landdistrikter",
    focus: "Gennem de sidste par år et særligt fokus på udvikling af landdistrikterne.",
    lokalraadDialogue: "En tæt dialog gennem en årrække med de mange lokalråd, som gør en stor indsats for at skabe udvikling og gøre lokalområderne attraktive; dialogen er blevet intensiveret.",
    citizensInterest: "Borgerne har en reel interesse for at engagere sig i beslutningsprocesser om lokalsamfundenes fremtid; på kort tid er nye stærke kræfter frigjort, hvor borgerne tager initiativ.",
    momentum: "Det momentum vil og skal kommunen gribe.",
    sources: [q.ruralFocus, q.lokalraadDialogue, q.interest, q.momentum],
  },
];

export const settlementStrategy = [
  {
    key: "bosaetningsstrategi",
    policyId: idOf("policy", "bosaetningsstrategi"),
    preparedOn: null,
    description: "Netop udarbejdet; beskriver en række tiltag, der skal sættes i værk for at tiltrække nye borgere og fastholde dem, der allerede bor i landdistrikterne.",
    themes: ["Fællesskaber og netværk"],
    themeRationale: "Fællesskaber og netværk ses som en forudsætning for, at borgerne får et tilhørsforhold til det sted, de har valgt at slå sig ned på; frivillige indsatser og lokale fællesskaber er med til at skabe levende lokalsamfund.",
    sources: [q.settlementStrategy, q.theme, q.livingCommunities],
  },
];

export const stormoede = [
  {
    key: "stormoede",
    participants: "Civilsamfundets mange aktører",
    heldOn: null,
    followUp: "Dialogen fortsætter med udgangspunkt i visionen \"Væksten gror nedefra\".",
    idea: "Frisættes mennesker og organisationer, frigøres samtidig potentialer, som får borgerne til at engagere sig og skabe nye partnerskaber og initiativer.",
    visionId: idOf("policy", "vaeksten-gror-nedefra"),
    sources: [q.stormoede, q.idea],
  },
];

export const citizenDrivenInnovation = [
  {
    key: "borgerdreven-innovation",
    description: "Kommunen har gennem de sidste år faciliteret initiativer, hvor aktører i større geografiske områder går sammen om at udarbejde lokale udviklingsplaner eller skabe fælles udviklingsprojekter.",
    activities: ["Lokale udviklingsplaner", "Fælles udviklingsprojekter"],
    purposes: [
      "Skabe netværk og samarbejde mellem lokalråd, institutioner og foreninger, som rækker ud over de enkelte lokalområder",
      "Understøtte arbejdet med en strategisk, lokalt forankret plan for, hvordan områderne skal udvikle sig",
    ],
    areas: null,
    sources: [q.innovation, q.innovationPurpose],
  },
];

/** The budgets the application describes; it names neither the areas nor the amounts, so both stay null. */
export const citizenBudgets = [
  {
    key: "borgerstyrede-budgetter",
    title: "Borgerstyrede budgetter i landdistrikternes større områder",
    stage: "TRIED",
    certainty: Certainty.DECIDED,
    area: null,
    amountDkk: null,
    description: "I de områder, hvor borgerdreven innovation har samlet lokalråd, institutioner og foreninger, har kommunen stillet midler til rådighed til aktiviteter, som borgerne selv ønskede at sætte i værk.",
    aims: ["Borgerne udfordres til at tænke i større områder og tiltag", "Fremme den tværgående og fælles udvikling"],
    ownerCouncilKey: null as string | null,
    trialId: null as string | null,
    sources: [q.budgets, q.budgetsChallenge],
  },
  {
    key: "borgerstyrede-budgetter-frikommune",
    title: "Borgerstyrede budgetter med øgede kompetencer (frikommuneforsøg)",
    stage: "PLANNED",
    certainty: Certainty.EXPECTED,
    area: null,
    amountDkk: null,
    description: "Som frikommune ønsker Slagelse at eksperimentere med borgerstyrede budgetter i større udvalgte geografiske områder, hvor borgerne får øgede kompetencer i beslutninger om den kommunale opgaveløsning.",
    aims: ["Øgede kompetencer til borgerne", "Styrke netværk og samarbejde mellem lokalråd, foreninger og kommunale institutioner"],
    ownerCouncilKey: "borgerdreven-innovation-i-landdistrikterne",
    trialId: idOf("trial", "borgerstyrede-budgetter"),
    sources: [q.experiment, q.experimentNetworks, q.anchoredIn],
  },
];

export const dialogueMeetings = [
  {
    key: "dialogmoeder",
    participants: ["Lokalråd", "Administration", "Fagudvalget for landdistriktsudviklingen"],
    perYearMin: 3,
    perYearMax: 4,
    purpose: "At understøtte relationerne og fremme den gensidige forståelse for de vilkår og perspektiver, som parterne arbejder med.",
    plannedBy: ["Lokalrådsrepræsentanter", "Den kommunale administration"],
    councilId: idOf("council", "lokalraad"),
    sources: [q.meetings, q.meetingsIntention, q.meetingsPlanned],
  },
];
