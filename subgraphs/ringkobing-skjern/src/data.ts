import { commonExemptionTrials, CouncilKind, PolicyKind, type MunicipalitySeed } from "@frikommune/municipality-kit";

/** Ringkøbing-Skjern, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    { key: "byraadet", name: "Ringkøbing-Skjern Byråd", kind: CouncilKind.BYRAAD, description: "Formulerede i 2014 en fælles politisk vision og vedtog i 2015 syv principper for borgerdialog.", count: null, validFrom: null, validTo: null },
    { key: "erhvervs-vaekstforum", name: "Erhvervs-Vækstforum", kind: CouncilKind.FORUM, description: "Nyt forum der forankrer arbejdet med samskabelse i lokalsamfundet.", count: null, validFrom: null, validTo: null },
  ],
  policies: [
    {
      key: "politisk-vision-2014",
      title: "Fælles politisk vision",
      kind: PolicyKind.VISION,
      adoptedOn: "2014",
      adoptedBy: "Ringkøbing-Skjern Byråd",
      summary: "Samskabelse med borgerne og det aktive medborgerskab er en rød tråd i visionen og alle politikker; udmøntet i tre hovedspor.",
      goals: [
        "Øget ejerskab og forståelse for lokale kommunalpolitiske problemstillinger i civilsamfundet",
        "Bruge borgernes egne ressourcer til nye og innovative løsninger af kerneopgaverne",
      ],
    },
    { key: "det-gode-liv", title: "Det gode liv", kind: PolicyKind.POLITIK, adoptedOn: "2014", adoptedBy: "Ringkøbing-Skjern Byråd", summary: "Tværgående politik.", goals: [] },
    { key: "vaekst", title: "Vækst", kind: PolicyKind.POLITIK, adoptedOn: "2014", adoptedBy: "Ringkøbing-Skjern Byråd", summary: "Tværgående politik.", goals: [] },
    { key: "sektorpolitikker", title: "Ni sektorpolitikker", kind: PolicyKind.POLITIK, adoptedOn: "2014", adoptedBy: "Ringkøbing-Skjern Byråd", summary: "Ni sektorpolitikker; de enkelte politikker er ikke navngivet i kilderne.", goals: [] },
    {
      key: "frivilligheds-og-ildsjaeleakademi",
      title: "Frivilligheds- og Ildsjæleakademi (FIA)",
      kind: PolicyKind.PROGRAM,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Visionens første spor.",
      goals: ["Styrke og udvikle frivilligheden i Ringkøbing-Skjern og i hele Danmark", "Et nyt samspil hvor borgerne er partnere og ressourcer, ikke kun brugere"],
    },
    {
      key: "principper-for-borgerdialog",
      title: "Syv principper for borgerdialog",
      kind: PolicyKind.PRINCIPPER,
      adoptedOn: "2015",
      adoptedBy: "Ringkøbing-Skjern Byråd",
      summary: "Visionens andet spor: vedtaget efter et forløb om borgerinddragelse i efteråret 2015; gælder på byråds- og udvalgsniveau. Principperne er ikke gengivet i kilderne.",
      goals: [],
    },
    {
      key: "lederuddannelse-via",
      title: "Kultur- og uddannelsesprojekt med VIA University College",
      kind: PolicyKind.PROGRAM,
      adoptedOn: "2016",
      adoptedBy: null,
      summary: "Visionens tredje spor: et 3-årigt projekt fra 2016.",
      goals: ["Uddanne alle kommunens ledere og nøglemedarbejdere til samskabelse med borgere og virksomheder"],
    },
  ],
  // The application names no concrete local trial: the municipality joins to widen what it and its communities may do.
  trials: commonExemptionTrials(),
};
