import { Certainty, cite, commonExemptionTrials, CouncilKind, PolicyKind, StatementKind, type MunicipalitySeed } from "@frikommune/municipality-kit";

const application = (section: string | null, quote: string) => cite("ansoegning-2016", section ? `Holbæk – ${section}` : "Holbæk", quote);
const terms = (section: string, quote: string) => cite("kommissorium-2014", section, quote);

const CHALLENGES = "Udfordringer";
const STRATEGY = "Plan- og Udviklingsstrategi";
const MOTIVATION = "Motivation for indgå i netværket";
const replacedBy = application(null, "Demokratiexperimentariatet i 2014 byggede ovenpå erfaringerne her, og er senest afløst Projektudvalget for lokal udvikling, som er et § 17 stk. 4 udvalg.");

/** Holbæk, from its section of the 2016 application and the Demokratiekperimentarium's kommissorium. */
export const data: MunicipalitySeed = {
  councils: [
    {
      key: "byraadet",
      name: "Holbæk Byråd",
      kind: CouncilKind.BYRAAD,
      description: "Vil udvikle fællesskabet med borgerne frem for bare at være kommune for borgerne.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [application(STRATEGY, "Holbæk Byråd vil udvikle fællesskabet med borgerne frem for bare at være kommune for borgerne.")],
    },
    {
      key: "lokalfora",
      name: "Lokalfora",
      kind: CouncilKind.LOKALFORUM,
      description: "Lokalfora, hvor det nære demokrati er på dagsordenen; kommunen har arbejdet med dem siden kommunalreformen.",
      count: 17,
      validFrom: null,
      validTo: null,
      sources: [application(null, "Vi har siden kommunalreformen arbejdet med 17 lokalfora, hvor det nære demokrati er på dagsordenen.")],
    },
    {
      key: "demokratiekperimentarium",
      name: "Demokratiekperimentariet",
      kind: CouncilKind.PROJEKTUDVALG,
      description:
        "Ledet af et politisk projektudvalg, der indstiller til byrådet; formanden er byrådspolitiker, medlemmerne byrådspolitikere og eventuelt eksterne aktører. En administrativ styregruppe sikrer sammenhængen med kommunens øvrige udviklingsaktiviteter. Byggede ovenpå erfaringerne fra lokalfora og er senest afløst af Projektudvalget for lokal udvikling.",
      count: null,
      validFrom: "2014",
      validTo: "2015",
      sources: [
        terms("Beslutningskompetence/organisering", "Demokratiexperimentariatet ledes af et politisk projektudvalg, som har ansvar for at skabe aktivitet og fremdrift. Projektudvalget indstiller til byrådet, som har den endelige beslutningskompetence."),
        terms("Beslutningskompetence/organisering", "Formand (byrådspolitiker) og medlemmer af projektudvalget (byrådspolitikere og eventuelt eksterne aktører) udpeges i forbindelse med konstituering af det nye byråd."),
        terms("Beslutningskompetence/organisering", "Der nedsættes en administrativ styregruppe, som har ansvar for at sikre sammenhæng med kommunens øvrige udviklingsaktiviteter."),
        terms("Tidsramme", "Demokratiexperimentariatet arbejder i første halvdel af byrådsperioden, dvs. over en 2-årig periode i 2014-2015."),
        replacedBy,
      ],
    },
    {
      key: "projektudvalget-for-lokal-udvikling",
      name: "Projektudvalget for lokal udvikling",
      kind: CouncilKind.PARAGRAF_17_STK_4_UDVALG,
      description: "§ 17, stk. 4-udvalg, der senest har afløst Demokratiekperimentariet.",
      count: null,
      validFrom: null,
      validTo: null,
      sources: [replacedBy],
    },
    {
      key: "omstillingsgrupper",
      name: "Omstillingsgrupper",
      kind: CouncilKind.FORUM,
      description:
        "Grupper, hvor kommunen har inviteret borgere, foreninger og virksomheder med ind for i fællesskab at arbejde med emner og temaer med henblik på nye og bedre løsninger af kommunens udfordringer. Frem til ansøgningen var der nedsat 12 med en bred vifte af emner; erfaringerne er samlet op i evalueringsrapporter.",
      count: 12,
      validFrom: null,
      validTo: null,
      sources: [
        application(STRATEGY, "Som konsekvens heraf har kommunen inviteret borgere, foreninger og virksomheder med ind i såkaldte omstillingsgrupper, hvor der i fællesskab blev arbejdet med en række emner/temaer med henblik på nye og bedre løsninger af kommunens udfordringer."),
        application(STRATEGY, "Indtil nu har der således i alt været nedsat 12 omstillingsgrupper med en bred vifte af emner."),
        application(STRATEGY, "Erfaringerne er samlet op i evalueringsrapporter."),
      ],
    },
  ],
  policies: [
    {
      key: "holbaek-i-faellesskab",
      title: "Holbæk i Fællesskab",
      kind: PolicyKind.PROGRAM,
      adoptedOn: "2013-06",
      adoptedBy: "Holbæk Byråd",
      summary:
        "Politisk aftale, som Holbæk Byråd tiltrådte i juni 2013 (i ansøgningen: programmet Holbæk i Fællesskab). Den sætter retning for, hvordan politikerne vil arbejde sammen i byrådsperioden. Ét af elementerne er politisk dialog og samarbejde med borgere og virksomheder, »Mere – med flere«, hvor sporene lægges ud for Demokratiekperimentariet.",
      goals: [
        "Vi skal innovere opgaveløsningen: Mere for mindre – for og med borgeren",
        "Vi skal være kommune på en ny måde: Fra myndighed til medspiller",
        "Vi skal have fokus på kerneopgaver frem for på fagområder: Bruge vores faglighed til at løfte kerneopgaven",
        "Det handler om mennesker frem for sager og om en positiv og aktiv tilgang til service og samarbejde",
        "Det handler om at være politiker, administration og borger på en ny måde: At nytænke og løfte i fællesskab",
      ],
      sources: [
        terms("Baggrund", "I juni 2013 tiltrådte Holbæk Byråd derfor den politiske aftale 'Holbæk i fællesskab'. Aftalen sætter retning for, hvordan politikerne ønsker at arbejde sammen i den næste byrådsperiode."),
        terms("Baggrund", "Ét af flere elementer i aftalen er politisk dialog og samarbejde med borgere og virksomheder: Mere – med flere. Her lægges sporene ud for Demokratiekperimentariet"),
        application(STRATEGY, "For yderligere at underbygge denne udvikling formulerede Byrådet i 2013 programmet Holbæk i Fællesskab, hvor det besluttes, at"),
        application(STRATEGY, "Vi skal innovere opgaveløsningen: Mere for mindre - for og med borgeren"),
        application(STRATEGY, "Vi skal være kommune på en ny måde: Fra myndighed til medspiller"),
        application(STRATEGY, "Vi skal have fokus på kerneopgaver fremfor på fagområder: Bruge vores faglighed til at løfte kerneopgaven"),
        application(STRATEGY, "Det handler om mennesker fremfor sager og om en positiv og aktiv tilgang til service og samarbejde"),
        application(STRATEGY, "Det handler om at være politiker, administration og borger på en ny måde. At nytænke og løfte i fællesskab"),
      ],
    },
    {
      key: "vision-2010",
      title: "Der er noget, vi skal, og der er noget, vi vil!",
      kind: PolicyKind.VISION,
      // "byrådets vision … fra maj 2010": the kommissorium dates it but says neither when nor by whom it was adopted.
      adoptedOn: null,
      adoptedBy: null,
      summary:
        "Byrådets vision fra maj 2010. Den fremhæver, at engagerede borgere deltager i at skabe virksomme lokalmiljøer, et aktivt foreningsliv og frivillige indsatser; kommunen skal tage initiativer, der fremmer lysten til involvering, og være en aktiv medspiller, der bakker op om borgernes egne initiativer. Demokratiekperimentariet ligger i direkte forlængelse af visionens intentioner.",
      goals: [],
      sources: [
        terms("Sammenhæng med byrådets vision", "Demokratiekperimentariet ligger i direkte forlængelse af intentionerne i byrådets vision 'Der er noget, vi skal, og der er noget, vi vil!' fra maj 2010."),
        terms("Sammenhæng med byrådets vision", "I visionen fremhæves vigtigheden af at engagerede borgere deltager i at skabe virksomme lokalmiljøer, et aktivt foreningsliv og frivillige indsatser."),
        terms("Sammenhæng med byrådets vision", "Holbæk Kommune skal tage initiativer, der fremmer lysten til involvering og skal desuden være en aktiv medspiller, der bakker op om borgernes egne initiativer."),
      ],
    },
    {
      key: "udviklingsstrategi-2012",
      title: "Udviklingsstrategi",
      kind: PolicyKind.STRATEGI,
      adoptedOn: "2012-04",
      adoptedBy: null,
      summary:
        "Holbæk Kommunes udviklingsstrategi udstikker 8 pejlemærker for den fremtidige udvikling; kommissoriet nævner ét af dem, Engageret medborgerskab: god dialog er nødvendig for, at borgerne kan tage medansvar for kommunen, borgerne skal være med både i hverdagens beslutninger og når retningen for den langsigtede udvikling angives, og den stærke tradition for lokaldemokrati skal videreudvikles, så flere borgere får lyst til at deltage.",
      goals: ["Engageret medborgerskab"],
      sources: [
        terms("Sammenhæng med udviklingsstrategien", "Holbæk Kommunes Udviklingsstrategi vedtaget i april 2012 udstikker 8 pejlemærker for den fremtidige udvikling."),
        terms("Sammenhæng med udviklingsstrategien", "Ét af pejlemærkerne er Engageret medborgerskab, hvor det fremhæves at god dialog er nødvendig for at give borgerne mulighed for at tage medansvar for kommunen."),
        terms("Sammenhæng med udviklingsstrategien", "Borgerne skal være med, både når hverdagens mange beslutninger skal træffes og når retningen for kommunens langsigtede udvikling skal angives."),
        terms("Sammenhæng med udviklingsstrategien", "Vi skal videreudvikle vores stærke tradition for lokaldemokrati, så flere borgere får lyst til at deltage."),
      ],
    },
    {
      key: "plan-og-udviklingsstrategi",
      title: "Plan- og Udviklingsstrategi",
      kind: PolicyKind.STRATEGI,
      // "i sin udviklingsstrategi fra 2016": the application dates the strategy but gives no adoption.
      adoptedOn: null,
      adoptedBy: null,
      summary:
        "Udviklingsstrategien fra 2016: det skal være et stærkt kendetegn ved Holbæk Kommune, at forældre engagerer sig i skoler og børnehaver, at pårørende og frivillige giver en hånd med på plejecenteret, og at borgere deltager i dialogen om den lokale udvikling. Det er engagerede medborgere, der gør en forskel; byrådet ønsker at fokusere indsatsen på tre områder.",
      goals: ["Bedre rammer for frivillige", "Dialog mellem borgere og kommune", "Styrke foreningslivet og de organiserede fællesskaber"],
      sources: [
        application(STRATEGY, "Holbæk formulerede derfor i sin udviklingsstrategi fra 2016, at det skal være et stærkt kendetegn ved Holbæk kommune, at forældre engagerer sig i skoler og børnehaver, at pårørende og frivillige giver en hånd med på plejecenteret,"),
        application(STRATEGY, "og at borgere deltager i dialogen omkring den lokale udvikling. Det er engagerede medborgere, der gør en forskel."),
        application(STRATEGY, "Byrådet ønsker at fokusere indsatsen på områderne:"),
        application(STRATEGY, "Bedre rammer for frivillige"),
        application(STRATEGY, "Dialog mellem borgere og kommune"),
        application(STRATEGY, "Styrke foreningslivet og de organiserede fællesskaber"),
      ],
    },
    {
      key: "frivillighedsstrategi",
      title: "Frivillighedsstrategi",
      kind: PolicyKind.STRATEGI,
      // Not adopted: the council has decided to work on it.
      adoptedOn: null,
      adoptedBy: null,
      summary: "Byrådet har besluttet at arbejde videre med en frivillighedsstrategi.",
      goals: ["Styrke samarbejdet mellem de frivillige organisationer", "Skabe gode rammer for det frivillige arbejde"],
      sources: [
        application("Frivillighedsstrategi", "Byrådet har besluttet at arbejde videre med en frivillighedsstrategi, hvor Holbæk skal styrke samarbejdet mellem de frivillige organisationer samt skabe gode rammer for det frivillige arbejde."),
      ],
    },
  ],
  // The application names no local trial for Holbæk: it seeks free-municipality status to have the tool when barriers appear.
  trials: commonExemptionTrials(),
  // What Holbæk's section of the application says of its experience, lessons and intentions.
  statements: [
    {
      key: "tradition-for-lokaldemokrati",
      kind: StatementKind.EXPERIENCE,
      section: "Holbæk",
      title: null,
      text: "Holbæk har en lang tradition for lokaldemokrati og for en bred og folkelig deltagelse i samfundslivet og samfundsdebatten.",
      certainty: null,
      trialKey: null,
      sources: [application(null, "Vi har i Holbæk en lang tradition for lokaldemokrati og for en bred og folkelig deltagelse i samfundslivet og samfundsdebatten.")],
    },
    {
      key: "udfordringer-paa-en-ny-maade",
      kind: StatementKind.INTENTION,
      section: CHALLENGES,
      title: null,
      text: "Borgerne skal have mere kvalitet i velfærden. Innovation og udvikling for og med borgerne skal kendetegne kommunens virke, for de bedste løsninger bliver skabt i samarbejde; udfordringerne skal gribes an på en ny måde.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [
        application(CHALLENGES, "Borgerne skal have mere kvalitet i velfærden."),
        application(CHALLENGES, "Innovation og udvikling for og med borgerne skal kendetegne vores virke. De bedste løsninger bliver skabt i samarbejde."),
        application(CHALLENGES, "Vores udfordringer skal gribes an på en ny måde."),
      ],
    },
    {
      key: "omstillingsgrupper-evalueret",
      kind: StatementKind.EXPERIENCE,
      section: STRATEGY,
      title: null,
      text: "Erfaringerne fra de 12 omstillingsgrupper er vekslende, med både gode og mindre gode erfaringer, og de er samlet op i evalueringsrapporter.",
      certainty: null,
      trialKey: null,
      sources: [
        application(STRATEGY, "Indtil nu har der således i alt været nedsat 12 omstillingsgrupper med en bred vifte af emner."),
        application(STRATEGY, "Erfaringerne fra arbejdet er selvfølgelig vekslende, og indeholder såvel gode, som mindre gode erfaringer."),
        application(STRATEGY, "Erfaringerne er samlet op i evalueringsrapporter."),
      ],
    },
    {
      key: "gode-erfaringer-konkrete-emner",
      kind: StatementKind.LESSON,
      section: STRATEGY,
      title: null,
      text: "De gode erfaringer ligger specielt dér, hvor der arbejdes med meget konkrete emner – fx skolestrukturen (nedlæggelse af små skoler) – og hvor virksomheder involveres direkte og konkret i arbejdet med de udsatte (aktivitetsparate) borgere.",
      certainty: null,
      trialKey: null,
      sources: [
        application(STRATEGY, "De gode erfaringer ligger specielt i forhold til, når der arbejdes med meget konkrete emner – eksempelvis omkring skolestruktur (nedlæggelse af små skoler) og når virksomheder involveres direkte og konkret i arbejdet med de udsatte (aktivitetsparate) borgere."),
      ],
    },
    {
      key: "mere-i-dybden",
      kind: StatementKind.INTENTION,
      section: STRATEGY,
      title: null,
      text: "Udgangspunktet for det videre arbejde er derfor at arbejde mere i dybden med konkrete problemstillinger.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(STRATEGY, "Det er derfor udgangspunktet i det videre arbejde – vi skal arbejde mere i dybden med konkrete problemstillinger.")],
    },
    {
      key: "fortsat-samarbejde",
      kind: StatementKind.INTENTION,
      section: STRATEGY,
      title: null,
      text: "Selvom metoderne i omstillingsgruppearbejdet fortsat skal udvikles, ønsker byrådet at fortsætte med at forfine og effektuere det gode og udviklende samarbejde med borgerne.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(STRATEGY, "Selvom metoderne i omstillingsgruppearbejdet fortsat skal udvikles, ønsker Holbæk byråd at fortsætte med at forfine og effektuere det gode og udviklende samarbejde med borgerne.")],
    },
    {
      key: "borgerinvolvering-og-folkemoedet",
      kind: StatementKind.INTENTION,
      section: MOTIVATION,
      title: null,
      text: "Holbæk vil fortsat øge borgerinvolveringen gennem nye omstillinger, projektudvalg og Fælles-skaberne og fortsat dele erfaringerne fra arbejdet, bl.a. ved at deltage på Folkemødet.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(MOTIVATION, "Holbæk vil fortsat arbejde med at øge borgerinvolveringen dels gennem nye omstillinger; men også gennem projektudvalg og fællesskaberne, herunder fortsat at deltage med at dele erfaringerne med dette arbejde blandt andet ved deltagelse på Folkemødet.")],
    },
    {
      key: "udvikle-i-netvaerket",
      kind: StatementKind.INTENTION,
      section: MOTIVATION,
      title: null,
      text: "Gennem frikommuneforsøget kan arbejdet udvikles og forfines yderligere i kommunenetværket.",
      certainty: Certainty.POSSIBLE,
      trialKey: null,
      sources: [application(MOTIVATION, "Gennem deltagelse i frikommuneforsøget kan vi i kommunenetværket udvikle og forfine dette arbejde yderligere.")],
    },
    {
      key: "faa-haemmende-regelsaet",
      kind: StatementKind.EXPERIENCE,
      section: MOTIVATION,
      title: null,
      text: "Holbæk er hidtil kun stødt på ganske få regelsæt, som har været hæmmende eller har stillet sig i vejen for borgerinvolveringen, men kan øjne visse problemstillinger, når arbejdet går mere ned i materien i de enkelte fagspecialer.",
      certainty: null,
      trialKey: null,
      sources: [application(MOTIVATION, "Hidtil har vi kun stødt på ganske få regelsæt, som har været hæmmende eller stillet sig i vejen for denne borgerinvolvering; men vi kan øjne visse problemstillinger, når vi skal gå mere ned i materien i det enkelte fagspecialer.")],
    },
    {
      key: "ideer-i-daglig-drift",
      kind: StatementKind.INTENTION,
      section: MOTIVATION,
      title: null,
      text: "De gode idéer og forslag fra omstillingsgrupperne skal nu omsættes i det daglige arbejde med borgerne.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(MOTIVATION, "Og det er netop det, vi skal nu. De gode ideer og forslag, som blev genereret i omstillingsgrupperne, skal nu omsættes i det daglige arbejde med borgerne.")],
    },
    {
      key: "vaerktoejet",
      kind: StatementKind.INTENTION,
      section: MOTIVATION,
      title: null,
      text: "Holbæk har endnu ikke det fuldstændige overblik over, hvilke regelsæt den vil udfordre, men søger frikommunestatus for at have værktøjet, hvis den i det fortsatte arbejde støder på uhensigtsmæssige regelsæt.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(MOTIVATION, "Selvom vi i dag endnu ikke har det fuldstændige klare overblik over, hvilke regelsæt, som vi fremover ønsker at udfordre, ønsker vi at søge om frikommunestatus for at have værktøjet, hvis vi i vores fortsatte arbejde støder på u hensigtsmæssige regelsæt.")],
    },
    {
      key: "udfordre-regler",
      kind: StatementKind.INTENTION,
      section: MOTIVATION,
      title: null,
      text: "Som frikommune forventer Holbæk at få sat en proces i gang, hvor regler og barrierer kan udfordres dér, hvor de står i vejen for borgerne.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [application(MOTIVATION, "Vi forventer som friforsøgskommune at få igangsat en proces, hvor vi kan udfordre regler og barrierer der, hvor de står i vejen for borgerne.")],
    },
  ],
};
