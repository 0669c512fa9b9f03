/**
 * Slagelse's citizen-run budgets as the 2016 application describes them. It names neither the
 * areas nor the amounts, so both stay null.
 */
export const citizenBudgets = [
  {
    key: "borgerstyrede-budgetter",
    title: "Borgerstyrede budgetter i landdistrikternes større områder",
    stage: "TRIED",
    area: null,
    amountDkk: null,
    description:
      "I de områder, hvor borgerdreven innovation har samlet lokalråd, institutioner og foreninger, har kommunen stillet midler til rådighed til aktiviteter, som borgerne selv ønskede at sætte i værk.",
    aims: ["Borgerne udfordres til at tænke i større områder og tiltag", "Fremme den tværgående og fælles udvikling"],
    ownerCouncilKey: null,
  },
  {
    key: "borgerstyrede-budgetter-frikommune",
    title: "Borgerstyrede budgetter med øgede kompetencer (frikommuneforsøg)",
    stage: "PLANNED",
    area: null,
    amountDkk: null,
    description:
      "Som frikommune vil Slagelse eksperimentere med borgerstyrede budgetter i større udvalgte geografiske områder, hvor borgerne får øgede kompetencer i beslutninger om den kommunale opgaveløsning.",
    aims: ["Øgede kompetencer til borgerne", "Styrke netværk og samarbejde mellem lokalråd, foreninger og kommunale institutioner"],
    ownerCouncilKey: "borgerdreven-innovation-i-landdistrikterne",
  },
];
