import { Certainty, cite, type SourceSeed } from "@frikommune/municipality-kit";
import type {
  ChallengeSeed, ContactSeed, EvaluationPlanSeed, EvaluationTemplateSeed, ExemptionSeed, GroupSeed, MemberSeed, MinistryRuleSeed,
  NetworkSeed, NetworkStatementSeed, ThemeDayPlanSeed,
} from "./seed-types.js";

/** The 2016 application (file 000), at a section heading or footnote. */
const application = (at: string, quote: string) => cite("ansoegning-2016", at, quote);
/** The ministry's page on organisation and collaboration in free-municipality networks (file 004). */
const ministry = (at: string, quote: string) => cite("ministeriet-organisering-og-samarbejde", at, quote);

const answer = application(
  "Indledning",
  "Som svar på Social- og Indenrigsministerens invitation af 15. januar 2016 har følgende kommuner dannet et netværk med henblik på at blive godkendt som frikommuner i 2016-2019 under temaet",
);

export const network: NetworkSeed = {
  name: "Frikommunenetværket om øget borgerinvolvering og samskabelse",
  theme: "Øget borgerinvolvering og samskabelse",
  purpose:
    "At videreudvikle arbejdet med borgerinvolvering og samskabelse med borgerne og i stigende grad bruge borgerinvolvering og samskabelse som metode i det kommunale arbejde.",
  periodFrom: 2016,
  periodTo: 2019,
  invitedOn: "2016-01-15",
  invitedBy: "Social- og Indenrigsministeren",
  coordinator: {
    role: "Netværkets koordinator og kontaktperson for ministerierne (krav fra ministeriet til hvert frikommunenetværk).",
    name: null,
    municipalitySlug: null,
  },
  followUpResearch: "Netværket er imødekommende over for eventuel følgeforskning; Center for Offentlig Kompetenceudvikling har tilkendegivet interesse.",
  sources: [
    answer,
    application("Indledning", "\"øget borgerinvolvering og samskabelse\""),
    application(
      "Formål",
      "Formålet med netværket er at videreudvikle arbejdet med borgerinvolveringen og samskabelse med borgerne samt i stigende grad at inkorporere borgerinvolvering og samskabelse som metode i det kommunale arbejdsfelt.",
    ),
    ministry("Det gode netværkssamarbejde", "Hvert frikommunenetværk skal have en koordinator for netværket, som kan fungere som kontaktperson for ministerierne."),
    application("Følgeforskning", "Netværket er imødekommende i forhold til eventuelt følgeforskning. Center for Offentlig Kompetenceudvikling har tilkendegivet interesse herfor overfor netværket."),
  ],
};

/** The page's "Kontakt" block, line by line; it names no ministry for the two people. */
export const contacts: ContactSeed[] = [
  { name: "Linea Birch Hansen", title: "Specialkonsulent", office: "Udgifter", organisation: null, sources: [ministry("Kontakt", "Linea Birch Hansen TitelSpecialkonsulent KontorUdgifter")] },
  { name: "Helena Elisabeth Ravn", title: "Fuldmægtig", office: "Opgaver og Struktur", organisation: null, sources: [ministry("Kontakt", "Helena Elisabeth Ravn TitelFuldmægtig KontorOpgaver og Struktur")] },
  { name: null, title: null, office: "Finansiering", organisation: "Indenrigs- og Boligministeriet", sources: [ministry("Kontakt", "Indenrigs- og Boligministeriet KontorFinansiering")] },
];

const noCondition = { membershipCondition: null, conditionDecisionScheduledOn: null, conditionDecisionBy: null, conditionCertainty: null };

/** The members that answered the invitation, each with its own reason to join. */
export const members: MemberSeed[] = [
  {
    slug: "holbaek",
    ...noCondition,
    sources: [answer, application("Motivation for indgå i netværket", "Gennem deltagelse i frikommuneforsøget kan vi i kommunenetværket udvikle og forfine dette arbejde yderligere.")],
  },
  {
    slug: "assens",
    membershipCondition: "Assens Kommunes deltagelse i netværket forudsætter Assens Byråds endelige beslutning den 1. juni 2016.",
    conditionDecisionScheduledOn: "2016-06-01",
    conditionDecisionBy: "Assens Byråd",
    conditionCertainty: Certainty.SCHEDULED,
    sources: [answer, application("Fodnote 2", "Assens Kommunes deltagelse i netværket er under forudsætning af Assens Byråds endelig beslutning den 1. juni 2016.")],
  },
  {
    slug: "nordfyn",
    ...noCondition,
    sources: [answer, application("Politik for det aktive medborgerskab", "Derfor vil en status som frikommune være et værdifuldt værktøj til, at understøtte den nye politik og de indsatser, der skal følge i kølvandet.")],
  },
  {
    slug: "ringkobing-skjern",
    ...noCondition,
    sources: [answer, application("Motivation for at indgå i netværket", "men ønsker at deltage i frikommunenetværket for at kunne udvide den fælles bane, som kommune og lokalsamfundet har at spille på.")],
  },
  {
    slug: "slagelse",
    ...noCondition,
    sources: [answer, application("Frikommuneforsøget : Styrket lokalt partnerskab", "Vi ved endnu ikke hvilke love og regler vi vil komme til at udfordre, men ønsker som frikommune at have muligheden for at kunne søge dispensation, når behovet opstår.")],
  },
];
/** The members the documents name; a member that joined later has no facts in them, and so no sources. */
export const DOCUMENTED_MEMBERS: readonly string[] = members.map((m) => m.slug);


const commonAreas = application(
  "Både fælles og individuelle forsøg",
  "Allerede nu har netværket udpeget en række fælles relevante fritagelsesområder, som netværket ønsker at arbejde med i fællesskab",
);
const proposed = { decision: "PROPOSED" as const, decidedOn: null, decisionNote: null, networkRequest: null, legalFinding: null };

