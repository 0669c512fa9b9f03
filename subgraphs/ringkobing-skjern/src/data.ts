import { AnchoringLevel, Certainty, cite, commonExemptionTrials, CouncilKind, PolicyKind, type MunicipalitySeed } from "@frikommune/municipality-kit";

const VISION = "Ringkøbing-Skjern – Ny politisk vision";
const CHANGE = "Ringkøbing-Skjern – Samskabelse kræver både kulturelle og organisatoriske forandringer";
const MOTIVATION = "Ringkøbing-Skjern – Motivation for at indgå i netværket";
const at = (where: string, quote: string) => cite("ansoegning-2016", where, quote);

export const quotes = {
  vision: at(VISION, "Ringkøbing-Skjern Kommunes byråd formulerede i 2014 en fælles politisk vision, 2 tværgående politikker om \"Det gode liv\" og \"Vækst\" samt ni sektorpolitikker."),
  redThread: at(VISION, "Samskabelse med borgerne og det aktive medborgerskab går som en fælles rød tråd igen i såvel visionen som alle politikkerne."),
  wishes: at(VISION, "De politiske ønsker har været dels at skabe et øget ejerskab og forståelse for lokale kommunalpolitiske problemstillinger i civilsamfundet, og dels at anvende borgernes egne ressourcer til at udvikle nye og innovative løsninger af kerneopgaverne."),
  tracks: at(VISION, "Den politiske vision er efterfølgende udmøntet i tre hovedspor: Det første spor indebar etableringen af et Frivilligheds- og Ildsjæleakademi (FIA)."),
  fiaPurpose: at(VISION, "Frivilligheds- og Ildsjæleakademiets formål er at styrke og udvikle frivilligheden ikke blot i Ringkøbing-Skjern Kommune, men i hele Danmark."),
  fiaHow: at(VISION, "Dette forsøger vi at opnå ved at udvikle et nyt samspil mellem den offentlige sektor og borgerne, hvor borgerne ikke kun ses som brugere, men som partnere og ressourcer til at skabe velfærd og fællesskab - det aktive medborgerskab."),
  principles: at(VISION, "Det andet spor betød, at byrådet i efteråret 2015 har gennemgået et forløb med fokus på borgerinddragelse, som resulterede i vedtagelsen syv principper for borgerdialog – både på byråds- og udvalgsniveau."),
  via: at(VISION, "Endelig har kommunen sammen med VIA University College i 2016 iværksat et stort 3-årigt kultur- og uddannelsesprojekt."),
  viaPurpose: at(VISION, "Formålet er at uddanne alle kommunens ledere samt nøglemedarbejdere til at arbejde med samskabelse med borgere og virksomheder."),
  cultureFirst: at(CHANGE, "Hvis vi som kommune skal kunne deltage i reel faciliterende samskabelse med borgere, foreninger og virksomheder, kræver det først og fremmest en organisatorisk kulturforandring."),
  inNetworks: at(CHANGE, "Politikere, ledere og frontmedarbejderne skal lære at agere i netværk, hvor kommunen ikke nødvendigvis har en ledende rolle, og kerneopgaven skal skabes og udvikles sammen med borgeren – og ikke for borgeren."),
  openBoundaries: at(CHANGE, "At lykkes med faciliterende samskabelse indebærer imidlertid også, at den kommunale organisations grænser åbnes i forhold til civilsamfundet."),
  engineRoom: at(CHANGE, "Når vi inviterer frivillige ind i maskinrummet, giver virksomhedsrepræsentanter ansvar for dele af det kommunale budget eller medinddrager foreninger både i politikformuleringen- og implementeringen, udfordrer det ikke alene vores måde at arbejde på, men også den bane, der kan spilles på."),
  principlesKept: at(CHANGE, "Det betyder naturligvis ikke, at grundprincipper omkring legalitet, saglighed og habilitet skal fraviges, men blot at det forvaltningsmæssige regelsæt også bør kunne rumme den nye virkelighed for det kommunale virke."),
  justBegun: at(MOTIVATION, "Ringkøbing-Skjern Kommunes arbejde med samskabelse og det aktive medborgerskab er kun lige begyndt."),
  anchoredInCouncil: at(MOTIVATION, "Arbejdet er forankret i byrådet via den politiske vision og nye principper for borgerdialog"),
  anchoredLocally: at(MOTIVATION, "og i lokalsamfundet gennem stærk involvering af en række forskellige aktører i formuleringen og implementeringen af kommunens nye politikker, og gennem etableringen af FIA og et nyt Erhvervs-Vækstforum."),
  cultureProject: at(MOTIVATION, "Organisationen er midt i et kulturforandringsprojekt, hvor vi gennem en række konkrete projekter afsøger både muligheder og begrænsninger for sammen med borgerne at skabe innovativ løsning af kerneopgaverne."),
  noOverview: at(MOTIVATION, "Vi har ikke et fuldt overblik over, hvilke regelmæssige barrierer, vi kommer til at støde på i dette arbejde – men ønsker at deltage i frikommunenetværket for at kunne udvide den fælles bane, som kommune og lokalsamfundet har at spille på."),
};
const q = quotes;

