import { Certainty, cite, type SourceSeed } from "@frikommune/municipality-kit";
import type { ContactKey } from "./contacts.js";
import { AmountProposal, TreatmentTiming } from "./enums.js";

type Sourced<T> = T & { sources: SourceSeed[] };

export type AgendaItemFacts = Sourced<{
  number: number;
  name: string;
  caseNumber: string | null;
  type: string;
  recommendation: string | null;
  description: string | null;
  /** The questions the item puts for discussion. */
  questions: string[];
  /** What the project group proposes. */
  proposals: string[];
  /** The activities whose status the item reports. */
  activities: string[];
  decision: string | null;
  attachments: Sourced<{ title: string; description: string | null }>[];
  presentations: Sourced<{ contact: ContactKey; topic: string; certainty: Certainty }>[];
  treatments: Sourced<{ timing: TreatmentTiming; body: string; date: string | null; when: string; what: string; certainty: Certainty }>[];
  amounts: Sourced<{ proposal: AmountProposal; point: number; purpose: string; kroner: number }>[];
  events: Sourced<{
    title: string;
    host: string | null;
    theme: string | null;
    durationMinutes: number | null;
    description: string;
    questions: string[];
    showcases: string[];
    certainty: Certainty;
  }>[];
}>;

export type MeetingFacts = Sourced<{ key: string; body: string; name: string; start: string; location: string | null; agendaItems: AgendaItemFacts[] }>;

export const ITEM_119 = "Punkt 119: Drøftelse - Myndighed på ny måde, mere for og med borgerne";
export const ITEM_120 = "Punkt 120: Drøftelse af Holbæk Kommunes valgfremmeindsats";
export const ITEM_121 = "Punkt 121: Drøftelse - Folkemøde 2015";
export const ITEM_122 = "Punkt 122: Drøftelse - Samskabelse";
export const ITEM_123 = "Punkt 123: Orientering - Status på aktiviteter i Demokratiekperimentariet";

const minutes = (at: string, quote: string) => cite("referat-2015-03-24", at, quote);
const PROJECT_COMMITTEE = "Demokratiekperimentariet (projektudvalget)";

// Item 120: the pool as Økonomiudvalget had it, the alternative, and the project committee's recommendation.
const proposed = minutes(ITEM_120, "I punktet blev det indstillet, at byrådet:");
const alternative = minutes(ITEM_120, "Alternativt blev det indstillet, at byrådet:");
const recommends = minutes(ITEM_120, "Projektudvalget drøftede punktet, og anbefaler til Økonomiudvalget:");
const sameAmount = minutes(ITEM_120, "At punkt 1 og 2 i den alternative indstilling bør fastholdes, men at der gives samme beløb til alle valg, hhv. 75.000 kr. og 75.000 kr.");
const MUNICIPAL_ELECTION = "Pulje til valgfremme i de år, hvor der afholdes kommunalvalg";
const OTHER_ELECTIONS = "Pulje til valgfremme i de år, hvor der afholdes folketingsvalg, Europa-Parlamentsvalg eller folkeafstemning";
const economicCommittee = minutes(
  ITEM_120,
  "Økonomiudvalget besluttede, at valgfremmeindsatsen skulle drøftes i Demokratiekperimentariet, hvorefter den behandles i Økonomiudvalget i april. Desuden blev det besluttet, at Demokratiekperimentariet formidler de kommende tiltag.",
);

// Item 121: the two partners with their own tents at Folkemødet.
const tents = minutes(ITEM_121, "Der er indtil videre kontakt til/aftale om fælles debatarrangementer med Mandag Morgen og Landdistrikternes Fællesråd, som begge har eget telt på Folkemødet.");

const postponed = minutes(ITEM_122, "Projektudvalget besluttede at udsætte drøftelsen af punktet til næste udvalgs møde");

