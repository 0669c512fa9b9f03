import { Certainty, cite } from "@frikommune/municipality-kit";
import { ExampleRole } from "./enums.js";

const terms = (at: string, quote: string) => cite("kommissorium-2014", at, quote);

const BACKGROUND = "Baggrund";
const VISION = "Sammenhæng med byrådets vision";
const STRATEGY = "Sammenhæng med udviklingsstrategien";
const PURPOSE = "Projektets overordnede formål";
const IDEA = "Beskriv idéen og hvilken forandring projektet skal skabe";
const TIME_FRAME = "Tidsramme";
const ORGANISATION = "Beslutningskompetence/organisering";
const ECONOMY = "Økonomi";
const STAKEHOLDERS = "Interessenter";

const startedBy = terms(IDEA, "Eksempler på aktiviteter igangsat af Demokratiexperimentariatet kunne være:");
const inspiredBy = terms(IDEA, "Eksempler på aktiviteter, hvor Demokratiexperimentariatet kunne have en inspirerende og erfaringsopsamlende rolle:");
const insight = terms(PURPOSE, "Demokratiexperimentariet skal give ny indsigt i og erfaringer om bl.a.:");

/** The terms of reference (kommissorium) of the Demokratiekperimentarium, January 2014. */
export const termsOfReference = {
  key: "demokratiekperimentarium",
  title: "Kommissorium for Demokratiekperimentarium",
  issuedOn: "2014-01",
  background:
    "Kommunernes rolle i velfærdssamfundet og samspillet med borgere og virksomheder er under forandring: der skal findes gode løsninger på store udfordringer inden for fx bosætning, vækst, klima, sundhed og uddannelse inden for en økonomisk ramme, som ikke vokser, og i en tid, hvor mange ikke oplever at være en del af et fællesskab. I juni 2013 tiltrådte Holbæk Byråd den politiske aftale 'Holbæk i fællesskab'; med elementet »Mere – med flere« lægger den sporene ud for Demokratiekperimentariet, som skal udvikle og lære nye måder at arbejde sammen med flere og nye aktører. Erfaringerne fra Dialogmodellen, skabt og udviklet fra 2005 til 2013, og fra andre veje til dialog og samarbejde mellem borgere, virksomheder og politikere indgår som vigtige dele af fundamentet.",
  purpose:
    "At udforske og afprøve forskellige metoder til dialog, samarbejde og lokaldemokrati og derigennem skabe et solidt grundlag for byrådets beslutninger om nye modeller for fremtidens demokrati i Holbæk Kommune.",
  idea:
    "Demokratiekperimentariet skal give viden om og konkrete erfaringer med, hvordan det engagerede medborgerskab og det levende lokaldemokrati kan styrkes. Ønsket er en kultur, hvor politikere og borgere løbende er i tæt dialog og samarbejder om udviklingen af Holbæk Kommune som et godt sted at være: politikerne ved, hvad borgerne mener, borgerne har indflydelse på de politiske beslutninger, og politikerne indtænker som en selvfølge borgerne som aktør i beslutninger og nye løsninger.",
  periodFrom: "2014",
  periodTo: "2015",
  politicalBody:
    "Et politisk projektudvalg med ansvar for at skabe aktivitet og fremdrift. Projektudvalget indstiller til byrådet, som har den endelige beslutningskompetence. Formand (byrådspolitiker) og medlemmer (byrådspolitikere og eventuelt eksterne aktører) udpeges i forbindelse med konstitueringen af det nye byråd.",
  administrativeBody:
    "En administrativ styregruppe med ansvar for at sikre sammenhæng med kommunens øvrige udviklingsaktiviteter; dens formand (direktør) refererer til det politiske projektudvalg.",
  budget: "Der er ikke udarbejdet et budget, da aktiviteterne endnu ikke er identificeret.",
  stakeholders: ["Råd, nævn og brugerbestyrelser", "Foreninger og lokalfora", "Virksomheder og borgere", "Kommunens egne ledere og medarbejdere"],
  seldomHeard: ["Børnefamilier", "Unge", "Erhvervsdrivende", "Borgere med anden etnisk baggrund end dansk"],
  contributions: [
    "Byrådspolitikerne styrkes i deres rolle som kommunens politiske ledere gennem øget viden om borgeres og virksomheders holdninger og bevæggrunde, oplevelser, ønsker og behov.",
    "Mange borgere og virksomheder er involveret i byrådets politiske overvejelser, og borgerne oplever, at dialogen med kommunen er meningsfuld.",
    "Administrationen styrkes i evnen til dialogbaseret samarbejde, så både konkrete beslutninger og fremtidens velfærdsopgaver udvikles i et samarbejde mellem borgere, byråd og administration.",
    "Holbæk Kommune har rollen som hjælper og samarbejdspartner for engagerede medborgere og andre aktører, som ønsker at realisere gode idéer og initiativer.",
  ],
  sources: [
    terms("Kommissorium for Demokratiekperimentarium", "Januar 2014"),
    terms(BACKGROUND, "Vi skal i de kommende år bidrage til at finde gode løsninger på store udfordringer indenfor f.eks. bosætning, vækst, klima, sundhed og uddannelse – indenfor en økonomisk ramme som ikke vokser og i en tid, hvor mange mennesker ikke oplever at være en del af et fællesskab."),
    terms(BACKGROUND, "I juni 2013 tiltrådte Holbæk Byråd derfor den politiske aftale 'Holbæk i fællesskab'."),
    terms(BACKGROUND, "Ét af flere elementer i aftalen er politisk dialog og samarbejde med borgere og virksomheder: Mere – med flere. Her lægges sporene ud for Demokratiekperimentariet, som skal udvikle og lære nye måder at arbejde sammen med flere og nye aktører"),
    terms(BACKGROUND, "Erfaringerne fra 'Dialogmodellen', som blev skabt og udviklet fra 2005 til 2013 samt fra andre veje til dialog og samarbejde mellem borgere, virksomheder og politikere, indgår som vigtige dele af fundamentet for Demokratiekperimentariet."),
    terms(PURPOSE, "Det overordnede formål med Demokratiexperimentariet er at udforske og afprøve forskellige metoder til dialog, samarbejde og lokaldemokrati og derigennem skabe et solidt grundlag for byrådets beslutninger om nye modeller for fremtidens demokrati i Holbæk Kommune."),
    terms(IDEA, "Demokratiexperimentariet skal give os viden om og konkrete erfaringer med, hvordan vi kan styrke det engagerede medborgerskab og levende lokaldemokrati i Holbæk Kommune."),
    terms(IDEA, "Det er ønsket, at der skabes en kultur, hvor politikere og borgere løbende er i tæt dialog og indgår i samarbejder om udvikling af Holbæk Kommune, som et godt sted at være."),
    terms(IDEA, "Et sted, hvor politikerne ved, hvad borgerne mener, hvor borgerne har indflydelse på de politiske beslutninger, og hvor politikerne som en selvfølge indtænker borgerne som en aktør i beslutninger og udvikling af nye løsninger."),
    terms(TIME_FRAME, "Demokratiexperimentariatet arbejder i første halvdel af byrådsperioden, dvs. over en 2-årig periode i 2014-2015."),
    terms(ORGANISATION, "Demokratiexperimentariatet ledes af et politisk projektudvalg, som har ansvar for at skabe aktivitet og fremdrift. Projektudvalget indstiller til byrådet, som har den endelige beslutningskompetence."),
    terms(ORGANISATION, "Formand (byrådspolitiker) og medlemmer af projektudvalget (byrådspolitikere og eventuelt eksterne aktører) udpeges i forbindelse med konstituering af det nye byråd."),
    terms(ORGANISATION, "Der nedsættes en administrativ styregruppe, som har ansvar for at sikre sammenhæng med kommunens øvrige udviklingsaktiviteter. Formand for den administrative styregruppe (direktør) refererer til det politiske projektudvalg."),
    terms(ECONOMY, "Der vil være økonomiske udgifter til gennemførelse af aktiviteter i form af f.eks. mødeforplejning, oplægsholdere, it-understøttelse mv. Der er ikke udarbejdet et budget, idet Demokratiexperimentariatets aktiviteter endnu ikke er identificeret."),
    terms(STAKEHOLDERS, "Demokratiexperimentariatet skal involvere råd, nævn, brugerbestyrelser, foreninger, lokalfora, virksomheder, borgere m.fl. samt kommunens egne ledere og medarbejdere."),
    terms(STAKEHOLDERS, "Involveringen skal tænkes bredt så flere og nye grupper af aktører kommer på banen – også nogle af de grupper som sjældent deltager i traditionelle borgermøder i aftentimer f.eks. børnefamilier, unge, erhvervsdrivende og borgere med anden etnisk baggrund end dansk."),
    terms(IDEA, "At byrådspolitikerne styrkes i deres rolle som kommunens politiske ledere gennem øget viden om borgeres og virksomheders holdninger og bevæggrunde, oplevelser, ønsker og behov."),
    terms(IDEA, "At mange borgere og virksomheder er involveret i byrådets politiske overvejelser, og at borgene oplever, at dialogen med kommunen er meningsfuld."),
    terms(IDEA, "At administrationen styrkes i evnen til at indgå i dialogbaseret samarbejde så både konkrete beslutninger og fremtidens velfærdsopgaver udvikles i et samarbejde mellem borgere, byråd og administration."),
    terms(IDEA, "At Holbæk Kommune har rollen som hjælper og samarbejdspartner for engagerede medborgere og andre aktører, som ønsker at realisere gode ideer og initiativer"),
  ],
  focusAreas: [
    {
      title: "Dialog om politisk retning",
      question: "Hvordan styrker vi dialogen mellem byråd og borger, virksomheder m.fl. om fremtidens udfordringer og politiske pejlemærker?",
      sources: [insight, terms(PURPOSE, "Dialog om politisk retning"), terms(PURPOSE, "Hvordan styrker vi dialogen mellem byråd og borger, virksomheder m.fl. om fremtidens udfordringer og politiske pejlemærker?")],
    },
    {
      title: "Innovation og udvikling af den kommunale opgaveløsning",
      question: "Hvordan udvikler vi sammen med borgere, virksomheder m.fl. nye og bedre måder at løse de kommunale opgaver på?",
      sources: [insight, terms(PURPOSE, "Innovation og udvikling af den kommunale opgaveløsning"), terms(PURPOSE, "Hvordan udvikler vi sammen med borgere, virksomheder m.fl. nye og bedre måder at løse de kommunale opgaver på?")],
    },
    {
      title: "Understøttelse af det lokale initiativ",
      question: "Hvordan fremmes borger- og virksomhedsdrevne projekter gennem samarbejde og partnerskaber med kommunen?",
      sources: [insight, terms(PURPOSE, "Understøttelse af det lokale initiativ"), terms(PURPOSE, "Hvordan fremmes borger- og virksomhedsdrevne projekter gennem samarbejde og partnerskaber med kommunen?")],
    },
  ],
  exampleActivities: [
    { role: ExampleRole.INITIATOR, text: "Emnebaserede topmøder, konferencer og lignende", sources: [startedBy, terms(IDEA, "Emnebaserede topmøder, konferencer og lignende")] },
    { role: ExampleRole.INITIATOR, text: "Elektroniske dialog- og debatmetoder", sources: [startedBy, terms(IDEA, "Elektroniske dialog- og debatmetoder")] },
    {
      role: ExampleRole.INITIATOR,
      text: "Borgerbudgetter, hvor borgerne selv prioriterer midlerne inden for fx et fagfelt, et geografisk område eller mellem projektidéer",
      sources: [startedBy, terms(IDEA, "Borgerbudgetter, hvor borgerne selv prioriterer midlerne indenfor f.eks. et fagfelt, et geografisk område eller mellem projektideer")],
    },
    {
      role: ExampleRole.INSPIRER,
      text: "Udvikling af samarbejdet mellem forældrebestyrelser og Holbæk Kommune på dagtilbudsområdet",
      sources: [inspiredBy, terms(IDEA, "Udvikling af samarbejdet mellem forældrebestyrelser og Holbæk Kommune på dagtilbudsområdet")],
    },
    {
      role: ExampleRole.INSPIRER,
      text: "Holbæk Arena-projektet, hvor samarbejde med foreninger, virksomheder, borgere m.fl. spiller en stor rolle",
      sources: [inspiredBy, terms(IDEA, "Holbæk Arena-projektet, hvor samarbejde med foreninger, virksomheder, borgere m.fl. spiller en stor rolle")],
    },
    {
      role: ExampleRole.INSPIRER,
      text: "Projekt Digital Post: alle borgere skal fra 1. november 2014 have en digital postkasse. Kan der fx etableres 'borger-til-borger'-undervisning, it-workshops i aktivitetscentre el.lign.?",
      sources: [inspiredBy, terms(IDEA, "Projekt Digital Post, som handler om at alle borgere fra 1. november 2014 skal have en digital postkasse. Kan fx der etableres 'borger-til-borger' undervisning, it-workshops i aktivitetscentre el.lign.?")],
    },
  ],
  provisions: [
    {
      section: VISION,
      text: "Demokratiekperimentariet ligger i direkte forlængelse af intentionerne i byrådets vision 'Der er noget, vi skal, og der er noget, vi vil!' fra maj 2010: kommunen skal skabe dialog på mange måder og sammen med borgerne fortsat udvikle kommunen som et samlet fællesskab.",
      when: "maj 2010",
      date: "2010-05",
      certainty: null,
      sources: [
        terms(VISION, "Demokratiekperimentariet ligger i direkte forlængelse af intentionerne i byrådets vision 'Der er noget, vi skal, og der er noget, vi vil!' fra maj 2010."),
        terms(VISION, "Vi skal skabe dialog på mange måder og sammen med borgerne fortsat udvikle kommunen som et samlet fællesskab."),
      ],
    },
    {
      section: STRATEGY,
      text: "Udviklingsstrategien, vedtaget i april 2012, udstikker 8 pejlemærker; ét af dem er Engageret medborgerskab: god dialog er nødvendig for, at borgerne kan tage medansvar for kommunen, og den stærke tradition for lokaldemokrati skal videreudvikles, så flere borgere får lyst til at deltage.",
      when: "april 2012",
      date: "2012-04",
      certainty: null,
      sources: [
        terms(STRATEGY, "Holbæk Kommunes Udviklingsstrategi vedtaget i april 2012 udstikker 8 pejlemærker for den fremtidige udvikling."),
        terms(STRATEGY, "Ét af pejlemærkerne er Engageret medborgerskab, hvor det fremhæves at god dialog er nødvendig for at give borgerne mulighed for at tage medansvar for kommunen."),
        terms(STRATEGY, "Vi skal videreudvikle vores stærke tradition for lokaldemokrati, så flere borgere får lyst til at deltage."),
      ],
    },
    {
      section: PURPOSE,
      text: "Demokratiekperimentariet arbejder løbende med vidensdeling, så gode erfaringer med dialog- og samarbejdsmetoder kan bringes i anvendelse undervejs.",
      when: "løbende",
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(PURPOSE, "Demokratiexperimentariet arbejder løbende med vidensdeling, så gode erfaringer med dialog- og samarbejdsmetoder kan bringes i anvendelse undervejs i projektet.")],
    },
    {
      section: PURPOSE,
      text: "Demokratiekperimentariet afsluttes med en erfaringsrapport og en række anbefalinger til byrådet om fremtidens dialog, samarbejde og lokaldemokrati.",
      when: "ved afslutningen",
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(PURPOSE, "Demokratiexperimentariet afsluttes desuden med en erfaringsrapport og en række anbefalinger til byrådet vedrørende fremtidens dialog, samarbejde og lokaldemokrati.")],
    },
    {
      section: IDEA,
      text: "Sammen med byråd og borgere igangsætter Demokratiekperimentariet aktiviteter, der understøtter dialog, samarbejde og lokaldemokrati, og det inspirerer og understøtter administrationen i at indtænke, udvikle og dele gode erfaringer med dialog og samarbejde i kommunens opgaver og aktiviteter.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [
        terms(IDEA, "Derfor skal Demokratiexperimentariet sammen med byråd og borgere igangsætte aktiviteter, der understøtter dialog, samarbejde og lokaldemokrati."),
        terms(IDEA, "Samtidig skal Demokratiexperimentariet inspirere til og understøtte Holbæk Kommunes administration i at indtænke, udvikle og dele gode erfaringer med dialog og samarbejde i planlægning og udførelse af kommunens opgaver og aktiviteter."),
      ],
    },
    {
      section: IDEA,
      text: "De hidtidige halvårlige dialogmøder mellem politiske dialogudvalg og lokalfora fortsætter ikke. Dialogen forsvinder ikke, men finder en ny form, hvor udfordringen, opgaven eller projektet er mere i centrum end en bred dagsorden med megen information og mindre samskabelse; dialogen mellem lokale ildsjæle og politikerne finder sted om lokale problemstillinger, om emner på tværs af lokalområder og i de politiske fagudvalg.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [
        terms(IDEA, "Iværksættelse af Demokratiexperimentariatet betyder, at dialogen mellem borgere og politikere skal ske på nye måder."),
        terms(IDEA, "De hidtidige halvårslige dialogmøder mellem politiske dialogudvalg og lokalfora fortsætter ikke, men det betyder ikke at dialogen forsvinder."),
        terms(IDEA, "Den skal blot finde en ny form, hvor udfordringen, opgaven eller projektet er mere i centrum fremfor den brede dagsorden med megen information og mindre samskabelse."),
        terms(IDEA, "Dialogen mellem de lokale ildsjæle og politikerne skal finde sted både omkring lokale problemstillinger, emner der går på tværs af lokalområder og i regi af de politiske fagudvalg."),
      ],
    },
    {
      section: IDEA,
      text: "De gode erfaringer med, at politikerne ved selvsyn oplever de lokale forhold, skal bruges aktivt: udvalgsmøder kan fx holdes i lokalområderne, der kan arrangeres fag-ekskursioner, og politikerne kan deltage i lokale debatmøder.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(IDEA, "Og de gode erfaringer, med at politikerne ved selvsyn oplever de lokale forhold, skal bruges aktivt. Udvalgsmøder kan f.eks. afholdes i lokalområderne, der kan arrangeres fag-ekskursioner og politikerne kan deltage i lokale debatmøder.")],
    },
    {
      section: IDEA,
      text: "Demokratiekperimentariet har en særlig opgave med at opsamle læring fra 'eksperimenterne' og bringe den nye viden i spil; de fire bidrag er det, der kigges særligt efter, når eksperimenter iværksættes og viden opsamles.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [
        terms(IDEA, "Demokratiexperimentariatet har en særlig opgave med at opsamle læring fra 'eksperimenterne' og bringe den nye viden i spil."),
        terms(IDEA, "Det er disse fire elementer, vi kigger særligt efter, når vi iværksætter og opsamler viden fra 'eksperimenterne' i Demokratiexperimentariatet."),
      ],
    },
    {
      section: IDEA,
      text: "Lokalforumkonsulenterne fortsætter deres virke, og lokalområdernes mulighed for at invitere byrådets politikere til dialog fastholdes; lokalforumkonsulenterne sikrer, at lokalområderne kender muligheden.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(IDEA, "Lokalforumkonsulenterne fortsætter deres virke og lokalområdernes mulighed for at invitere byrådets politikere til dialog fastholdes. Lokalforumkonsulenterne sikrer, at lokalområderne er bekendt med muligheden.")],
    },
    {
      section: TIME_FRAME,
      text: "Demokratiekperimentariet sikrer, at der sker dialog med borgere og lokalområder allerede i første halvår af 2014.",
      when: "første halvår af 2014",
      date: "2014",
      certainty: Certainty.DECIDED,
      sources: [terms(TIME_FRAME, "Demokratiexperimentariatet sikrer, at der sker dialog med borgere og lokalområder allerede i første halvår af 2014.")],
    },
    {
      section: TIME_FRAME,
      text: "Demokratiekperimentariet fremsætter forslag til byrådet om dialogen med lokalområderne.",
      when: "inden sommerferien",
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(TIME_FRAME, "Inden sommerferien fremsætter Demokratiexperimentariatet forslag til byrådet om dialogen med lokalområderne.")],
    },
    {
      section: TIME_FRAME,
      text: "Byrådet inddrages i Demokratiekperimentariets arbejde mindst to gange årligt, fx via byrådets temamøder, og holdes i øvrigt orienteret om væsentlige aktiviteter.",
      when: "mindst to gange årligt",
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(TIME_FRAME, "Byrådet skal inddrages i Demokratiexperimentariatets arbejde mindst to gange årligt f.eks. via byrådets temamøder og skal i øvrigt holdes orienteret om væsentlige aktiviteter i experimentariatet.")],
    },
    {
      section: ECONOMY,
      text: "Demokratiekperimentariet forventes at trække på medarbejderressourcer i Strategi & Analyse og de øvrige stabsfunktioner, i de afdelinger, der involveres i at gennemføre 'eksperimenter', og hos borgere og virksomheder m.fl., der deltager i aktiviteterne. Der vil være udgifter til aktiviteterne, fx mødeforplejning, oplægsholdere og it-understøttelse.",
      when: null,
      date: null,
      certainty: Certainty.EXPECTED,
      sources: [
        terms(ECONOMY, "Demokratiexperimentariatet forventes at trække på medarbejderressourcer i Strategi & Analyse og de øvrige stabsfunktioner, i de afdelinger, der involveres i at gennemføre 'eksperimenter' samt hos borgere og virksomheder m.fl., der deltager i aktiviteterne."),
        terms(ECONOMY, "Der vil være økonomiske udgifter til gennemførelse af aktiviteter i form af f.eks. mødeforplejning, oplægsholdere, it-understøttelse mv."),
      ],
    },
    {
      section: ECONOMY,
      text: "Projektudvalget indstiller til byrådet, efterhånden som aktiviteterne bliver konkrete og kan budgetteres.",
      when: "efterhånden som aktiviteterne bliver konkrete",
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(ECONOMY, "Projektudvalget indstiller til byrådet, efterhånden som aktiviteterne bliver konkrete og kan budgetteres.")],
    },
    {
      section: STAKEHOLDERS,
      text: "Demokratiekperimentariet opsøger og inddrager erfaring og viden om dialog, samarbejde og lokaldemokrati fra både ind- og udland.",
      when: null,
      date: null,
      certainty: Certainty.DECIDED,
      sources: [terms(STAKEHOLDERS, "Demokratiexperimentariatet skal opsøge og inddrage erfaring og viden om dialog, samarbejde og lokaldemokrati fra både ind- og udland.")],
    },
  ],
};
