import type { EvaluationTemplateSeed, ExemptionSeed, GroupSeed, MemberSeed, NetworkSeed, ThemeDaySeed } from "./seed-types.js";

/** From the 2016 application (file 000) and the ministry's page on network collaboration (file 004). */
export const network: NetworkSeed = {
  name: "Frikommunenetværket om øget borgerinvolvering og samskabelse",
  theme: "Øget borgerinvolvering og samskabelse",
  purpose:
    "At videreudvikle arbejdet med borgerinvolvering og samskabelse med borgerne og i stigende grad bruge borgerinvolvering og samskabelse som metode i det kommunale arbejde.",
  periodFrom: 2016,
  periodTo: 2019,
  invitedOn: "2016-01-15",
  coordinator: {
    role: "Netværkets koordinator og kontaktperson for ministerierne (krav fra ministeriet til hvert frikommunenetværk).",
    name: null,
    municipalitySlug: null,
  },
  ministryContacts: [
    { name: "Linea Birch Hansen", title: "Specialkonsulent", office: "Udgifter", ministry: "Indenrigs- og Boligministeriet" },
    { name: "Helena Elisabeth Ravn", title: "Fuldmægtig", office: "Opgaver og Struktur", ministry: "Indenrigs- og Boligministeriet" },
  ],
  followUpResearch: "Netværket er åbent for følgeforskning; Center for Offentlig Kompetenceudvikling (COK) har vist interesse.",
};

export const members: MemberSeed[] = [
  { slug: "holbaek", membershipCondition: null, conditionDecidedOn: null },
  {
    slug: "assens",
    membershipCondition: "Assens Kommunes deltagelse forudsætter Assens Byråds endelige beslutning den 1. juni 2016.",
    conditionDecidedOn: "2016-06-01",
  },
  { slug: "nordfyn", membershipCondition: null, conditionDecidedOn: null },
  { slug: "ringkobing-skjern", membershipCondition: null, conditionDecidedOn: null },
  { slug: "slagelse", membershipCondition: null, conditionDecidedOn: null },
];

export const exemptions: ExemptionSeed[] = [
  {
    code: "A",
    title: "Støttemidler til fælles sociale formål uden skattemæssige konsekvenser",
    description:
      "Udbetaling af offentlige støttemidler til fælles sociale formål, fx § 18-midler til grupper eller enkeltpersoner uden foreningstilknytning, uden at det får skattemæssige konsekvenser for modtageren.",
    legalArea: "Serviceloven § 18 og skattelovgivningen",
    decision: "PROPOSED",
    decidedOn: null,
    decisionNote: null,
  },
  {
    code: "B",
    title: "Frivilligt ulønnet arbejde for dagpenge- og efterlønsmodtagere",
    description:
      "Ret for dagpenge- og efterlønsmodtagere til at arbejde frivilligt og ulønnet på offentlige institutioner (uden om foreninger) uden fradrag i ydelsen.",
    legalArea: "Arbejdsløshedsforsikring (dagpenge og efterløn)",
    decision: "PROPOSED",
    decidedOn: null,
    decisionNote: null,
  },
  {
    code: "C",
    title: "Godtgørelse til kommunale frivillige",
    description:
      "Mulighed for at kommunen kan yde godtgørelse til kommunale frivillige, fx for befordring og telefon, svarende til den godtgørelse der kan gives gennem foreninger.",
    legalArea: "Godtgørelse af frivilliges udgifter",
    decision: "PROPOSED",
    decidedOn: null,
    decisionNote: null,
  },
  {
    code: "D",
    title: "Forsikring af frivillige",
    description: "Mulighed for at kommunen kan forsikre frivillige.",
    legalArea: "Kommunernes forsikring af frivillige",
    decision: "NO_LEGAL_BASIS",
    decidedOn: "2016-04",
    decisionNote:
      "Social- og Indenrigsministeriet afgjorde i slutningen af april 2016, at der ikke er lovhjemmel til at kommuner forsikrer frivillige. Ministeren ville se på, om loven kan ændres; netværket ønsker at arbejde med området, mens lovarbejdet står på.",
  },
];

const invited = ["De fem borgmestre", "Repræsentanter fra Social- og Indenrigsministeriet", "De deltagende kommuner"];
const plannedDescription =
  "Årlig temadag for indbyrdes sparring, hvor kommunerne medbringer udfordringer. Ansøgningen forventer 1–2 temadage om året; dato ikke fastlagt i kilderne.";

