import { commonExemptionTrials, CouncilKind, PolicyKind, type MunicipalitySeed } from "@frikommune/municipality-kit";

/** Holbæk, from the 2016 application and the Demokratiekperimentarium papers. */
export const data: MunicipalitySeed = {
  councils: [
    { key: "byraadet", name: "Holbæk Byråd", kind: CouncilKind.BYRAAD, description: "Vil udvikle fællesskabet med borgerne frem for bare at være kommune for borgerne.", count: null, validFrom: null, validTo: null },
    { key: "lokalfora", name: "Lokalfora", kind: CouncilKind.LOKALFORUM, description: "Lokalfora hvor det nære demokrati er på dagsordenen; arbejdet med siden kommunalreformen.", count: 17, validFrom: null, validTo: null },
    { key: "demokratiekperimentarium", name: "Demokratiekperimentariet", kind: CouncilKind.PROJEKTUDVALG, description: "Ledet af et politisk projektudvalg (byrådspolitikere og eventuelt eksterne aktører) med en administrativ styregruppe; byggede på erfaringerne fra lokalfora og blev afløst af Projektudvalget for lokal udvikling.", count: null, validFrom: "2014", validTo: "2015" },
    { key: "projektudvalget-for-lokal-udvikling", name: "Projektudvalget for lokal udvikling", kind: CouncilKind.PARAGRAF_17_STK_4_UDVALG, description: "§ 17, stk. 4-udvalg der afløste Demokratiekperimentariet.", count: null, validFrom: null, validTo: null },
    { key: "omstillingsgrupper", name: "Omstillingsgrupper", kind: CouncilKind.FORUM, description: "Grupper af borgere, foreninger og virksomheder der i fællesskab arbejder med nye løsninger på kommunens udfordringer.", count: 12, validFrom: null, validTo: null },
  ],
  policies: [
    {
      key: "holbaek-i-faellesskab",
      title: "Holbæk i Fællesskab",
      kind: PolicyKind.PROGRAM,
      adoptedOn: "2013-06",
      adoptedBy: "Holbæk Byråd",
      summary: "Program for at være kommune på en ny måde sammen med borgerne.",
      goals: [
        "Innovere opgaveløsningen: mere for mindre – for og med borgeren",
        "Være kommune på en ny måde: fra myndighed til medspiller",
        "Fokus på kerneopgaver frem for fagområder",
        "Mennesker frem for sager og en positiv, aktiv tilgang til service og samarbejde",
        "Være politiker, administration og borger på en ny måde og løfte i fællesskab",
      ],
    },
    {
      key: "plan-og-udviklingsstrategi",
      title: "Plan- og Udviklingsstrategi",
      kind: PolicyKind.STRATEGI,
      adoptedOn: "2016",
      adoptedBy: "Holbæk Byråd",
      summary: "Engagerede medborgere skal være et stærkt kendetegn ved Holbæk Kommune.",
      goals: ["Bedre rammer for frivillige", "Dialog mellem borgere og kommune", "Styrke foreningslivet og de organiserede fællesskaber"],
    },
    {
      key: "frivillighedsstrategi",
      title: "Frivillighedsstrategi",
      kind: PolicyKind.STRATEGI,
      adoptedOn: null,
      adoptedBy: "Holbæk Byråd",
      summary: "Byrådet har besluttet at arbejde videre med en frivillighedsstrategi.",
      goals: ["Styrke samarbejdet mellem de frivillige organisationer", "Skabe gode rammer for det frivillige arbejde"],
    },
  ],
  // The application names no local trial for Holbæk: it seeks free-municipality status to have the tool when barriers appear.
  trials: commonExemptionTrials(),
};
