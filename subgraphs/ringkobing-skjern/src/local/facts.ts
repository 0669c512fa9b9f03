/** From the 2016 application: the 2014 vision and the three tracks it was carried out in. */
export const vision = {
  adoptedOn: "2014",
  crossCuttingPolicies: ["Det gode liv", "Vækst"],
  sectorPolicyCount: 9,
  tracks: [
    {
      title: "Frivilligheds- og Ildsjæleakademi (FIA)",
      startedOn: null,
      description: "Styrke og udvikle frivilligheden i Ringkøbing-Skjern og i hele Danmark gennem et nyt samspil, hvor borgerne er partnere og ressourcer, ikke kun brugere.",
    },
    {
      title: "Syv principper for borgerdialog",
      startedOn: "2015",
      description: "Vedtaget efter byrådets forløb om borgerinddragelse i efteråret 2015; gælder på byråds- og udvalgsniveau. Principperne er ikke gengivet i kilderne.",
    },
    {
      title: "Kultur- og uddannelsesprojekt med VIA University College",
      startedOn: "2016",
      description: "Et 3-årigt projekt, der uddanner alle kommunens ledere og nøglemedarbejdere til samskabelse med borgere og virksomheder.",
    },
  ],
};