export const exemptions: ExemptionSeed[] = [
  {
    code: "A",
    title: "Støttemidler til fælles sociale formål uden skattemæssige konsekvenser",
    description:
      "Udbetaling af offentlige støttemidler til fælles sociale formål, fx § 18-midler til grupper eller enkeltpersoner uden foreningstilknytning, uden at det får skattemæssige konsekvenser for modtageren.",
    legalArea: "§ 18-midler og skattemæssige konsekvenser for modtageren",
    ...proposed,
    sources: [
      commonAreas,
      application(
        "Både fælles og individuelle forsøg",
        "Udbetaling af offentlige støttemidler til fælles sociale formål, eksempelvis § 18 midler til grupper/enkeltpersoner (uden foreningstilknytning) uden at dette vil få skattemæssige konsekvenser for modtageren.",
      ),
    ],
  },
  {
    code: "B",
    title: "Frivilligt ulønnet arbejde for dagpenge- og efterlønsmodtagere",
    description:
      "Ret for dagpenge- og efterlønsmodtagere til at arbejde frivilligt og ulønnet på offentlige institutioner (uden om foreninger) uden fradrag i ydelsen, hvilket ikke er muligt i dag.",
    legalArea: "Dagpenge og efterløn: fradrag i ydelsen for frivilligt arbejde",
    ...proposed,
    sources: [
      commonAreas,
      application(
        "Både fælles og individuelle forsøg",
        "Ret til, at dagpenge- og efterlønsmodtagere kan arbejde frivilligt og ulønnet uden fradrag i ydelsen på offentlige institutioner (udenom foreninger), hvilket ikke er muligt i dag.",
      ),
    ],
  },
  {
    code: "C",
    title: "Godtgørelse til kommunale frivillige",
    description:
      "Mulighed for at kommunen kan yde godtgørelse til kommunale frivillige, fx for befordring og telefon, svarende til muligheden for godtgørelse gennem foreninger.",
    legalArea: "Godtgørelse til frivillige",
    ...proposed,
    sources: [
      commonAreas,
      application("Både fælles og individuelle forsøg", "Mulighed for, at kommunen kan yde godtgørelse til kommunale frivillige, fx befordring, telefon m.v. jf. muligheden for godtgørelse igennem foreninger."),
    ],
  },
  {
    code: "D",
    title: "Forsikring af frivillige",
    description: "At kommuner kan forsikre frivillige.",
    legalArea: "Kommuners forsikring af frivillige",
    ...proposed,
    networkRequest: "Netværket vil gerne have mulighed for at arbejde med forsøgsområdet, mens lovarbejdet står på.",
    legalFinding: {
      kind: "NO_LEGAL_BASIS",
      finding: "Der er ikke lovhjemmel til, at kommuner må forsikre frivillige.",
      foundBy: "Social- og Indenrigsministeriet",
      foundOn: "2016-04",
      statedIntention: "Ministeren ønsker at se nærmere på, om lovgivningen kan ændres.",
      intentionBy: "Social- og Indenrigsministeren",
      intentionCertainty: Certainty.CONSIDERED,
      sources: [
        application("Fodnote 1", "Jf. Social- og Indenrigsministeriet er der i slutningen af april '16 blevet truffet afgørelse om, at der ikke er lovhjemmel til, at kommuner må forsikre frivillige."),
        application(
          "Fodnote 1",
          "Netværket er naturligvis vidende om, at Social og Indenrigsministeren samtidig har meddelt, at hun ønsker at se nærmere på, om lovgivningen kan ændres.",
        ),
      ],
    },
    sources: [
      commonAreas,
      application("Både fælles og individuelle forsøg", "Forsikring af frivillige"),
      application("Fodnote 1", "Dog vil netværket gerne have mulighed for at arbejde med dette forsøgsområdemens lovarbejdet står på."),
    ],
  },
];

/**
 * The challenges members state in their own sections. The application names no theme day for
 * them; Assens and Slagelse state none of their own.
 */
export const challenges: ChallengeSeed[] = [
  {
    key: "oekonomi-faellesskab-velfaerd",
    municipalitySlug: "holbaek",
    title: "En mindre økonomisk ramme, fællesskabet og den fremtidige velfærd",
    description:
      "De gode løsninger på de store udfordringer skal findes inden for en økonomisk ramme, der bliver mindre, i en tid hvor mange ikke oplever at være en del af et fællesskab.",
    sources: [
      application(
        "Udfordringer",
        "Vi skal finde de gode løsninger på de store udfordringer, og det skal ske indenfor en økonomisk ramme, som bliver mindre og i en tid, hvor mange mennesker ikke oplever at være en del af et fællesskab.",
      ),
      application("Udfordringer", "Vi har både en økonomisk udfordring, udfordring omkring fællesskabet og den fremtidige velfærd."),
    ],
  },
  {
    key: "demografi-og-oekonomi",
    municipalitySlug: "nordfyn",
    title: "En demografisk udvikling med store økonomiske udfordringer",
    description:
      "Kommunen står over for en demografisk udvikling, der vil give store økonomiske udfordringer, og kan ikke nå sine mål alene, men er afhængig af samspillet med borgere, foreninger og erhvervsliv.",
    sources: [
      application("Nordfyn", "Ikke kun fordi vi står over for en demografisk udvikling, der vil medføre store økonomiske udfordringer for vores kommune"),
      application("Nordfyn", "Kommunen er bevidst om, at vi ikke kan nå målene alene. Vi er afhængige af samspillet med kommunens borgere, foreninger og erhvervsliv"),
    ],
  },
  {
    key: "kultur-og-organisation",
    municipalitySlug: "ringkobing-skjern",
    title: "Kulturelle og organisatoriske forandringer for samskabelse",
    description:
      "Reel faciliterende samskabelse kræver en organisatorisk kulturforandring og at organisationens grænser åbnes mod civilsamfundet; det forvaltningsmæssige regelsæt bør kunne rumme den nye virkelighed.",
    sources: [
      application(
        "Samskabelse kræver både kulturelle og organisatoriske forandringer",
        "Hvis vi som kommune skal kunne deltage i reel faciliterende samskabelse med borgere, foreninger og virksomheder, kræver det først og fremmest en organisatorisk kulturforandring.",
      ),
      application(
        "Samskabelse kræver både kulturelle og organisatoriske forandringer",
        "At lykkes med faciliterende samskabelse indebærer imidlertid også, at den kommunale organisations grænser åbnes i forhold til civilsamfundet.",
      ),
      application(
        "Samskabelse kræver både kulturelle og organisatoriske forandringer",
        "men blot at det forvaltningsmæssige regelsæt også bør kunne rumme den nye virkelighed for det kommunale virke.",
      ),
    ],
  },
];

