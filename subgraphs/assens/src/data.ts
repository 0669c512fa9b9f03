import { AnchoringLevel, Certainty, cite, commonExemptionTrials, CouncilKind, PolicyKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

const INTRO = "Assens";
const POLICY = "Assens – Politik for aktivt medborgerskab som overordnet ramme";
const ARENAS = "Assens – Lokalråd og Medborgerråd som arenaer for øget borgerinddragelse";
const SUPPORT = "Assens – Den politiske og administrative understøttelse";

export const quotes = {
  prerequisites: cite("ansoegning-2016", INTRO, "bygger både på Byrådets Vision for det aktive medborgerskabs udvikling frem mod 2018 (herunder på en række konkrete tiltag og politikker) og på en politisk og administrativ organisation, der understøtter arbejdet med aktivt medborgerskab og samskabelse."),
  alreadyToday: cite("ansoegning-2016", POLICY, "Allerede i dag samarbejder og inddrager Assens Kommune borgerne omkring konkrete udfordringer og opgaver, som vurderes at blive løst både mere innovativt og bedre gennem borgerinddragelse."),
  policyFrame: cite("ansoegning-2016", POLICY, "Med Assens Kommunes nye og bredt favnede politik for aktivt medborgerskab \"Sammen er vi bedst\" er der formuleret en klar ramme for, hvordan vi i fremtiden i stadig stigende grad inddrager, samarbejder og samskaber med borgerne"),
  policyScope: cite("ansoegning-2016", POLICY, "både i forhold til udviklingen af de enkelte lokalsamfund såvel som videreudviklingen af kommunens opgaveløsning i øvrigt."),
  policyBelief: cite("ansoegning-2016", POLICY, "Assens Kommunes politik for aktivt medborgerskab bygger på en overordnet tro på, at et tættere sammenspil mellem borgere og kommunen har stor værdi – både for borgerne og kommunen som helhed."),
  policyValue: cite("ansoegning-2016", POLICY, "Dette gælder både i forhold til borgernes oplevede distance til kommunen såvel som i forhold til udviklingen af bedre og nye velfærdsløsninger."),
  policyForTrials: cite("ansoegning-2016", POLICY, "Politikken for det aktive medborgerskab udgør derfor et godt fundament og en konkret ramme for at igangsætte nye forsøg vedr. øget borgerinddragelse/involvering og samskabelse med borgerne."),
  lokalraadModel: cite("ansoegning-2016", ARENAS, "Model for lokalråd i Assens Kommune vil desuden fungere som en oplagt arena for nye forsøg med fokus på øget borgerinddragelse og samskabelse med borgerne."),
  lokalraadWhat: cite("ansoegning-2016", ARENAS, "Lokalrådene er geografisk forankrede borgerråd og repræsenterer således borgerne i et givent lokalområde."),
  lokalraadYearly: cite("ansoegning-2016", ARENAS, "Foruden borgernes egne projekter og udviklingsplaner drøfter lokalrådene årligt udvikling og øget samarbejde/samskabelse med byrådspolitikere."),
  lokalraadTrials: cite("ansoegning-2016", ARENAS, "Derfor tænkes lokalrådene at være oplagte arenaer for eventuelle forsøg med eksempelvis lokalforankrede borgerbudgetter, øget kompetence til lokalrådene, øget medbestemmelse m.v."),
  medborgerraadPlatform: cite("ansoegning-2016", ARENAS, "I tillæg hertil kan Assens Kommunes Medborgerråd også indtænkes som en relevant platform for nye forsøg ift. borgerinddragelse."),
  medborgerraadCoverage: cite("ansoegning-2016", ARENAS, "Medborgerrådet er til forskel for lokalrådene ikke geografisk forankret i et enkelt lokalområde, men dækker hele Assens Kommune."),
  medborgerraadComposition: cite("ansoegning-2016", ARENAS, "Desuden består rådet af både repræsentanter fra frivillige sociale foreninger og selvorganiserede grupper og enkeltpersoner."),
  medborgerraadRole: cite("ansoegning-2016", ARENAS, "Rådet skal blandt andet fungere som Byrådets sparringspartner vedrørende aktivt medborgerskab, hvorfor Medborgerrådet vil være en central samarbejdspartner i et frikommuneforsøg."),
  organisationSupports: cite("ansoegning-2016", SUPPORT, "understøtter både den politiske og administrative organisering i Assens Kommune ligeledes arbejdet med aktivt medborgerskab og samskabelse."),
  anchoredIn: cite("ansoegning-2016", SUPPORT, "Indsatsen i forhold til at videreudvikle det aktive medborgerskab i Assens Kommune er i denne byrådsperiode forankret i et fast stående udvalg, Innovations- og Medborgerskabsudvalget samt i direktørområdet Innovation og Netværk."),
};
const q = quotes;

/** Assens, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    {
      key: "byraadet",
      name: "Assens Byråd",
      kind: CouncilKind.BYRAAD,
      description: "Har en vision for det aktive medborgerskabs udvikling frem mod 2018; Medborgerrådet er dets sparringspartner om aktivt medborgerskab.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.prerequisites, q.medborgerraadRole],
    },
    {
      key: "lokalraad",
      name: "Lokalråd",
      kind: CouncilKind.LOKALRAAD,
      description: "Geografisk forankrede borgerråd, der repræsenterer borgerne i et lokalområde; arbejder med borgernes egne projekter og udviklingsplaner og drøfter årligt udvikling og samarbejde/samskabelse med byrådspolitikere.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.lokalraadWhat, q.lokalraadYearly],
    },
    {
      key: "medborgerraadet",
      name: "Medborgerrådet",
      kind: CouncilKind.MEDBORGERRAAD,
      description: "Dækker hele kommunen; repræsentanter fra frivillige sociale foreninger, selvorganiserede grupper og enkeltpersoner; Byrådets sparringspartner om aktivt medborgerskab.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.medborgerraadCoverage, q.medborgerraadComposition, q.medborgerraadRole],
    },
    {
      key: "innovations-og-medborgerskabsudvalget",
      name: "Innovations- og Medborgerskabsudvalget",
      kind: CouncilKind.STAAENDE_UDVALG,
      description: "Fast stående udvalg, hvor indsatsen for at videreudvikle det aktive medborgerskab er forankret i denne byrådsperiode.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.anchoredIn],
    },
  ],
  policies: [
    {
      key: "sammen-er-vi-bedst",
      title: "Politik for aktivt medborgerskab – \"Sammen er vi bedst\"",
      kind: PolicyKind.POLITIK,
      adoptedOn: null,
      // The application calls the policy new but names neither the body that adopted it nor when.
      adoptedBy: null,
      summary:
        "Ramme for, hvordan kommunen i stadig stigende grad inddrager, samarbejder og samskaber med borgerne. Bygger på troen på, at et tættere sammenspil mellem borgere og kommune har stor værdi – for borgernes oplevede distance til kommunen og for bedre og nye velfærdsløsninger. Et fundament og en konkret ramme for at igangsætte nye forsøg.",
      goals: ["Inddrage, samarbejde og samskabe med borgerne om udviklingen af de enkelte lokalsamfund", "Videreudvikle kommunens opgaveløsning sammen med borgerne"],
      sources: [q.policyFrame, q.policyScope, q.policyBelief, q.policyValue, q.policyForTrials],
    },
    {
      key: "vision-aktivt-medborgerskab-2018",
      title: "Vision for det aktive medborgerskabs udvikling frem mod 2018",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: "Assens Byråd",
      summary: "Byrådets vision for det aktive medborgerskabs udvikling frem mod 2018, herunder en række konkrete tiltag og politikker.",
      goals: [],
      sources: [q.prerequisites],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "lokalraadene-som-forsoegsarena",
      title: "Lokalrådene som arena for øget borgerinddragelse",
      purpose: "Lokalrådene tænkes som arena for eventuelle forsøg med fx lokalforankrede borgerbudgetter, øget kompetence til lokalrådene og øget medbestemmelse.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "lokalraad",
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.lokalraadModel, q.lokalraadTrials],
    },
    {
      key: "medborgerraadet-som-platform",
      title: "Medborgerrådet som platform for nye forsøg",
      purpose: "Medborgerrådet kan også indtænkes som platform for forsøg med borgerinddragelse på tværs af hele kommunen, og vil være en central samarbejdspartner i et frikommuneforsøg.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "medborgerraadet",
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.medborgerraadPlatform, q.medborgerraadRole],
    },
  ],
  // Where the work with active citizenship is anchored in this term of the city council.
  anchoring: [
    {
      key: "innovations-og-medborgerskabsudvalget",
      level: AnchoringLevel.POLITICAL,
      name: "Innovations- og Medborgerskabsudvalget",
      unit: "Fast stående udvalg",
      description: "Indsatsen for at videreudvikle det aktive medborgerskab er i denne byrådsperiode forankret i det faste stående udvalg Innovations- og Medborgerskabsudvalget.",
      certainty: Certainty.DECIDED,
      councilKey: "innovations-og-medborgerskabsudvalget",
      sources: [q.anchoredIn, q.organisationSupports],
    },
    {
      key: "innovation-og-netvaerk",
      level: AnchoringLevel.ADMINISTRATIVE,
      name: "Innovation og Netværk",
      unit: "Direktørområde",
      description: "Indsatsen for at videreudvikle det aktive medborgerskab er i denne byrådsperiode forankret i direktørområdet Innovation og Netværk.",
      certainty: Certainty.DECIDED,
      councilKey: null,
      sources: [q.anchoredIn, q.organisationSupports],
    },
  ],
};