/** Ringkøbing-Skjern, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    {
      key: "byraadet",
      name: "Ringkøbing-Skjern Byråd",
      kind: CouncilKind.BYRAAD,
      description: "Formulerede i 2014 en fælles politisk vision, 2 tværgående politikker og ni sektorpolitikker; gennemgik i efteråret 2015 et forløb om borgerinddragelse, der resulterede i vedtagelsen af syv principper for borgerdialog.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.vision, q.principles, q.anchoredInCouncil],
    },
    {
      key: "erhvervs-vaekstforum",
      name: "Erhvervs-Vækstforum",
      kind: CouncilKind.FORUM,
      description: "Nyt forum, gennem hvis etablering arbejdet med samskabelse er forankret i lokalsamfundet.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [q.anchoredLocally],
    },
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
      sources: [q.vision, q.redThread, q.wishes, q.tracks],
    },
    { key: "det-gode-liv", title: "Det gode liv", kind: PolicyKind.POLITIK, adoptedOn: "2014", adoptedBy: "Ringkøbing-Skjern Byråd", summary: "Tværgående politik.", goals: [], sources: [q.vision, q.redThread] },
    { key: "vaekst", title: "Vækst", kind: PolicyKind.POLITIK, adoptedOn: "2014", adoptedBy: "Ringkøbing-Skjern Byråd", summary: "Tværgående politik.", goals: [], sources: [q.vision, q.redThread] },
    {
      key: "sektorpolitikker",
      title: "Ni sektorpolitikker",
      kind: PolicyKind.POLITIK,
      adoptedOn: "2014",
      adoptedBy: "Ringkøbing-Skjern Byråd",
      summary: "Ni sektorpolitikker; de enkelte politikker er ikke navngivet i kilderne.",
      goals: [],
      sources: [q.vision, q.redThread],
    },
    {
      key: "frivilligheds-og-ildsjaeleakademi",
      title: "Frivilligheds- og Ildsjæleakademi (FIA)",
      kind: PolicyKind.PROGRAM,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Visionens første spor.",
      goals: ["Styrke og udvikle frivilligheden i Ringkøbing-Skjern og i hele Danmark", "Et nyt samspil hvor borgerne er partnere og ressourcer, ikke kun brugere"],
      sources: [q.tracks, q.fiaPurpose, q.fiaHow],
    },
    {
      key: "principper-for-borgerdialog",
      title: "Syv principper for borgerdialog",
      kind: PolicyKind.PRINCIPPER,
      // The application says the autumn 2015 process resulted in their adoption, not when they were adopted.
      adoptedOn: null,
      adoptedBy: "Ringkøbing-Skjern Byråd",
      summary: "Visionens andet spor: vedtaget efter byrådets forløb om borgerinddragelse i efteråret 2015; gælder på byråds- og udvalgsniveau. Principperne er ikke gengivet i kilderne.",
      goals: [],
      sources: [q.principles],
    },
    {
      key: "lederuddannelse-via",
      title: "Kultur- og uddannelsesprojekt med VIA University College",
      kind: PolicyKind.PROGRAM,
      adoptedOn: "2016",
      adoptedBy: null,
      summary: "Visionens tredje spor: et 3-årigt projekt, iværksat i 2016.",
      goals: ["Uddanne alle kommunens ledere og nøglemedarbejdere til samskabelse med borgere og virksomheder"],
      sources: [q.via, q.viaPurpose],
    },
  ],
  // The application names no concrete local trial: the municipality joins to widen what it and its communities may do.
  trials: commonExemptionTrials(),
  // Where the work is anchored: in the city council and in the local community.
  anchoring: [
    {
      key: "byraadet",
      level: AnchoringLevel.POLITICAL,
      name: null,
      unit: null,
      description: "Forankret i byrådet via den politiske vision og de nye principper for borgerdialog.",
      certainty: Certainty.DECIDED,
      councilKey: "byraadet",
      sources: [q.anchoredInCouncil],
    },
    {
      key: "lokalsamfundet",
      level: AnchoringLevel.COMMUNITY,
      name: null,
      unit: null,
      description: "Forankret i lokalsamfundet gennem stærk involvering af en række forskellige aktører i formuleringen og implementeringen af kommunens nye politikker, og gennem etableringen af FIA og et nyt Erhvervs-Vækstforum.",
      certainty: Certainty.DECIDED,
      councilKey: "erhvervs-vaekstforum",
      sources: [q.anchoredLocally],
    },
  ],
};