/** The theme days as the application plans them: a plan, not a calendar. */
export const themeDayPlan: ThemeDayPlanSeed = {
  perYearMin: 1,
  perYearMax: 2,
  certainty: Certainty.EXPECTED,
  purpose: "Yderligere at optimere den indbyrdes sparring i netværket.",
  content:
    "De deltagende kommuner kan medbringe en eller flere udfordringer, som de ønsker sparring på af de øvrige deltagere, så netværket også bliver et aktiv for den enkelte kommune, med netværksskabende elementer, innovativt indhold og løsningsorienterede dagsordener.",
  agendaGroupKey: "koordinationsgruppe",
  sources: [
    application("Årlige temadage", "For yderligere at optimere den indbyrdes sparring afholdes der forventeligt 1-2 årlige temadage."),
    application(
      "Årlige temadage",
      "På den måde sikrer vi, at netværket også bliver et aktiv for de enkelte kommuner, der både indeholder netværksskabende elementer, innovativt indhold og løsningsorienterede dagsordener.",
    ),
    application("Koordinationsgruppe", "Arbejdsgruppen får ansvar for rammerne for netværkets drift – eksempelvis dagsorden til styregruppemøderne og temadagene."),
  ],
  participants: [
    {
      who: "De deltagende kommuner",
      role: "Kan medbringe en eller flere udfordringer, som de ønsker sparring på af de øvrige deltagere",
      certainty: Certainty.POSSIBLE,
      sources: [application("Årlige temadage", "På de årlige temadage kan de deltagende kommuner medbringe en eller flere \"udfordringer\", som de ønsker sparring på af de øvrige deltagere.")],
    },
    {
      who: "De fem borgmestre",
      role: "Inviteres",
      certainty: Certainty.DECIDED,
      sources: [application("Årlige temadage", "På de årlige temadage inviteres de fem borgmestre ligeledes.")],
    },
    {
      who: "Repræsentanter fra Social- og Indenrigsministeriet",
      role: "Kan deltage",
      certainty: Certainty.POSSIBLE,
      sources: [application("Årlige temadage", "Desuden vil det være muligt for repræsentanter fra Social- og Indenrigsministeriet at deltage på disse temadage.")],
    },
    {
      who: "Borgerne",
      role: "Inddrages og involveres, fx i temadage på tværs af kommunerne",
      certainty: Certainty.POSSIBLE,
      sources: [
        application(
          "Borgerinvolvering",
          "I hele organiseringen af arbejdet vil vi lægge vægt på inddragelse og involvering af borgerne, både lokalt i den enkelte kommune, men også i eksempelvis netværk og temadage på tværs af kommunerne.",
        ),
      ],
    },
  ],
};

const slugs = members.map((m) => m.slug);
/** One seat per member, where the documents say each member (or all five) take part. */
const onePerMember = (role: string, source: SourceSeed) => slugs.map((municipalitySlug) => ({ municipalitySlug, role, name: null, sources: [source] }));
const referenceGroups = [
  ministry(
    "Det gode netværkssamarbejde",
    "Netværkssamarbejdet kan med fordel forankres i både den politiske og administrative ledelse i kommunerne i netværket for at sikre ejerskab til frikommuneforsøgene og skabe et fælles forum for drøftelser af progressionen i netværkets forsøgsindsats.",
  ),
  ministry("Det gode netværkssamarbejde", "Til det formål kan der eksempelvis oprettes en politisk og en administrativ referencegruppe med repræsentanter fra alle netværkets kommuner."),
];
const councils = application("Politisk forankring", "Arbejdet i netværket følges tæt af de fem byråd, som med jævne mellemrum vil blive orienteret om netværkets arbejde.");
const mayors = application(
  "Politisk forankring",
  "I perioden påtænkes det desuden, at de fem borgmestre mødes og udveksler erfaringer ift. borgerinddragelse og samskabelse med borgerne",
);
const coordinators = application("Koordinationsgruppe", "Hver kommune udpeger en ansvarlig koordinator, som indgår i en arbejdsgruppe med de øvrige kommuners koordinatører.");
const decided = { certainty: Certainty.DECIDED, optional: false, suggestedBy: null, responsible: null, responsibleRole: null };

