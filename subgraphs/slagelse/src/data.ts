import { AnchoringLevel, Certainty, cite, commonExemptionTrials, CouncilKind, PolicyKind, StatementKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

const RURAL = "Slagelse – Fokus på udvikling af landdistrikter: Fællesskaber og netværk";
const INNOVATION = "Slagelse – Borgerdreven Innovation";
const BUDGETS = "Slagelse – Borgerstyrede budgetter";
const DIALOGUE = "Slagelse – Kontinuerlig forpligtende dialog";
const PARTNERSHIP = "Frikommuneforsøget : Styrket lokalt partnerskab";
const FREE = `Slagelse – ${PARTNERSHIP}`;
const at = (where: string, quote: string) => cite("ansoegning-2016", where, quote);

export const quotes = {
  ruralFocus: at(RURAL, "I Slagelse Kommune har vi gennem de sidste par år haft et særligt fokus på udvikling af vores landdistrikter."),
  lokalraadDialogue: at(RURAL, "Vi har gennem en årrække haft en tæt dialog med vores mange lokalråd, som gør en stor indsats for at skabe udvikling og gøre vores lokalområder attraktive, og dette er blevet intensiveret."),
  settlementStrategy: at(RURAL, "Vi har netop udarbejdet en bosætningsstrategi, der beskriver en række tiltag som skal sættes i værk for at tiltrække nye borgere og fastholde dem, der allerede bor i landdistrikterne."),
  theme: at(RURAL, "Et af temaerne er fællesskaber og netværk, som ses som en forudsætning for at borgerne får et tilhørsforhold til det sted, som de har valgt at slå sig ned på."),
  livingCommunities: at(RURAL, "Frivillige indsatser og lokale fællesskaber er med til at skabe levende lokalsamfund."),
  stormoede: at(RURAL, "Senest har vi afholdt stormøde for civilsamfundets mange aktører og fortsætter dialogen med udgangspunkt i visionen \"Væksten gror nedefra\"."),
  idea: at(RURAL, "Ideen er baseret på viden om, at hvis vi frisætter mennesker og organisationer, frigør vi samtidig potentialer, som bevirker at borgerne engagerer sig og skaber nye partnerskaber og initiativer."),
  interest: at(RURAL, "Vi oplever, at borgerne har en reel interesse for at engagere sig i beslutningsprocesser, der handler om lokalsamfundenes fremtid."),
  momentum: at(RURAL, "På kort tid har vi oplevet, at der er frigjort nye stærke kræfter, hvor borgerne tager initiativ og viser, at de ønsker at bidrage til fællesskabet. Det momentum vil og skal vi gribe."),
  innovation: at(INNOVATION, "I et forsøg på at skabe yderligere engagement har vi gennem de sidste år faciliteret initiativer om borgerdreven innovation, hvor aktører i større geografiske områder går sammen om at udarbejde lokale udviklingsplaner eller skabe fælles udviklingsprojekter."),
  innovationPurpose: at(INNOVATION, "Formålet er at skabe netværk og samarbejde mellem lokalråd, institutioner og foreninger, som rækker ud over de enkelte lokalområder samt at understøtte arbejdet med at skabe en strategisk, lokal forankret plan for, hvordan områderne skal udvikle sig."),
  budgets: at(BUDGETS, "I de samme geografiske områder har vi arbejdet med borgerstyrede budgetter, hvor kommunen har stillet midler til rådighed til aktiviteter, som borgerne har ønsket at sætte i værk."),
  budgetsChallenge: at(BUDGETS, "Vi har i den forbindelse udfordret de lokale borgere på at tænke i større områder og tiltag, der kunne fremme den tværgående og fælles udvikling."),
  meetings: at(DIALOGUE, "I perioden har vi desuden intensiveret den kontinuerlige og forpligtende dialog mellem lokalråd, administration og fagudvalget for landdistriktsudviklingen ved 3-4 årlige dialogmøder."),
  meetingsIntention: at(DIALOGUE, "Intentionen er at understøtte relationerne og fremme den gensidige forståelse for de vilkår og perspektiver, som parterne arbejder med."),
  meetingsPlanned: at(DIALOGUE, "Møderne planlægges i tæt fællesskab mellem lokalrådsrepræsentanter og den kommunale administration."),
  buildOn: at(FREE, "Som frikommune ønsker vi at bygge videre på de erfaringer, vi allerede har gjort, og vi vil gerne iværksætte tiltag, der yderligere kan styrke det aktive medborgerskab i landdistrikterne."),
  experiment: at(FREE, "Vi ønsker eksempelvis at eksperimentere med nye tiltag indenfor borgerstyrede budgetter i større udvalgte geografiske områder, hvor borgerne får øgede kompetencer i forhold til beslutninger, der vedrører den kommunale opgaveløsning."),
  experimentNetworks: at(FREE, "Ligesom det har været tilfældet med den borgerdreven innovation er et af formålene at styrke netværk og samarbejder mellem lokalråd, foreninger samt kommunale institutioner og øvrige enheder i de pågældende områder."),
  emptyBuildings: at(FREE, "Vi har også planer om at eksperimentere med initiativer, som giver foreninger og iværksættere bedre mulighed for at etablere sig i tomme butikker og andre tomme bygninger for på den måde at skabe liv i mindre byer i landdistrikterne."),
  unknownRules: at(FREE, "Vi ved endnu ikke hvilke love og regler vi vil komme til at udfordre, men ønsker som frikommune at have muligheden for at kunne søge dispensation, når behovet opstår."),
  anchoredIn: at(FREE, "Initiativerne vil blive forankret i § 17 stk. 4 udvalget Borgerdreven Innovation i Landdistrikterne, som er nedsat af Landdistrikts-, Teknik- og Ejendomsudvalget."),
};
const q = quotes;

/** Slagelse, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    {
      key: "lokalraad",
      name: "Lokalråd",
      kind: CouncilKind.LOKALRAAD,
      description: "Kommunens mange lokalråd, som gør en stor indsats for udviklingen af lokalområderne; 3–4 årlige dialogmøder med administration og fagudvalg.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.lokalraadDialogue, q.meetings],
    },
    {
      key: "landdistrikts-teknik-og-ejendomsudvalget",
      name: "Landdistrikts-, Teknik- og Ejendomsudvalget",
      kind: CouncilKind.STAAENDE_UDVALG,
      description: "Har nedsat § 17, stk. 4-udvalget Borgerdreven Innovation i Landdistrikterne.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.anchoredIn],
    },
    {
      key: "borgerdreven-innovation-i-landdistrikterne",
      name: "Borgerdreven Innovation i Landdistrikterne",
      kind: CouncilKind.PARAGRAF_17_STK_4_UDVALG,
      description: "§ 17, stk. 4-udvalg nedsat af Landdistrikts-, Teknik- og Ejendomsudvalget, hvor frikommuneinitiativerne vil blive forankret.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.anchoredIn],
    },
  ],
  policies: [
    {
      key: "bosaetningsstrategi",
      title: "Bosætningsstrategi",
      kind: PolicyKind.STRATEGI,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Netop udarbejdet; beskriver en række tiltag for at tiltrække nye borgere og fastholde dem, der allerede bor i landdistrikterne. Et af temaerne er fællesskaber og netværk.",
      goals: ["Tiltrække nye borgere", "Fastholde dem, der allerede bor i landdistrikterne"],
      sources: [q.settlementStrategy, q.theme],
    },
    {
      key: "vaeksten-gror-nedefra",
      title: "Væksten gror nedefra",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Vision for dialogen med civilsamfundet: frisættes mennesker og organisationer, frigøres potentialer for nye partnerskaber og initiativer.",
      goals: [],
      sources: [q.stormoede, q.idea],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "borgerstyrede-budgetter",
      title: "Borgerstyrede budgetter i større geografiske områder",
      purpose: "Kommunen ønsker at eksperimentere med nye tiltag med borgerstyrede budgetter, hvor borgerne får øgede kompetencer i beslutninger om den kommunale opgaveløsning, og netværk mellem lokalråd, foreninger og institutioner styrkes.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "borgerdreven-innovation-i-landdistrikterne",
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.experiment, q.experimentNetworks, q.anchoredIn],
    },
    {
      key: "liv-i-tomme-bygninger",
      title: "Foreninger og iværksættere i tomme butikker og bygninger",
      purpose: "Bedre muligheder for at foreninger og iværksættere kan etablere sig i tomme butikker og bygninger og skabe liv i mindre byer i landdistrikterne.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "borgerdreven-innovation-i-landdistrikterne",
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.emptyBuildings, q.anchoredIn],
    },
  ],
  // Where the free-municipality initiatives will be anchored: a § 17, stk. 4 committee, which is political.
  anchoring: [
    {
      key: "borgerdreven-innovation-i-landdistrikterne",
      level: AnchoringLevel.POLITICAL,
      name: null,
      unit: null,
      description: "Initiativerne vil blive forankret i § 17, stk. 4-udvalget Borgerdreven Innovation i Landdistrikterne, nedsat af Landdistrikts-, Teknik- og Ejendomsudvalget.",
      certainty: Certainty.EXPECTED,
      councilKey: "borgerdreven-innovation-i-landdistrikterne",
      sources: [q.anchoredIn],
    },
  ],
  // What Slagelse wants to do as a free municipality, and how firmly the application says so.
  statements: [
    {
      key: "bygge-videre",
      kind: StatementKind.INTENTION,
      section: PARTNERSHIP,
      title: "Bygge videre på erfaringerne",
      text: "Som frikommune bygge videre på de erfaringer, kommunen allerede har gjort, og iværksætte tiltag, der yderligere kan styrke det aktive medborgerskab i landdistrikterne.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [q.buildOn],
    },
    {
      key: "borgerstyrede-budgetter",
      kind: StatementKind.INTENTION,
      section: PARTNERSHIP,
      title: "Eksperimentere med borgerstyrede budgetter",
      text: "Nye tiltag med borgerstyrede budgetter i større udvalgte geografiske områder, hvor borgerne får øgede kompetencer i beslutninger om den kommunale opgaveløsning; et af formålene er at styrke netværk og samarbejde mellem lokalråd, foreninger og kommunale institutioner og enheder.",
      certainty: Certainty.EXPECTED,
      trialKey: "borgerstyrede-budgetter",
      sources: [q.experiment, q.experimentNetworks],
    },
    {
      key: "tomme-bygninger",
      kind: StatementKind.INTENTION,
      section: PARTNERSHIP,
      title: "Liv i tomme butikker og bygninger",
      text: "Initiativer, der giver foreninger og iværksættere bedre mulighed for at etablere sig i tomme butikker og andre tomme bygninger og skabe liv i mindre byer i landdistrikterne.",
      certainty: Certainty.EXPECTED,
      trialKey: "liv-i-tomme-bygninger",
      sources: [q.emptyBuildings],
    },
    {
      key: "dispensation",
      kind: StatementKind.INTENTION,
      section: PARTNERSHIP,
      title: "Mulighed for at søge dispensation",
      text: "Kommunen ved endnu ikke, hvilke love og regler den vil komme til at udfordre, men ønsker som frikommune at kunne søge dispensation, når behovet opstår.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [q.unknownRules],
    },
  ],
};
