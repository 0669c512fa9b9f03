import { commonExemptionTrials, CouncilKind, PolicyKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

/** Slagelse, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    { key: "lokalraad", name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: "Kommunens mange lokalråd, som gør en stor indsats for udviklingen af lokalområderne; 3–4 årlige dialogmøder med administration og fagudvalg.", count: null, validFrom: null, validTo: null },
    { key: "landdistrikts-teknik-og-ejendomsudvalget", name: "Landdistrikts-, Teknik- og Ejendomsudvalget", kind: CouncilKind.STAAENDE_UDVALG, description: "Fagudvalget for landdistriktsudviklingen; nedsatte § 17, stk. 4-udvalget Borgerdreven Innovation i Landdistrikterne.", count: null, validFrom: null, validTo: null },
    { key: "borgerdreven-innovation-i-landdistrikterne", name: "Borgerdreven Innovation i Landdistrikterne", kind: CouncilKind.PARAGRAF_17_STK_4_UDVALG, description: "§ 17, stk. 4-udvalg hvor frikommuneinitiativerne forankres.", count: null, validFrom: null, validTo: null },
  ],
  policies: [
    {
      key: "bosaetningsstrategi",
      title: "Bosætningsstrategi",
      kind: PolicyKind.STRATEGI,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Tiltag for at tiltrække nye borgere og fastholde dem, der bor i landdistrikterne.",
      goals: ["Fællesskaber og netværk som forudsætning for tilhørsforhold", "Levende lokalsamfund gennem frivillige indsatser og lokale fællesskaber"],
    },
    {
      key: "vaeksten-gror-nedefra",
      title: "Væksten gror nedefra",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Vision for dialogen med civilsamfundet: frisættes mennesker og organisationer, frigøres potentialer for nye partnerskaber og initiativer.",
      goals: [],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "borgerstyrede-budgetter",
      title: "Borgerstyrede budgetter i større geografiske områder",
      purpose: "Nye tiltag med borgerstyrede budgetter, hvor borgerne får øgede kompetencer i beslutninger om den kommunale opgaveløsning, og netværk mellem lokalråd, foreninger og institutioner styrkes.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "borgerdreven-innovation-i-landdistrikterne",
      validFrom: null,
      validTo: null,
      milestones: [],
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
    },
  ],
};