export const groups: GroupSeed[] = [
  {
    key: "politisk-forankring",
    name: "Politisk forankring",
    kind: "POLITICAL_ANCHORING",
    ...decided,
    mandate:
      "De fem byråd følger netværkets arbejde tæt og orienteres med jævne mellemrum. Netværket ser den politiske involvering som vigtig, bl.a. for at holde fokus på, hvordan øget borgerinvolvering og samskabelse kan få betydning for de lokalpolitiske roller.",
    composition: "De fem byråd",
    reportsTo: null,
    members: onePerMember("Byråd", councils),
    sources: [
      councils,
      application("Politisk forankring", "I netværket ser vi den politiske involvering som vigtig og væsentlig."),
      application(
        "Politisk forankring",
        "det er nødvendigt at holde fokus på, hvordan øget borgerinvolvering og samskabelse med borgerne eventuelt får betydning for de lokalpolitiske roller, herunder hvordan disse eventuelt måtte forandre sig i forløbet.",
      ),
    ],
  },
  {
    key: "borgmestrenes-erfaringsudveksling",
    name: "Borgmestrenes erfaringsudveksling",
    kind: "MAYORS_EXCHANGE",
    certainty: Certainty.CONSIDERED,
    optional: true,
    suggestedBy: null,
    responsible: null,
    responsibleRole: null,
    mandate: "Det påtænkes, at de fem borgmestre i perioden mødes og udveksler erfaringer om borgerinddragelse og samskabelse med borgerne.",
    composition: "De fem borgmestre",
    reportsTo: null,
    members: onePerMember("Borgmester", mayors),
    sources: [mayors],
  },
  {
    key: "tvaerkommunal-styregruppe",
    name: "Tværkommunal styregruppe",
    kind: "STEERING_GROUP",
    ...decided,
    mandate: "Har ansvaret for den overordnede styring og koordination af arbejdet.",
    composition: "Relevante chefer/direktører",
    reportsTo: null,
    // The application names the steering group's make-up, not its seats.
    members: [],
    sources: [
      application(
        "Tværkommunal styregruppe",
        "Der nedsættes en tværkommunal styregruppe, bestående af relevante chefer/direktører, som har ansvaret for den overordnede styring og koordination af arbejdet.",
      ),
    ],
  },
  {
    key: "netvaerksgrupper",
    name: "Netværksgrupper",
    kind: "NETWORK_GROUP",
    certainty: Certainty.POSSIBLE,
    optional: true,
    suggestedBy: null,
    mandate:
      "Kan nedsættes ad hoc under styregruppen. Ud over erfaringsudveksling og vidensdeling skal grupperne være rum for indbyrdes sparring og kvalificering i forhold til opstart af nye forsøg.",
    composition: "Relevante ledere og medarbejdere",
    reportsTo: "Tværkommunal styregruppe",
    responsible: null,
    responsibleRole: "Netværksansvarlig, som sørger for de praktiske ting i og omkring netværkets virke",
    members: [],
    sources: [
      application("Netværksgrupper", "Under den tværkommunale styregruppe er der mulighed for nedsættelse af netværksgrupper ad hoc. Disse netværksgrupper refererer til styregruppen."),
      application("Netværksgrupper", "Netværkene sammensættes af relevante ledere og medarbejdere."),
      application(
        "Netværksgrupper",
        "Udover den mere direkte erfaringsudveksling og vidensdeling, skal disse netværksgrupper være rum for indbyrdes sparring og kvalificering i forhold til opstart af nye forsøg i forbindelse med frikommuneordningen.",
      ),
      application("Netværksgrupper", "Hvert netværk har sin netværksansvarlig, som sørger for de praktiske ting i og omkring netværkets virke."),
    ],
  },
  {
    key: "koordinationsgruppe",
    name: "Koordinationsgruppe",
    kind: "COORDINATION_GROUP",
    ...decided,
    mandate:
      "Har ansvar for rammerne for netværkets drift, fx dagsorden til styregruppemøderne og temadagene. Der arbejdes i videst muligt omfang med de elektroniske platforme.",
    composition: "En ansvarlig koordinator fra hver kommune",
    reportsTo: null,
    members: onePerMember("Koordinator", coordinators),
    sources: [
      coordinators,
      application("Koordinationsgruppe", "Arbejdsgruppen får ansvar for rammerne for netværkets drift – eksempelvis dagsorden til styregruppemøderne og temadagene."),
      application("Koordinationsgruppe", "Der arbejdes i videst muligt omfang med brug af de elektroniske platforme."),
    ],
  },
  {
    key: "politisk-referencegruppe",
    name: "Politisk referencegruppe",
    kind: "POLITICAL_REFERENCE_GROUP",
    certainty: Certainty.POSSIBLE,
    optional: true,
    suggestedBy: "Ministeriet",
    responsible: null,
    responsibleRole: null,
    mandate: "Forankrer netværkssamarbejdet i den politiske ledelse, sikrer ejerskab til forsøgene og er forum for drøftelser af progressionen i netværkets forsøgsindsats.",
    composition: "Repræsentanter fra alle netværkets kommuner",
    reportsTo: null,
    members: onePerMember("Politisk repræsentant", referenceGroups[1]!),
    sources: referenceGroups,
  },
  {
    key: "administrativ-referencegruppe",
    name: "Administrativ referencegruppe",
    kind: "ADMINISTRATIVE_REFERENCE_GROUP",
    certainty: Certainty.POSSIBLE,
    optional: true,
    suggestedBy: "Ministeriet",
    responsible: null,
    responsibleRole: null,
    mandate: "Forankrer netværkssamarbejdet i den administrative ledelse, sikrer ejerskab til forsøgene og er forum for drøftelser af progressionen i netværkets forsøgsindsats.",
    composition: "Repræsentanter fra alle netværkets kommuner",
    reportsTo: null,
    members: onePerMember("Administrativ repræsentant", referenceGroups[1]!),
    sources: referenceGroups,
  },
];

const uniformFollowUp = "Ensartet erfaringsopsamling og resultatopfølgning";
const dimensionsQuote = ministry(
  uniformFollowUp,
  "Det er derfor afgørende, at der følges systematisk op på de igangsatte forsøg, så der dannes så valid viden som muligt om forsøgene, herunder effekter, borgernes retssikkerhed samt økonomiske og administrative konsekvenser.",
);
const vive = ministry(uniformFollowUp, "VIVE er behjælpelig med processtøtte med særligt fokus på at etablere et godt evalueringsgrundlag med løbende dataindsamling mv.");

export const evaluationTemplate: EvaluationTemplateSeed = {
  name: uniformFollowUp,
  description:
    "Samme standarder og skabeloner for opfølgning på alle netværkets forsøg, så erfaringerne kan udbredes til landets øvrige kommuner.",
  processSupport: "VIVE yder processtøtte til et godt evalueringsgrundlag med løbende dataindsamling.",
  sources: [
    ministry(
      uniformFollowUp,
      "samt at der opereres med de samme standarder og skabeloner for erfaringsopsamling og resultatopfølgning blandt kommunerne i det enkelte netværk.",
    ),
    ministry(
      uniformFollowUp,
      "En forudsætning for, at erfaringerne fra frikommunerne kan udbredes til de øvrige kommuner, er opsamling af et solidt grundlag for at vurdere resultaterne af de enkelte forsøg.",
    ),
    vive,
  ],
  dimensions: [
    { code: "EFFECTS", title: "Effekter", question: "Hvilke effekter har forsøget haft?", sources: [dimensionsQuote] },
    { code: "LEGAL_CERTAINTY", title: "Borgernes retssikkerhed", question: "Hvordan har forsøget påvirket borgernes retssikkerhed?", sources: [dimensionsQuote] },
    { code: "ECONOMIC_CONSEQUENCES", title: "Økonomiske konsekvenser", question: "Hvilke økonomiske konsekvenser har forsøget haft?", sources: [dimensionsQuote] },
    { code: "ADMINISTRATIVE_CONSEQUENCES", title: "Administrative konsekvenser", question: "Hvilke administrative konsekvenser har forsøget haft?", sources: [dimensionsQuote] },
  ],
};

