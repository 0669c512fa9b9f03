import { commonExemptionTrials, CouncilKind, PolicyKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

/** Assens, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    { key: "byraadet", name: "Assens Byråd", kind: CouncilKind.BYRAAD, description: "Træffer den endelige beslutning om deltagelse i netværket (1. juni 2016).", count: null, validFrom: null, validTo: null },
    { key: "lokalraad", name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: "Geografisk forankrede borgerråd; drøfter årligt udvikling og samskabelse med byrådspolitikere.", count: null, validFrom: null, validTo: null },
    { key: "medborgerraadet", name: "Medborgerrådet", kind: CouncilKind.MEDBORGERRAAD, description: "Dækker hele kommunen; repræsentanter fra frivillige sociale foreninger, selvorganiserede grupper og enkeltpersoner; Byrådets sparringspartner om aktivt medborgerskab.", count: null, validFrom: null, validTo: null },
    { key: "innovations-og-medborgerskabsudvalget", name: "Innovations- og Medborgerskabsudvalget", kind: CouncilKind.STAAENDE_UDVALG, description: "Fast stående udvalg der forankrer arbejdet med aktivt medborgerskab i byrådsperioden.", count: null, validFrom: null, validTo: null },
  ],
  policies: [
    {
      key: "sammen-er-vi-bedst",
      title: "Politik for aktivt medborgerskab – \"Sammen er vi bedst\"",
      kind: PolicyKind.POLITIK,
      adoptedOn: null,
      adoptedBy: "Assens Byråd",
      summary: "Ramme for hvordan kommunen i stigende grad inddrager, samarbejder og samskaber med borgerne.",
      goals: ["Inddrage, samarbejde og samskabe med borgerne om lokalsamfundenes udvikling", "Videreudvikle kommunens opgaveløsning sammen med borgerne"],
    },
    {
      key: "vision-aktivt-medborgerskab-2018",
      title: "Vision for det aktive medborgerskabs udvikling frem mod 2018",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: "Assens Byråd",
      summary: "Byrådets vision for det aktive medborgerskab frem mod 2018.",
      goals: [],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "lokalraadene-som-forsoegsarena",
      title: "Lokalrådene som arena for øget borgerinddragelse",
      purpose: "Forsøg i lokalrådene med fx lokalforankrede borgerbudgetter, øget kompetence til lokalrådene og øget medbestemmelse.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "lokalraad",
      validFrom: null,
      validTo: null,
      milestones: [],
    },
    {
      key: "medborgerraadet-som-platform",
      title: "Medborgerrådet som platform for nye forsøg",
      purpose: "Medborgerrådet som central samarbejdspartner og platform for forsøg med borgerinddragelse på tværs af hele kommunen.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "medborgerraadet",
      validFrom: null,
      validTo: null,
      milestones: [],
    },
  ],
};