/** The minutes of the Demokratiekperimentarium's project committee, 24 March 2015 (items 119–123). */
export const meetings: MeetingFacts[] = [
  {
    key: "demokratiekperimentarium-2015-03-24",
    body: PROJECT_COMMITTEE,
    name: "Demokratiekperimentariet, møde 24. marts 2015",
    start: "2015-03-24T17:00",
    location: "lokale 1.D, Kanalstræde 2",
    sources: [
      minutes("Referat", "REFERAT 14-17 Demokratiekperimentarier d. 24-03-2015"),
      minutes("Mødedato", "Mødedato Tirsdag d. 24. marts 2015 kl. 17:00"),
      minutes("Mødested", "Mødested lokale 1.D, Kanalstræde 2"),
    ],
    agendaItems: [
      {
        number: 119,
        name: "Myndighed på ny måde, mere for og med borgerne",
        caseNumber: "13/37262",
        type: "Drøftelse",
        recommendation: "Projektudvalget drøfter, hvordan Demokratiekperimentariet i 2015 arbejder med aktiviteten 'Myndighed på ny måde'.",
        description:
          "Aktiviteten 'Myndighed på en ny måde' handler om at udfordre den klassiske myndighedsrolle: en ansøgning skal ikke nødvendigvis bare lukkes med afslag, og klager kan besvares på andre måder end med en ændret afgørelse eller en afvisning. Kommunen kan fx gå i dialog med borgerne om, hvordan ønsker og behov kan imødekommes på alternative måder inden for lovens rammer, eller sagsbehandleren kan kontakte borgere og høre, hvordan de har oplevet en sag eller forstået en afgørelse. Kommunen bliver mere åben for borgernes ønsker og behov, og medarbejderne kan i nogle sager påtage sig en rolle som konsulent og samtidig være myndighed. I 2013–14 har Familiecentret og Natur- og Miljøafdelingen afprøvet en ændret myndighedsrolle i klagesager med en meget tidlig og tæt kontakt til klagerne, som er brugt som anledning til at udvikle myndighedsopgaven.",
        questions: [
          "Hvordan tilgangen kan bringes ind i en bredere sammenhæng",
          "Hvordan læringer fra 'myndighed på en ny måde' kan inddrages i andre sammenhænge, fx politiske udvalg, omstillingsgrupper og byråd",
          "Hvordan klager og forslag til politikere, byråd og afdelinger kan bruges til at udvikle måden at være kommune og myndighed på",
        ],
        proposals: [
          "Projektgruppen foreslår at arbejde videre med aktiviteten ved at indsamle yderligere erfaringer og eksempler fra organisationen og finde afdelinger og fagområder, som kan gøre forsøg med at implementere erfaringerne – og på den baggrund udarbejde forslag til, hvordan byråd og udvalg kan arbejde med tilgangen.",
        ],
        activities: [],
        decision: "Projektudvalget drøftede, hvordan ændret tilgang til klagesager og borgere som klager kan bidrage til udvikling af opgaveløsningen.",
        sources: [
          minutes(ITEM_119, "Drøftelse - Myndighed på ny måde, mere for og med borgerne"),
          minutes(ITEM_119, "13/37262"),
          minutes(ITEM_119, "Projektudvalget drøfter hvordan Demokratiekperimentariet i 2015 arbejder med aktiviteten 'Myndighed på ny måde'"),
          minutes(ITEM_119, "Aktiviteten 'Myndighed på en ny måde' handler i store træk om at udfordre den klassiske myndighedsrolle."),
          minutes(ITEM_119, "En ansøgning skal ikke nødvendigvis bare lukkes med afslag til borgeren, hvis den ikke umiddelbart kan imødekommes. Og klager over afgørelser og sagsbehandling kan besvares på andre måder, end med en ændret afgørelse eller en afvisning af klagen."),
          minutes(ITEM_119, "Det kan eksempelvis være, at kommunen går i dialog med borgerne om, hvordan ønsker og behov på alternative måder kan imødekommes inden for lovens rammer - eller at sagsbehandleren tager kontakt til borgere, og hører hvordan de har oplevet en sag eller forstået en afgørelse."),
          minutes(ITEM_119, "Dermed kan medarbejderne i nogle sager påtage sig en rolle som konsulent, hvor fagpersonerne bruger deres viden på området, til at hjælpe borgerne på vej - samtidig med at de også er myndighed."),
          minutes(ITEM_119, "I 2013-14 har Familiecentret og Natur- og Miljøafdelingen afprøvet en ændret myndighedsrolle i klagesager, hvor man bl.a. har taget en meget tidlig og tæt kontakt til klagerne og brugt dem som anledning til at udvikle myndighedsopgaven."),
          minutes(ITEM_119, "og hvordan tilgangen kan bringes ind i en bredere sammenhæng. Der kan tages udgangspunkt i følgende spørgsmål:"),
          minutes(ITEM_119, "hvordan læringer fra 'myndighed på en ny måde' kan inddrages i andre sammenhænge fx politiske udvalg, omstillingsgrupper og byråd"),
          minutes(ITEM_119, "hvordan klager og forslag til politikere, byråd og afdelinger, kan bruges til at udvikle måden at være kommune og myndighed på."),
          minutes(ITEM_119, "Projektgruppen foreslår, at der arbejdes videre med aktiviteten ved at indsamle yderligere erfaringer og eksempler fra organisationen, og finde afdelinger/fagområder som kan gøre forsøg med at implementere erfaringer"),
          minutes(ITEM_119, "samt på den baggrund at udarbejde forslag til, hvordan der i byråd og udvalg kan arbejdes med tilgangen."),
          minutes(ITEM_119, "Projektudvalget drøftede, hvordan ændret tilgang til klagesager og borgere som klager, kan bidrage til"),
          minutes(ITEM_119, "udvikling af opgaveløsningen."),
        ],
        attachments: [],
        presentations: [
          {
            contact: "tina-jepsen",
            topic: "Erfaringerne med ændret klagehåndtering",
            certainty: Certainty.SCHEDULED,
            sources: [minutes(ITEM_119, "På udvalgmødet deltager Tina Jepsen fra Familiecentret, og fortæller om erfaringerne med ændret klagehåndtering.")],
          },
        ],
        treatments: [],
        amounts: [],
        events: [],
      },
      {
        number: 120,
        name: "Holbæk Kommunes valgfremmeindsats",
        caseNumber: "15/10481",
        type: "Drøftelse",
        recommendation: "Projektudvalget drøfter Holbæk Kommunes valgfremmeindsats.",
        description:
          "Økonomiudvalget behandlede den 3. marts et punkt om valgfremmeindsatsen med en indstilling og en alternativ indstilling til byrådet om en pulje til valgfremme (se beløbene). Ved kommunalvalget i 2013 steg stemmeprocenten i Holbæk Kommune, som i alle andre kommuner, fra 66,7 pct. i 2009 til 71,4 pct.; den steg i næsten alle vælgergrupper og specielt blandt de unge, fx med 15 pct.-point blandt de 19–21-årige. Demokratiekperimentariet anbefaler en valgfremmeindsats ved alle valg, da det at stemme er en vanesag. Indstillingen lægger op til, at byrådet understøtter borgernes initiativer for at få flere til at stemme gennem en pulje til valgfremme, som borgere og foreninger kan søge i de år, hvor der er valg – en anden fremgangsmåde end ved kommunalvalget, hvor kommunens indsats hovedsageligt blev udført af administrationen. Puljen skal i højere grad bringe borgernes og foreningernes ressourcer og idéer i spil og giver muligvis en større valgdeltagelse, når borgere og foreninger står som afsender af budskabet. Administrationen udarbejder retningslinjer for ansøgningsproceduren, herunder kriterier for støtte, i samspil med repræsentanter for vælgergrupper med lav valgdeltagelse; Fælles-skaberne (kommunens konsulenter for frivillighed og lokaldemokrati) hjælper med at formidle muligheden for støtte og yder support til de projekter, der får støtte.",
        questions: [],
        proposals: [],
        activities: [],
        decision: [
          "Projektudvalget drøftede punktet, og anbefaler til Økonomiudvalget:",
          "- At punkt 1 og 2 i den alternative indstilling bør fastholdes, men at der gives samme beløb til alle valg, hhv. 75.000 kr. og 75.000 kr.",
          "- At administrationen i dialog med relevante råd, nævn og organisationer, planlægger og gennemfører valgfremmeindsatser, dog med undtagelse af mobile stemmebokse.",
          "- At det undersøges hvad gratis bustrafik på valgdage koster, herunder også pris for ekstra stop ved valgsteder.",
        ].join("\n"),
        sources: [
          minutes(ITEM_120, "Drøftelse af Holbæk Kommunes valgfremmeindsats"),
          minutes(ITEM_120, "15/10481"),
          minutes(ITEM_120, "Projektudvalget drøfter Holbæk Kommunes valgfremmeindsats."),
          minutes(ITEM_120, "Økonomiudvalget behandlede den 3. marts et punkt om Holbæk Kommunes valgfremmeindsats."),
          minutes(ITEM_120, "Som i alle andre kommuner steg stemmeprocenten i Holbæk Kommune sammenlignet med 2009, nemlig fra 66,7 pct. til 71,4 pct. Desuden steg stemmeprocenten i næsten alle vælgergrupper."),
          minutes(ITEM_120, "I forhold til målgrupperne for valgfremmeinitiativer var det specielt blandt de unge, at stemmeprocenten steg, fx med 15 pct.-point blandt de 19-21-årige."),
          minutes(ITEM_120, "Desuden anbefales det, at der skal være en valgfremme-indsats ved alle valg, da det at stemme er en vanesag."),
          minutes(ITEM_120, "Indstillingen lægger op til, at byrådet understøtter borgernes initiativer for at få flere til at stemme gennem oprettelsen af en pulje til valgfremme. I de år, hvor der afholdes valg, kan borgere og foreninger søge om støtte."),
          minutes(ITEM_120, "Dette er en anden fremgangsmåde end ved kommunalvalget, hvor kommunens indsats hovedsagligt blev udført af administrationen."),
          minutes(ITEM_120, "en valgfremme-indsats der i højere grad bringer borgernes og foreningernes ressourcer og idéer i spil."),
          minutes(ITEM_120, "muligvis en større valgdeltagelse ved at borgere og foreninger kommer til at stå som afsender af budskabet om at få flere til at stemme."),
          minutes(ITEM_120, "Retningslinjer for ansøgningsprocedure, herunder kriterier for hvilke projekter, der kan opnå støtte, udarbejdes af administrationen i samspil med repræsentanter for de vælgergrupper, der har lav valgdeltagelse."),
          minutes(ITEM_120, "Fælles-skaberne (kommunens konsulenter for frivillighed og lokaldemokrati) vil hjælpe med at formidle muligheden for at opnå støtten for puljen til valgfremme og yde support til de projekter, der opnår støtte."),
          recommends,
          sameAmount,
          minutes(ITEM_120, "At administrationen i dialog med relevante råd, nævn og organisationer, planlægger og gennemfører valgfremmeindsatser, dog med undtagelse af mobile stemmebokse."),
          minutes(ITEM_120, "At det undersøges hvad gratis bustrafik på valgdage koster, herunder også pris for ekstra stop ved valgsteder."),
        ],
        attachments: [
          { title: "Statistik for deltagelsen i kommunalvalget i Holbæk Kommune", description: null, sources: [minutes(ITEM_120, "Statistik for deltagelsen i kommunalvalget i Holbæk Kommune")] },
          { title: "Holbæk Kommunes valgfremmeinitiativer ved kommunalvalget i 2013", description: null, sources: [minutes(ITEM_120, "Holbæk Kommunes valgfremmeinitiativer ved kommunalvalget i 2013")] },
        ],
        presentations: [],
        treatments: [
          {
            timing: TreatmentTiming.EARLIER,
            body: "Holbæk Byråd",
            date: "2013-06-12",
            when: "12. juni 2013",
            what: "Besluttede, at der op til kommunalvalget i 2013 skulle være en række initiativer for at få flere til at stemme med fokus på unge, socialt udsatte og nydanskere.",
            certainty: Certainty.DECIDED,
            sources: [minutes(ITEM_120, "Holbæk Byråd besluttede den 12. juni 2013, at der op til kommunalvalget i 2013 skulle være en række initiativer for at få flere til at stemme med fokus på unge, socialt udsatte og nydanskere.")],
          },
          {
            timing: TreatmentTiming.EARLIER,
            body: PROJECT_COMMITTEE,
            date: "2014-09-23",
            when: "23. september 2014",
            what: "Drøftede den fremtidige valgfremmeindsats på baggrund af erfaringerne fra kommunalvalget og anbefalede, at kommunen fortsætter indsatsen for at få flere til at stemme, og at der er en valgfremmeindsats ved alle valg.",
            certainty: Certainty.DECIDED,
            sources: [
              minutes(ITEM_120, "Projektudvalget for Demokratiekperimentariet drøftede d. 23. september 2014 den fremtidige valgfremme-indsats på baggrund af erfaringerne fra kommunalvalget. Anbefalingen fra Demokratiekperimentariet er, at kommunen skal fortsætte indsatsen for at få flere til at stemme."),
              minutes(ITEM_120, "Desuden anbefales det, at der skal være en valgfremme-indsats ved alle valg, da det at stemme er en vanesag."),
            ],
          },
          {
            timing: TreatmentTiming.EARLIER,
            body: "Økonomiudvalget",
            // The minutes say "den 3. marts" in the past tense; the year is that of the meeting.
            date: "2015-03-03",
            when: "3. marts",
            what: "Behandlede et punkt om Holbæk Kommunes valgfremmeindsats og besluttede, at indsatsen skulle drøftes i Demokratiekperimentariet og derefter behandles i Økonomiudvalget i april, og at Demokratiekperimentariet formidler de kommende tiltag.",
            certainty: Certainty.DECIDED,
            sources: [minutes(ITEM_120, "Økonomiudvalget behandlede den 3. marts et punkt om Holbæk Kommunes valgfremmeindsats."), economicCommittee],
          },
          {
            timing: TreatmentTiming.LATER,
            body: "Økonomiudvalget",
            date: "2015-04",
            when: "i april",
            what: "Behandler valgfremmeindsatsen efter drøftelsen i Demokratiekperimentariet, hvis anbefaling går til Økonomiudvalget.",
            certainty: Certainty.SCHEDULED,
            sources: [economicCommittee, recommends],
          },
        ],
        amounts: [
          { proposal: AmountProposal.PROPOSAL, point: 1, purpose: MUNICIPAL_ELECTION, kroner: 100_000, sources: [proposed, minutes(ITEM_120, "opretter en pulje til valgfremme på 100.000 kr. i de år, hvor der afholdes kommunalvalg.")] },
          { proposal: AmountProposal.PROPOSAL, point: 2, purpose: OTHER_ELECTIONS, kroner: 50_000, sources: [proposed, minutes(ITEM_120, "opretter en pulje til valgfremme på 50.000 kr. i de år, hvor der afholdes folketingsvalg, Europa-Parlamentsvalg eller folkeafstemning.")] },
          { proposal: AmountProposal.ALTERNATIVE, point: 1, purpose: MUNICIPAL_ELECTION, kroner: 70_000, sources: [alternative, minutes(ITEM_120, "opretter en pulje til valgfremme på 70.000 kr. i de år, hvor der afholdes kommunalvalg.")] },
          { proposal: AmountProposal.ALTERNATIVE, point: 2, purpose: OTHER_ELECTIONS, kroner: 20_000, sources: [alternative, minutes(ITEM_120, "opretter en pulje til valgfremme på 20.000 kr. i de år, hvor der afholdes folketingsvalg, Europa-Parlamentsvalg eller folkeafstemning.")] },
          { proposal: AmountProposal.ALTERNATIVE, point: 3, purpose: "Afholdelse af brevstemmevalg på uddannelsessteder i Holbæk Kommune", kroner: 30_000, sources: [alternative, minutes(ITEM_120, "afsætter 30.000 kr. til afholdelse af brevstemmevalg på uddannelsessteder i Holbæk Kommune.")] },
          { proposal: AmountProposal.RECOMMENDATION, point: 1, purpose: MUNICIPAL_ELECTION, kroner: 75_000, sources: [recommends, sameAmount] },
          { proposal: AmountProposal.RECOMMENDATION, point: 2, purpose: OTHER_ELECTIONS, kroner: 75_000, sources: [recommends, sameAmount] },
        ],
        events: [],
      },
      {
        number: 121,
        name: "Folkemøde 2015",
        caseNumber: "13/37262",
        type: "Drøftelse",
        recommendation: "Projektudvalget drøfter emner og temaer for deltagelse i debatter og arrangementer på Folkemødet.",
        description:
          "Folkemødet afholdes 11.–14. juni 2015 med mere end tusind små og store arrangementer, debatter, happenings mv. Holbæk Kommune har deltaget i både 2013 og 2014 med fokus på frivillighed, lokaldemokrati og Demokratiekperimentariet. I 2015 deltager en stor del af byrådet sammen med Fælles-skaberne og Demokratiekperimentariet med tre formål: gensidig politisk inspiration; tværpolitisk udveksling af idéer og erfaring; promovering af Holbæk Kommune, bl.a. via 'Holbæk i Fællesskab' og Demokratiekperimentariet, gennem deltagelse i debatter mv.",
        questions: ["Hvad det særligt er, Holbæk Kommune skal byde ind med i debatterne, panelerne og arrangementerne på Folkemødet"],
        proposals: [],
        activities: [],
        decision: "Projektudvalget drøftede og godkendte projektgruppens oplæg til emner og debatter til Folkemødet.",
        sources: [
          minutes(ITEM_121, "Drøftelse - Folkemøde 2015"),
          minutes(ITEM_121, "13/37262"),
          minutes(ITEM_121, "Projektudvalget drøfter emner og temaer for deltagelse i debatter og arrangementer på Folkemødet."),
          minutes(ITEM_121, "Folkemødet afholdes i 2015 fra 11. - 14. juni, med mere end tusinde små og store arrangementer, debatter, happenings mv."),
          minutes(ITEM_121, "Holbæk Kommune har deltaget på Folkemødet i både 2013 og 2014, med fokus på frivillighed, lokaldemokrati og Demokratiekperimentariet."),
          minutes(ITEM_121, "I 2015 deltager en stor del af byrådet sammen med Fælles-skaberne og Demokratiekperimentariet, med følgende formål:"),
          minutes(ITEM_121, "Gensidig politisk inspiration"),
          minutes(ITEM_121, "Tværpolitisk udveksling af idéer og erfaring"),
          minutes(ITEM_121, "Promovering af Holbæk Kommune, bl.a. via 'Holbæk i Fællesskab' og Demokratiekperimentariet, gennem deltagelse i debatter mv."),
          minutes(ITEM_121, "Som led i forberedelsen til byrådets deltagelse i Folkemødet drøfter Demokratiekperimentariet, hvad det særligt er Holbæk Kommuner skal byde ind med, i de debatter, paneler og arrangementer."),
          minutes(ITEM_121, "Projektudvalget drøftede og godkendte projektgruppens oplæg til emner og debatter til Folkemødet"),
        ],
        attachments: [],
        presentations: [],
        treatments: [],
        amounts: [],
        events: [
          {
            title: "Debatarrangement med Mandag Morgen om velfærd og samskabelse",
            host: "Mandag Morgen",
            theme: "Velfærdsudvikling",
            durationMinutes: null,
            description:
              "Fælles debatarrangement hos Mandag Morgen, der har eget telt på Folkemødet; der er dialog med Århus Kommune, Odense Kommune og Frivilligrådet om et debatarrangement om velfærd og samskabelse. Projektgruppen foreslår en debat om spørgsmålene, og Holbæk Kommune kan præsentere sine innovationer.",
            questions: [
              "Hvor stort er potentialet for fællesskabsvelfærd i kommunerne?",
              "Hvor og hvor meget kan og skal vi lade borgerne selv skabe velfærden?",
            ],
            showcases: [
              "Omstillinger udvikler svar på velfærdsudviklinger sammen med borgerne",
              "Ny organisation, som følger borgeren i stedet for systemet – og som sætter rammer for en kulturændring omkring borgerens behov",
              "Velfærdsteknologi og OPP-plejehjem",
              "Mentorordning med borgere som mentorer",
              "Brugerdrevne Ældrecenter",
              "Holbæk i Fællesskab, hvor kommunen er et fællesskab og ikke en serviceleverandør",
            ],
            // "kontakt til/aftale om": the minutes do not say the event is agreed.
            certainty: Certainty.EXPECTED,
            sources: [
              tents,
              minutes(ITEM_121, "Hos Mandag Morgen er temaet velfærdsudvikling, og der er dialog med Århus Kommune, Odense Kommune, og Frivilligrådet om et debatarrangement omkring velfærd og samskabelse."),
              minutes(ITEM_121, "Projektgruppen foreslår en debat omkring spørgsmålene:"),
              minutes(ITEM_121, "Hvor stort er potentialerne for fællesskabs velfærd i kommunerne."),
              minutes(ITEM_121, "Hvor/og hvor meget kan og skal vi lade borgerne selv skabe velfærden."),
              minutes(ITEM_121, "Konkret kan Holbæk Kommune i denne sammenhæng præsentere følgende innovationer:"),
              minutes(ITEM_121, "Omstillinger udvikler svar på velfærdsudviklinger sammen med borgerne"),
              minutes(ITEM_121, "Ny organisation som følger borgeren i stedet for systemet – og som sætter rammer for en kulturændring omkring borgerens behov."),
              minutes(ITEM_121, "Velfærdsteknologi og OPP-plejehjem"),
              minutes(ITEM_121, "Mentorordning med borgere som mentorer"),
              minutes(ITEM_121, "Brugerdrevne Ældrecenter"),
              minutes(ITEM_121, "Holbæk i Fællesskab hvor kommunen er et fællesskab og ikke en serviceleverandør"),
            ],
          },
          {
            title: "Arrangement hos Landdistrikternes Fællesråd om levende lokalområder",
            host: "Landdistrikternes Fællesråd",
            theme: "Levende lokalområder i en presset økonomi",
            durationMinutes: 45,
            description:
              "Aftale om et 45 minutters arrangement hos Landdistrikternes Fællesråd, der har eget telt på Folkemødet. Holbæk Kommune kan selv finde flere parter og forme et oplæg til debat; projektgruppen foreslår en debat om spørgsmålet, der kan suppleres med tre spørgsmål.",
            questions: [
              "Hvad er kommunernes potentiale for at skabe levende lokalområder i en presset økonomi, hvor der er færre og færre penge til velfærd, tilskud og service i landområderne?",
              "Hvordan skaber kommunerne levende lokalsamfund?",
              "Hvordan skabes synergi mellem udvikling af land og by i kommunerne?",
              "Hvordan sikrer kommunerne en tæt dialog og kontakt til yderområderne i kommunen?",
            ],
            showcases: [],
            certainty: Certainty.DECIDED,
            sources: [
              tents,
              minutes(ITEM_121, "Hos Landdistrikternes Fællesråd er der indgået aftale om et 45 minutters arrangement. Vi har mulighed for selv at finde flere parter, og forme et oplæg til debat. Projektgruppen foreslår en debat om spørgsmålet:"),
              minutes(ITEM_121, "Hvad er kommunernes potentiale for at skabe levende lokalområder i en presset økonomi, hvor der er færre og færre penge til velfærd, tilskud og service i landområderne."),
              minutes(ITEM_121, "Der kan suppleres med følgende spørgsmål:"),
              minutes(ITEM_121, "Hvordan skaberne kommunerne levende lokalsamfund"),
              minutes(ITEM_121, "hvordan skabes synergi mellem udvikling af land og by i kommunerne,"),
              minutes(ITEM_121, "Hvordan sikrer kommunerne en tæt dialog og kontakt til yderområderne i kommunen"),
            ],
          },
          {
            title: "Arrangement om vækst, erhverv og samskabelse",
            host: null,
            theme: "Vækst, erhverv og samskabelse",
            durationMinutes: null,
            description:
              "Der arbejdes på et arrangement om vækst, erhverv og samskabelse. Projektgruppen foreslår omstillingsgruppen 'Virksomheder hjælper udsatte borgere i arbejde' og 'Den Frivillige Mentorordning' som udgangspunkt og som eksempler på områder, hvor nytænkning, innovation og nye partnerskaber kan skabe løsninger på komplekse problemer.",
            questions: [],
            showcases: ["Omstillingsgruppen 'Virksomheder hjælper udsatte borgere i arbejde'", "Den Frivillige Mentorordning"],
            certainty: Certainty.CONSIDERED,
            sources: [
              minutes(ITEM_121, "Derudover arbejdes der på et arrangement som fokuserer på vækst, erhverv og samskabelse."),
              minutes(ITEM_121, "Projektgruppen foreslår at omstillingsgruppen 'Virksomheder hjælper udsatte borgere i arbejde' og \"Den Frivillige Mentorordningen\" kan være udgangspunkt, og eksempler på områder, hvor nytænkning, innovation og nye partnerskaber kan skabe løsninger på komplekse problemer."),
            ],
          },
          {
            title: "Speakers Corner",
            host: null,
            theme: null,
            durationMinutes: null,
            description: "Byrådsmedlemmer, der deltager på Folkemødet, er opfordret til at melde sig til Speakers Corner.",
            questions: [],
            showcases: [],
            certainty: Certainty.POSSIBLE,
            sources: [minutes(ITEM_121, "Byrådsmedlemmer som deltager på Folkemødet er derudover blevet opfordret til at melde sig til Speakers Corner.")],
          },
          {
            title: "Fælles-skabernes eget Holbæk Kommune-arrangement",
            host: "Fælles-skaberne",
            theme: "At vi sammen med borgerne skaber 'kommune på ny måde' og omtænker roller, samarbejder og det store fællesskab",
            durationMinutes: null,
            description: "Fælles-skaberne laver eget Holbæk Kommune-arrangement på samme måde som i 2013–2014.",
            questions: [],
            showcases: [],
            certainty: Certainty.EXPECTED,
            sources: [
              minutes(ITEM_121, "Fælles-skaberne laver eget Holbæk Kommune-arrangement på tilsvarende måde som i 2013-2014, med fokus på 'at vi sammen med borgerne skaber 'kommune på ny måde' og omtænker roller, samarbejder og det store fællesskab'."),
            ],
          },
        ],
      },
      {
        number: 122,
        name: "Samskabelse",
        caseNumber: "13/37262",
        type: "Drøftelse",
        recommendation: "Projektudvalget drøfter, hvordan der på politisk niveau kan arbejdes med fremme af samskabelse i kommunen.",
        description:
          "I Holbæk Kommune er der, bl.a. på baggrund af Frivilligstrategien, mange forsøg med og indsatser for at inddrage borgere og brugere i den konkrete opgaveløsning og skabe velfærd sammen med borgerne; på den politiske bane er der, bl.a. i omstillingsgrupperne, eksperimenteret med samskabelse. Det rummer udfordringer at omstille kommunen fra at levere velfærds- og serviceydelser til at skabe løsninger sammen med borgerne: borgere, brugere og medarbejdere skal kunne indtage nye roller og ændre vaner, faglighed og kultur, og på den politiske bane kan det kræve en udvidet demokratisk dialog med borgerne om, hvor velfærden skal bevæge sig hen. Om samskabelse: begrebet kan handle om nærdemokrati, borgerdrevet innovation og frivillighed, men rummer ofte noget mere radikalt end borgerinddragelse. Den offentlige sektor og borgerne tager nye roller; borgerne ses ikke som 'kunder', men som en del af fællesskabet og en part med ressourcer, der kan tage ansvar og i nogle tilfælde løse velfærdsudfordringer bedre end kommunens ansatte.",
        questions: [
          "Hvordan kan der på den politiske bane arbejdes med at fremme en samskabelseskultur?",
          "Hvad kræver det af politiske beslutninger?",
          "Hvad kræver samskabelse af politisk lederskab, og hvordan kan det fremmes?",
        ],
        proposals: [],
        activities: [],
        decision: "Projektudvalget besluttede at udsætte drøftelsen af punktet til næste udvalgsmøde.",
        sources: [
          minutes(ITEM_122, "Drøftelse - Samskabelse"),
          minutes(ITEM_122, "13/37262"),
          minutes(ITEM_122, "Projektudvalget drøfter hvordan der på politisk niveau kan arbejdes med fremme af samskabelse i kommunen."),
          minutes(ITEM_122, "I Holbæk Kommune er der, bl.a. på baggrund af Frivilligstrategien, mange forsøg med og indsatser for at inddrage borger og brugere i den konkrete opgaveløsning, og skabe velfærd sammen med borgerne."),
          minutes(ITEM_122, "På den politiske bane har der også, bl.a. i forbindelse med omstillingsgrupperne, været eksperimenteret med samskabelse."),
          minutes(ITEM_122, "Der ligger dog en række udfordringer i at omstille kommunen fra at levere velfærds- og serviceydelser, til at skabe løsninger sammen med borgerne."),
          minutes(ITEM_122, "Bl.a. skal både borgere, brugere og medarbejdere kunne indtage nye roller, og ændre i vaner, faglighed og kultur."),
          minutes(ITEM_122, "Og på den politiske bane kan en omstilling til mere samskabelse, bl.a. kræve en udvidet demokratisk dialog med borgerne om, hvor velfærden skal bevæge sig hen."),
          minutes(ITEM_122, "Begrebet samskabelse kan handle både om nærdemokrati, borgerdrevet innovation og frivillighed. Men i samskabelse ligger der ofte noget mere radikalt end i borgerinddragelse."),
          minutes(ITEM_122, "Det er ikke længere sådan, at det offentlige leverer, putter varer på hylderne og tilfredsstiller de ønsker og behov, som borgerne har, og borgene skal ikke ses som 'kunder'."),
          minutes(ITEM_122, "Med samskabelse ses borgerne i højere grad som en del af fællesskabet, og som en part der har ressourcer og som kan taget et ansvar – en ressource som kan spilles ind i velfærdssamfundet, og i nogle tilfælde løse velfærdsudfordringer bedre end kommunens ansatte."),
          minutes(ITEM_122, "Hvordan kan der på den politiske bane arbejdes med at fremme en samskabelseskultur"),
          minutes(ITEM_122, "Hvad kræver det af politiske beslutninger"),
          minutes(ITEM_122, "Hvad kræver samskabelse af politisk lederskab, og hvordan kan det fremmes?"),
          postponed,
        ],
        attachments: [
          {
            title: "5 eksempler på samskabelse i Holbæk kommune",
            description: "Eksempler på, hvordan borgere og brugere i Holbæk Kommune inddrages i at løse velfærds- og serviceopgaver.",
            sources: [
              minutes(ITEM_122, "5 eksempler på samskabelse i Holbæk kommune"),
              minutes(ITEM_122, "Eksempler på hvordan borgere og brugere i Holbæk Kommune inddrages i at løse velfærds- og serviceopgaver."),
            ],
          },
        ],
        presentations: [
          {
            contact: "thomas-richelieu",
            topic: "Pointer og betragtninger om samskabelse, herunder erfaringer fra omstillingsgrupperne i 2014",
            certainty: Certainty.SCHEDULED,
            sources: [
              minutes(ITEM_122, "På mødet vil Thomas Richelieu fremlægge pointer og betragtninger om samskabelse, herunder erfaringer fra"),
              minutes(ITEM_122, "omstillingsgrupperne i 2014."),
            ],
          },
        ],
        treatments: [
          {
            timing: TreatmentTiming.EARLIER,
            body: PROJECT_COMMITTEE,
            // "på udvalgsmødet den 24. februar", the committee's meeting before this one.
            date: "2015-02-24",
            when: "24. februar",
            what: "Drøftede, hvordan Demokratiekperimentariet sætter fokus på konkrete aktiviteter med samskabelse, herunder hvilke muligheder og udfordringer der er på den administrative bane.",
            certainty: Certainty.DECIDED,
            sources: [
              minutes(ITEM_122, "Projektudvalgets drøftede på udvalgsmødet den 24. februar, hvordan der i Demokratiekperimentariet sættes fokus på konkrete aktiviteter med samskabelse, herunder hvilke muligheder og udfordringer der er på den administrative bane i forbindelse med samskabelse."),
            ],
          },
          {
            timing: TreatmentTiming.LATER,
            body: PROJECT_COMMITTEE,
            date: null,
            when: "næste udvalgsmøde",
            what: "Drøftelsen af punktet er udsat hertil.",
            certainty: Certainty.SCHEDULED,
            sources: [postponed],
          },
        ],
        amounts: [],
        events: [],
      },
      {
        number: 123,
        name: "Status på aktiviteter i Demokratiekperimentariet",
        caseNumber: "13/37262",
        type: "Orientering",
        recommendation: "Projektudvalget orienteres om status på igangværende aktiviteter i Demokratiekperimentariet.",
        description: "Projektudvalget orienteres om status på fem aktiviteter i Demokratiekperimentariet.",
        questions: [],
        proposals: [],
        activities: [
          "Forsøg med nye former for borgerbudgettering",
          "Ny dialogmodel",
          "Dialog og inddragelse af udsatte som alternativ til udsatteråd",
          "Dialog og samarbejde med råd og nævn",
          "Holbæk Borgerforum",
        ],
        decision: "Projektudvalget blev orienteret om status på aktiviteter.",
        sources: [
          minutes(ITEM_123, "Orientering - Status på aktiviteter i Demokratiekperimentariet"),
          minutes(ITEM_123, "13/37262"),
          minutes(ITEM_123, "Projektudvalget orienteres om status på igangværende aktiviteter i Demokratiekperimentariet"),
          minutes(ITEM_123, "Projektudvalget orienteres om status på følgende aktiviteter i Demokratiekperimentariet:"),
          minutes(ITEM_123, "Forsøg med nye former for Borgerbudgettering"),
          minutes(ITEM_123, "Ny Dialogmodel"),
          minutes(ITEM_123, "Dialog og inddragelse af udsatte, som alternativ til udsatteråd"),
          minutes(ITEM_123, "Dialog og samarbejde med Råd og Nævn"),
          minutes(ITEM_123, "Holbæk Borgerforum"),
          minutes(ITEM_123, "Projektudvalget blev orienteret om status på aktiviteter."),
        ],
        attachments: [],
        presentations: [],
        treatments: [],
        amounts: [],
        events: [],
      },
    ],
  },
];