/** The network's own plan for evaluating its work (the application's "Evaluering"). */
export const evaluationPlan: EvaluationPlanSeed = {
  networkEvaluation: "Løbende evalueringer af netværkets virke.",
  certainty: Certainty.DECIDED,
  finalReport: "En samlet evalueringsrapport, der opsamler de løbende evalueringer.",
  finalReportDue: "Ved forsøgets afslutning",
  trialEvaluations: "Konkrete planer for evalueringen af det enkelte forsøg lægges i forbindelse med forsøgets beskrivelse.",
  whyPerTrial: "Evalueringsformen kan variere mellem de forskellige forsøg.",
  sources: [
    application("Evaluering", "Der foretages løbende evalueringer af netværkets virke, som opsamles i en samlet evalueringsrapport ved forsøgets afslutning."),
    application(
      "Evaluering",
      "Der lægges konkrete planer for evalueringerne af de enkelte forsøg i forbindelse med forsøgets beskrivelse, da evalueringsformen kan variere mellem de forskellige forsøg.",
    ),
  ],
};

const page = "Organisering og samarbejde i frikommunenetværket";
const collaboration = "Det gode netværkssamarbejde";
const development = "Forsøgsudvikling og vidensdeling";
const procedures = ministry(development, "Samarbejdet kan med fordel understøttes gennem faste procedurer for idéudvikling og vidensdeling.");