export const themeDays: ThemeDaySeed[] = [
  {
    key: "temadag-2017",
    title: "Temadag 2017",
    heldOn: "2017",
    description: plannedDescription,
    invited,
    challenges: [
      {
        municipalitySlug: "holbaek",
        title: "Bedre løsninger inden for en mindre økonomisk ramme",
        description: "Store udfordringer skal løses med færre midler, i en tid hvor mange ikke oplever at være en del af et fællesskab.",
      },
      {
        municipalitySlug: "assens",
        title: "Lokalrådene som arena for nye forsøg",
        description: "Hvordan lokalråd og Medborgerråd kan bruges til forsøg med lokalforankrede borgerbudgetter, øget kompetence og medbestemmelse.",
      },
      {
        municipalitySlug: "nordfyn",
        title: "Demografisk udvikling og økonomi",
        description: "En demografisk udvikling der vil give store økonomiske udfordringer, og som kræver samspil med borgere, foreninger og erhvervsliv.",
      },
      {
        municipalitySlug: "ringkobing-skjern",
        title: "Kultur- og organisationsforandring for samskabelse",
        description: "Politikere, ledere og medarbejdere skal lære at agere i netværk, og det forvaltningsmæssige regelsæt skal kunne rumme samskabelse.",
      },
      {
        municipalitySlug: "slagelse",
        title: "Ukendte regler i landdistriktsudviklingen",
        description: "Kommunen ved endnu ikke, hvilke love og regler borgerstyrede budgetter og liv i tomme bygninger vil støde på.",
      },
    ],
  },
  { key: "temadag-2018", title: "Temadag 2018", heldOn: "2018", description: plannedDescription, invited, challenges: [] },
  { key: "temadag-2019", title: "Temadag 2019", heldOn: "2019", description: plannedDescription, invited, challenges: [] },
];

const slugs = ["holbaek", "assens", "nordfyn", "ringkobing-skjern", "slagelse"];
const onePerMember = (role: string) => slugs.map((municipalitySlug) => ({ municipalitySlug, role, name: null }));

export const groups: GroupSeed[] = [
  {
    key: "politisk-forankring",
    name: "Politisk forankring",
    kind: "POLITICAL_ANCHORING",
    mandate: "De fem byråd følger netværkets arbejde og orienteres jævnligt; de fem borgmestre mødes og udveksler erfaringer om borgerinddragelse og samskabelse.",
    reportsTo: null,
    responsible: null,
    optional: false,
    members: [...onePerMember("Byråd"), ...onePerMember("Borgmester")],
  },
  {
    key: "tvaerkommunal-styregruppe",
    name: "Tværkommunal styregruppe",
    kind: "STEERING_GROUP",
    mandate: "Relevante chefer og direktører med ansvar for den overordnede styring og koordination af arbejdet.",
    reportsTo: null,
    responsible: null,
    optional: false,
    members: onePerMember("Chef/direktør"),
  },
  {
    key: "netvaerksgrupper",
    name: "Netværksgrupper",
    kind: "NETWORK_GROUP",
    mandate:
      "Nedsættes ad hoc af ledere og medarbejdere til erfaringsudveksling, vidensdeling og sparring om nye forsøg. Hver netværksgruppe har en netværksansvarlig, som endnu ikke er navngivet.",
    reportsTo: "Tværkommunal styregruppe",
    responsible: null,
    optional: false,
    members: [],
  },
  {
    key: "koordinationsgruppe",
    name: "Koordinationsgruppe",
    kind: "COORDINATION_GROUP",
    mandate: "En koordinator fra hver kommune; ansvar for rammerne for netværkets drift, fx dagsordener til styregruppemøder og temadage.",
    reportsTo: "Tværkommunal styregruppe",
    responsible: null,
    optional: false,
    members: onePerMember("Koordinator"),
  },
  {
    key: "politisk-referencegruppe",
    name: "Politisk referencegruppe",
    kind: "POLITICAL_REFERENCE_GROUP",
    mandate: "Forum for drøftelse af progressionen i forsøgsindsatsen med repræsentanter fra alle netværkets kommuner (foreslået af ministeriet).",
    reportsTo: null,
    responsible: null,
    optional: true,
    members: onePerMember("Politisk repræsentant"),
  },
  {
    key: "administrativ-referencegruppe",
    name: "Administrativ referencegruppe",
    kind: "ADMINISTRATIVE_REFERENCE_GROUP",
    mandate: "Administrativ forankring af netværkssamarbejdet med repræsentanter fra alle netværkets kommuner (foreslået af ministeriet).",
    reportsTo: null,
    responsible: null,
    optional: true,
    members: onePerMember("Administrativ repræsentant"),
  },
];

export const evaluationTemplate: EvaluationTemplateSeed = {
  name: "Ensartet erfaringsopsamling og resultatopfølgning",
  description:
    "Samme standarder og skabeloner for opfølgning på alle netværkets forsøg, så erfaringerne kan udbredes til landets øvrige kommuner.",
  processSupport: "VIVE yder processtøtte til et godt evalueringsgrundlag med løbende dataindsamling.",
  dimensions: [
    { code: "EFFECTS", title: "Effekter", question: "Hvilke effekter har forsøget haft?" },
    { code: "LEGAL_CERTAINTY", title: "Borgernes retssikkerhed", question: "Hvordan har forsøget påvirket borgernes retssikkerhed?" },
    { code: "ECONOMIC_CONSEQUENCES", title: "Økonomiske konsekvenser", question: "Hvilke økonomiske konsekvenser har forsøget haft?" },
    { code: "ADMINISTRATIVE_CONSEQUENCES", title: "Administrative konsekvenser", question: "Hvilke administrative konsekvenser har forsøget haft?" },
  ],
};