/** What the ministry's page asks of a network, leaves to it, expects, suggests and offers. */
export const ministryRules: MinistryRuleSeed[] = [
  {
    key: "netvaerk-om-faelles-tema",
    kind: "BACKGROUND",
    topic: page,
    title: "Forsøg i netværk om et fælles tema",
    statement:
      "Frikommuneforsøg II er organiseret i netværk af frikommuner om et fælles tema, for at understøtte en fokuseret og sammenhængende forsøgsindsats, der skal løse en fælles samfundsmæssig problemstilling.",
    reason: null,
    sources: [
      ministry(page, "Frikommuneforsøg II er organiseret i netværk af frikommuner, der er samlet om at lave forsøg inden for et fælles tema."),
      ministry(page, "Denne organisering skal understøtte en fokuseret og sammenhængende forsøgsindsats for at løse en fælles samfundsmæssig problemstilling."),
    ],
  },
  {
    key: "taet-samspil",
    kind: "BACKGROUND",
    topic: page,
    title: "Tæt samspil gennem hele forsøgsperioden",
    statement: "I netværkene nytænkes indsatsen i tæt samspil mellem frikommunerne, som løbende idéudvikler, videndeler og følger op på forsøgenes fremdrift og resultater.",
    reason: null,
    sources: [
      ministry(
        page,
        "I netværkene nytænkes indsatsen i tæt samspil mellem de deltagende frikommuner, som løbende gennem forsøgsperioden ideudvikler, videndeler og følger op på forsøgenes fremdrift og resultater.",
      ),
    ],
  },
  {
    key: "ingen-fast-model",
    kind: "NOT_REQUIRED",
    topic: page,
    title: "Ingen fast model for netværkssamarbejdet",
    statement:
      "Der findes ikke én model for det gode netværkssamarbejde; den afhænger af forsøgenes karakter, antallet af kommuner i netværket mv. Det enkelte netværk skal selv tage stilling til de organisatoriske forhold.",
    reason: null,
    sources: [
      ministry(page, "Der findes ikke én model for det gode netværkssamarbejde. Det vil afhænge af forsøgenes karakter, antallet af kommuner i netværket mv."),
      ministry(page, "Nedenfor beskrives nogle af de organisatoriske forhold, som det enkelte frikommunenetværk skal tage stilling til."),
    ],
  },
  {
    key: "koordinator",
    kind: "REQUIREMENT",
    topic: collaboration,
    title: "En koordinator som ministeriernes kontaktperson",
    statement: "Hvert frikommunenetværk skal have en koordinator, som kan være kontaktperson for ministerierne.",
    reason: null,
    sources: [ministry(collaboration, "Hvert frikommunenetværk skal have en koordinator for netværket, som kan fungere som kontaktperson for ministerierne.")],
  },
  {
    key: "ingen-formelle-krav",
    kind: "NOT_REQUIRED",
    topic: collaboration,
    title: "Ingen andre formelle krav til organiseringen",
    statement: "Ud over koordinatoren er der ingen formelle krav til organiseringen af frikommunenetværkene.",
    reason: null,
    sources: [ministry(collaboration, "Herudover er der ingen formelle krav til organiseringen af frikommunenetværkene.")],
  },
  {
    key: "politisk-og-administrativ-forankring",
    kind: "SUGGESTION",
    topic: collaboration,
    title: "Forankring i den politiske og administrative ledelse",
    statement: "Netværkssamarbejdet kan med fordel forankres i både den politiske og den administrative ledelse i netværkets kommuner.",
    reason: "For at sikre ejerskab til frikommuneforsøgene og skabe et fælles forum for drøftelser af progressionen i netværkets forsøgsindsats.",
    sources: [referenceGroups[0]!],
  },
  {
    key: "referencegrupper",
    kind: "SUGGESTION",
    topic: collaboration,
    title: "En politisk og en administrativ referencegruppe",
    statement: "Der kan fx oprettes en politisk og en administrativ referencegruppe med repræsentanter fra alle netværkets kommuner.",
    reason: null,
    sources: [referenceGroups[1]!],
  },
  {
    key: "ikke-alle-forsoeg",
    kind: "NOT_REQUIRED",
    topic: development,
    title: "Forsøgene skal ikke gennemføres af alle",
    statement: "Frikommunerne i et netværk gennemfører ikke nødvendigvis alle de samme forsøg.",
    reason: null,
    sources: [ministry(development, "Frikommunerne gennemfører ikke nødvendigvis alle de samme forsøg inden for netværket.")],
  },
  {
    key: "ingen-godkendelse-fra-de-oevrige",
    kind: "NOT_REQUIRED",
    topic: development,
    title: "De øvrige kommuner skal ikke godkende et forsøg",
    statement: "Vil én eller flere kommuner i et netværk gennemføre et konkret forsøg, er det ikke et krav fra ministeriets side, at de øvrige kommuner i netværket godkender det.",
    reason: null,
    sources: [
      ministry(
        development,
        "Hvis én eller flere kommune(r) i et netværk ønsker at gennemføre et konkret forsøg, er det ikke et krav fra ministeriets side, at det godkendes af de øvrige kommuner i netværket.",
      ),
    ],
  },
  {
    key: "hoejt-ambitionsniveau",
    kind: "EXPECTATION",
    topic: development,
    title: "Gensidig forpligtelse til et højt ambitionsniveau",
    statement:
      "Kommunerne i et netværk indgår i en gensidig forpligtelse til at holde hinanden op på et højt ambitionsniveau i idéudviklingen, fremdriften i forsøget og inddragelsen af viden om, hvad der virker.",
    reason: null,
    sources: [
      ministry(
        development,
        "Det er dog ministeriets forventning, at kommunerne i et netværk indgår i en gensidig forpligtelse til at holde hinanden op på et højt ambitionsniveau i idéudviklingen, fremdrift i forsøget og inddragelse af viden om, hvad der virker.",
      ),
    ],
  },
  {
    key: "faste-procedurer",
    kind: "SUGGESTION",
    topic: development,
    title: "Faste procedurer for idéudvikling og vidensdeling",
    statement: "Samarbejdet kan med fordel understøttes gennem faste procedurer for idéudvikling og vidensdeling.",
    reason: null,
    sources: [procedures],
  },
  {
    key: "sparring-om-barrierer",
    kind: "SUGGESTION",
    topic: development,
    title: "Sparring om barrierer og løsningsmodeller",
    statement: "Fx sparring om de barrierer, kommunerne møder, og mulige løsningsmodeller, der skal forsøges.",
    reason: null,
    sources: [procedures, ministry(development, "Det kan eksempelvis være sparring om de barrierer, kommunerne møder, og mulige løsningsmodeller, der skal forsøges")],
  },
  {
    key: "faelles-oversigt",
    kind: "SUGGESTION",
    topic: development,
    title: "Fælles oversigt over igangsatte forsøg",
    statement: "Fx en fælles oversigt over igangsatte forsøg.",
    reason: null,
    sources: [procedures, ministry(development, "fælles oversigt over igangsatte forsøg")],
  },
  {
    key: "opfoelgning-paa-milepaele",
    kind: "SUGGESTION",
    topic: development,
    title: "Løbende opfølgning på milepæle og erfaringer",
    statement: "Fx løbende opfølgning på milepæle og erfaringer.",
    reason: null,
    sources: [procedures, ministry(development, "løbende opfølgning på milepæle og erfaringer")],
  },
  {
    key: "systematisk-opfoelgning",
    kind: "EXPECTATION",
    topic: uniformFollowUp,
    title: "Systematisk opfølgning på de igangsatte forsøg",
    statement:
      "Der skal følges systematisk op på de igangsatte forsøg, så der dannes så valid viden som muligt om dem, herunder om effekter, borgernes retssikkerhed samt økonomiske og administrative konsekvenser.",
    reason: "Et solidt grundlag for at vurdere resultaterne af de enkelte forsøg er en forudsætning for, at erfaringerne kan udbredes til de øvrige kommuner.",
    sources: [
      ministry(
        uniformFollowUp,
        "En forudsætning for, at erfaringerne fra frikommunerne kan udbredes til de øvrige kommuner, er opsamling af et solidt grundlag for at vurdere resultaterne af de enkelte forsøg.",
      ),
      dimensionsQuote,
    ],
  },
  {
    key: "droeft-opfoelgning-ved-start",
    kind: "EXPECTATION",
    topic: uniformFollowUp,
    title: "Drøft opfølgning og evaluering allerede ved forsøgets start",
    statement: "Netværket drøfter allerede ved forsøgets start, hvordan det vil tilrettelægge arbejdet med opfølgning og evaluering.",
    reason: null,
    sources: [
      ministry(
        uniformFollowUp,
        "Der er derfor behov for, at frikommunenetværket allerede ved forsøgets start drøfter, hvordan netværket vil tilrettelægge arbejdet med opfølgning og evaluering",
      ),
    ],
  },
  {
    key: "samme-standarder-og-skabeloner",
    kind: "EXPECTATION",
    topic: uniformFollowUp,
    title: "Samme standarder og skabeloner i hele netværket",
    statement: "Kommunerne i netværket bruger de samme standarder og skabeloner for erfaringsopsamling og resultatopfølgning.",
    reason: null,
    sources: [
      ministry(
        uniformFollowUp,
        "samt at der opereres med de samme standarder og skabeloner for erfaringsopsamling og resultatopfølgning blandt kommunerne i det enkelte netværk.",
      ),
    ],
  },
  {
    key: "vive-processtoette",
    kind: "SUPPORT",
    topic: uniformFollowUp,
    title: "Processtøtte fra VIVE",
    statement: "VIVE hjælper med processtøtte med særligt fokus på at etablere et godt evalueringsgrundlag med løbende dataindsamling mv.",
    reason: null,
    sources: [vive],
  },
];

const intro = "Vi inddrager og samskaber med borgerne - men vil skridtet videre";
const reasons = "Begrundelse for valg af tema";
const answers = "Vi vil finde svarene";
const barriers = "Allerede oplevede barrierer og forventning om flere";
const approach = "Både fælles og individuelle forsøg";
const plan = application(
  approach,
  "Netværket og de enkelte kommuner vil i løbet af efteråret 2016 afdække forsøgsområderne grundigt med henblik på afsendelse af konkrete fritagelsesansøgninger i november 2016 og endelig igangsættelse primo 2017.",
);
const statement = (s: Omit<NetworkStatementSeed, "dueOn" | "due"> & Partial<Pick<NetworkStatementSeed, "dueOn" | "due">>): NetworkStatementSeed => ({ dueOn: null, due: null, ...s });

/** What the application says of the network as a whole, section by section. */
export const statements: NetworkStatementSeed[] = [
  statement({
    key: "inddrager-allerede",
    topic: "BACKGROUND",
    heading: intro,
    title: "Alle fem kommuner inddrager og samskaber allerede",
    text:
      "Alle fem kommuner arbejder allerede med borgerinddragelse og samskabelse og oplever og forventer et stort potentiale i et tættere samarbejde med borgerne om fremtidens velfærdsløsninger. Muligheden for at udfordre de bureaukratiske og lovgivningsmæssige barrierer vil være yderst givtig.",
    certainty: null,
    sources: [
      application(intro, "Allerede i dag er alle fem kommuner optaget af og arbejder med borgerinddragelse og samskabelse med borgerne på forskellig vis."),
      application(intro, "Da alle fem kommuner oplever og forventer et stort potentiale i et øget og tættere samarbejde med borgerne om fremtidens velfærdsløsninger"),
      application(
        intro,
        "Som led heri vil muligheden for at udfordre de bureaukratiske og lovgivningsmæssige barriere, der måtte være for at opnå det fulde potentiale af samarbejdet, være yderst givtigt.",
      ),
    ],
  }),
  statement({
    key: "opgaveloesning-under-forandring",
    topic: "THEME_REASON",
    heading: reasons,
    title: "Den kommunale opgaveløsning er under forandring",
    text:
      "Nye metoder, nye teknologier og en strammere økonomi udfordrer måden at drive kommunerne på, og der er stort fokus på at involvere ressourcerne i lokalområderne. Inddragelse af og samskabelse med borgerne rummer et væsentligt uudnyttet potentiale for at forbedre eksisterende og udvikle nye velfærdsløsninger.",
    certainty: null,
    sources: [
      application(reasons, "Begrundelsen for vores valg af tema er flersidet og foranlediget af nogle af de udfordringer, som vi oplever i vores kommuner."),
      application(reasons, "For det første er den kommunale opgaveløsning flere og flere steder under forandring."),
      application(reasons, "Nye metoder, nye teknologier og en strammere økonomi medfører, at vi må udfordre vores måde at drive kommunerne på."),
      application(reasons, "Inddragelse af borgerne samt samskabelse med borgerne indeholder i vores optik et væsentligt uudnyttet potentiale."),
      application(
        reasons,
        "Vi har en overordnet tro på, at vi sammen med borgerne kan forbedre eksisterende velfærdsløsninger, ligesom vi sammen med borgerne kan finde og udvikle helt nye velfærdsløsninger.",
      ),
    ],
  }),
  statement({
    key: "lokalt-naerdemokrati",
    topic: "THEME_REASON",
    heading: reasons,
    title: "Et bedre lokalt nærdemokrati",
    text:
      "Netværket vil forbedre det lokale nærdemokrati med en langt tidligere inddragelse af borgerne i de politiske beslutningsprocesser. Mange borgere oplever en stigende distance til kommunen, både til byrådets beslutninger og i deres egen helhedssituation, og det er alvorligt for kommunernes (og statens) demokratiske legitimitet.",
    certainty: null,
    sources: [
      application(reasons, "For det andet ønsker vi at forbedre det lokale nærdemokrati ved hjælp af en langt tidligere inddragelse af borgerne i de politiske beslutningsprocesser."),
      application(reasons, "I dag oplever mange borgere en stadig stigende distance til \"kommunen\" og oplever sig ikke som en del af det store fællesskab i kommunen."),
      application(
        reasons,
        "Det gælder både på det overordnede plan, hvor distancen til byrådets beslutninger og indflydelsen på disse kan virke (for) lang, ligesom indflydelsen på borgerens egen helhedssituation kompliceres",
      ),
      application(reasons, "Borgerens oplevelse af denne distance er naturligvis alvorlig set i lyset af kommunernes (og statens) demokratiske legitimitet."),
    ],
  }),
  statement({
    key: "nye-maader",
    topic: "AIM",
    heading: answers,
    title: "Nye måder at angribe udfordringerne på",
    text: "Kommunerne vil finde nye måder at angribe deres udfordringer på og udfordre lovgivningsmæssige barrierer for den nye styringstilgang.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        answers,
        "Alle fem kommuner i netværket er optaget af, hvordan vi kan finde nye måder at angribe vores udfordringer på, og hvordan vi kan udfordrelovgivningsmæssige barrierer for den nye styringstilgang.",
      ),
    ],
  }),
  statement({
    key: "mindre-distance",
    topic: "AIM",
    heading: answers,
    title: "Mindre distance mellem borgerne og kommunen",
    text:
      "Netværket vil mindske den oplevede distance mellem borgerne og kommunen med nye løsninger og metoder, hvor borgerens involvering og engagement i opgaveløsningen er i fokus, og hvor der lægges vægt på samskabelse.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        answers,
        "Vi vil arbejde på at forbedre den oplevede distance mellem borgerne og \"kommunen\" gennem udvikling af nye løsninger og metoder, hvor borgerens involvering og engagement i kommunens opgaveløsning sættes i fokus, og hvor der lægges vægt på samskabelse med borgerne.",
      ),
    ],
  }),
  statement({
    key: "den-bedste-kommune",
    topic: "AIM",
    heading: answers,
    title: "Den bedste kommune for og med borgerne",
    text: "En frikommuneforsøgsordning vil, over for både de oplevede og mulige fremtidige barrierer, hjælpe kommunerne til at arbejde videre med at skabe den bedste kommune for og med borgerne.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        answers,
        "Både i forhold til de allerede oplevede barrierer og i forhold mulige fremtidige barrierer vil en frikommuneforsøgsordning medvirke til, at vi kan arbejde videre med henblik på at skabe den bedste kommune for og med borgerne.",
      ),
    ],
  }),
  statement({
    key: "oplevede-barrierer",
    topic: "BARRIER",
    heading: barriers,
    title: "Allerede oplevede lovgivningsmæssige barrierer",
    text: "Alle kommunerne i netværket har allerede oplevet en række lovgivningsmæssige barrierer for samarbejdet med og inddragelsen af borgerne.",
    certainty: null,
    sources: [
      application(
        barriers,
        "Alle kommunerne i netværket har allerede på nuværende tidspunkt oplevet en række lovgivningsmæssige barrierer i forhold til samarbejdet med og inddragelsen af borgerne.",
      ),
    ],
  }),
  statement({
    key: "forventede-barrierer",
    topic: "BARRIER",
    heading: barriers,
    title: "Nye barrierer forventes",
    text: "Kommunerne forventer at møde nye barrierer i løbet af en eventuel fritagelsesperiode, når de tager de næste skridt i inddragelsen af og samskabelsen med borgerne.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        barriers,
        "Det er samtidig forventningen, at de fem kommuner i løbet af en eventuel fritagelsesperiode vil opleve nye barrierer, når vi betræder de næste skridt i forhold til inddragelsen og samskabelsen med borgerne.",
      ),
    ],
  }),
  statement({
    key: "frikommunestatus-som-vaerktoej",
    topic: "BARRIER",
    heading: barriers,
    title: "Frikommunestatus som værktøj mod barriererne",
    text: "Frikommunestatus på området vil give kommunerne et vigtigt værktøj til at overkomme barriererne og opnå det fulde potentiale i den øgede borgerinvolvering og samskabelse.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        barriers,
        "Frikommunestatus inden for dette område vil betyde, at vi har et vigtigt værktøj i forhold til at overkomme barriererne og derved kan opnå det fulde potentiale i den øgede borgerinvolvering og samskabelse med borgerne.",
      ),
    ],
  }),
  statement({
    key: "nye-fritagelser",
    topic: "APPROACH",
    heading: approach,
    title: "En række nye fritagelser",
    text: "Netværket forventer at søge om en række nye fritagelser i forsøgsperioden.",
    certainty: Certainty.EXPECTED,
    sources: [application(approach, "Det er forventningen, at netværket vil ansøge om en række nye fritagelser i forsøgsperioden.")],
  }),
  statement({
    key: "tidligere-frikommuneforsoeg",
    topic: "APPROACH",
    heading: approach,
    title: "Bygger på de tidligere frikommuneforsøg",
    text: "Netværket ønsker at bygge på erfaringerne fra de tidligere frikommuneforsøg inden for det overordnede tema.",
    certainty: Certainty.EXPECTED,
    sources: [application(approach, "Netværket ønsker dog også at bygge på erfaringerne fra de tidligere frikommuneforsøg, som omfatter forsøg indenfor det overordnede tema.")],
  }),
  statement({
    key: "fritagelser-uden-ny-lovgivning",
    topic: "APPROACH",
    heading: approach,
    title: "Fritagelser, som tidligere frikommuner allerede har fået",
    text: "I visse tilfælde vil netværket søge fritagelse på områder, hvor tidligere frikommuner allerede har fået fritagelse, uden at det endnu har ført til ny lovgivning.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        approach,
        "Dette medfører blandt andet, at der i visse tilfælde vil ønskes fritagelse på områder, hvor tidligere frikommuner allerede har opnået fritagelse, uden at det dog endnu har afstedkommet ny lovgivning på området.",
      ),
    ],
  }),
  statement({
    key: "faelles-fritagelsesomraader",
    topic: "APPROACH",
    heading: approach,
    title: "Fælles fritagelsesområder a)–d)",
    text: "Netværket har allerede udpeget fire fælles fritagelsesområder, som det vil arbejde med i fællesskab (se de fælles fritagelser).",
    certainty: Certainty.DECIDED,
    sources: [commonAreas],
  }),
  statement({
    key: "egne-forsoeg",
    topic: "APPROACH",
    heading: approach,
    title: "Hver kommune har også sine egne forsøg",
    text: "Ud over de fælles områder vil hver kommune arbejde med sine egne fritagelsesforsøg inden for temaet.",
    certainty: Certainty.EXPECTED,
    sources: [application(approach, "Foruden ovenstående fælles emner vil de enkelte kommuner arbejde med hver deres fritagelsesforsøg indenfor temaet.")],
  }),
  statement({
    key: "afdaekning",
    topic: "PLAN",
    heading: approach,
    title: "Forsøgsområderne afdækkes grundigt",
    text: "Netværket og de enkelte kommuner afdækker forsøgsområderne grundigt.",
    certainty: Certainty.EXPECTED,
    dueOn: "2016",
    due: "I løbet af efteråret 2016",
    sources: [plan],
  }),
  statement({
    key: "fritagelsesansoegninger",
    topic: "PLAN",
    heading: approach,
    title: "Konkrete fritagelsesansøgninger sendes",
    text: "Konkrete fritagelsesansøgninger sendes af sted.",
    certainty: Certainty.EXPECTED,
    dueOn: "2016-11",
    due: "November 2016",
    sources: [plan],
  }),
  statement({
    key: "igangsaettelse",
    topic: "PLAN",
    heading: approach,
    title: "Forsøgene sættes endeligt i gang",
    text: "Forsøgene igangsættes endeligt.",
    certainty: Certainty.EXPECTED,
    dueOn: "2017",
    due: "Primo 2017",
    sources: [plan],
  }),
  statement({
    key: "borgerinvolvering",
    topic: "CITIZEN_INVOLVEMENT",
    heading: "Borgerinvolvering",
    title: "Borgerne inddrages i hele organiseringen",
    text: "I hele organiseringen af arbejdet vil netværket lægge vægt på inddragelse og involvering af borgerne, både lokalt i den enkelte kommune og fx i netværk og temadage på tværs af kommunerne.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(
        "Borgerinvolvering",
        "I hele organiseringen af arbejdet vil vi lægge vægt på inddragelse og involvering af borgerne, både lokalt i den enkelte kommune, men også i eksempelvis netværk og temadage på tværs af kommunerne.",
      ),
    ],
  }),
  statement({
    key: "foelgeforskning",
    topic: "FOLLOW_UP_RESEARCH",
    heading: "Følgeforskning",
    title: "Åben for følgeforskning",
    text: "Netværket er imødekommende over for eventuel følgeforskning. Center for Offentlig Kompetenceudvikling har tilkendegivet interesse over for netværket.",
    certainty: Certainty.POSSIBLE,
    sources: [
      application("Følgeforskning", "Netværket er imødekommende i forhold til eventuelt følgeforskning. Center for Offentlig Kompetenceudvikling har tilkendegivet interesse herfor overfor netværket."),
    ],
  }),
];
