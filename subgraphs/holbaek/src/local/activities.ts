import { cite } from "@frikommune/municipality-kit";
import type { ContactKey } from "./contacts.js";
import { ITEM_120 } from "./meetings.js";

const report = (at: string, quote: string) => cite("rapport-understoet-borgernes-initiativ", at, quote);

const DIALOG_MODEL = "Ny dialogmodel";
const GO_DIALOG = "Go ´ Dialog med Holbæk Teater";
const FAELLES_SKABERNE = "Fælles-skaberne - hvad har vi lært?";

/** The activities of the report "Understøt borgernes initiativ", in the report's order, with its sections. */
export const activities: {
  key: string;
  title: string;
  description: string | null;
  purposes: string[];
  challenges: string[];
  successes: string[];
  lessons: string[];
  recommendations: string[];
  contact: string | null;
  /** The people and units the report names under the activity's "Kontakt og mere viden". */
  contacts: ContactKey[];
  sources: ReturnType<typeof cite>[];
}[] = [
  {
    key: "infoskaerme",
    title: "Infoskærme",
    description:
      "En gruppe fra Mørkøv tog initiativ til at opsætte infoskærme i alle kommunens lokalområder. Demokratiekperimentariet og Fælles-skaberne greb bolden og hjalp borgerne med at skaffe midler og finde den rigtige organisering til projektet; på den måde blev borgerne hjulpet videre og kunne realisere deres initiativ.",
    purposes: [],
    challenges: [],
    successes: [],
    lessons: [],
    recommendations: [],
    contact: null,
    contacts: [],
    sources: [
      report("Infoskærme", "INFOSKÆRME"),
      report("Infoskærme", "En gruppe fra Mørkøv tog initiativ til at opsætte infoskærme i alle kommunens lokalområder."),
      report("Infoskærme", "Demokratiexperimentariet og Fælles-skaberne greb bolden og hjalp borgerne med at skaffe midler og finde den rigtige organisering til projektet."),
      report("Infoskærme", "På den måde blev borgerne hjulpet videre og kunne realisere deres initiativ."),
    ],
  },
  {
    key: "ny-dialogmodel",
    title: "Ny dialogmodel – implementering af model for dialog med lokalområder og aktive borgere",
    description:
      "I januar 2015 godkendte byrådet en ny dialogmodel, som bl.a. skulle afløse de faste dialogmøder i lokalområderne og dermed sikre en god, tæt og relevant dialog mellem aktive borgere i lokalområderne og politikere og administration. Fælles-skaberne har haft en særlig opgave med at udbrede kendskabet til og brugen af dialogmodellen.",
    purposes: [
      "At det bliver nemt for borgere, foreninger, virksomheder mv. at komme i dialog med kommunen om en idé eller et projekt – og at finde den eller de rette parter at have dialogen med og blive hjulpet godt videre.",
      "Og omvendt, at det bliver nemt for kommunale medarbejdere og politikere at komme i dialog med de relevante borgere om sager eller planer, som har betydning for lokalområder eller fællesskabet.",
    ],
    challenges: [
      "Det har meget været de samme borgere og lokalfora, som bruger modellen og Fælles-skaberne, mens der ikke har været så meget tid til at komme ud til fx frivillige foreninger og andre parter med modellen og mulighederne.",
      "At få modellen implementeret internt i kommunen, så den og Fælles-skaberne også bliver brugt, når kommunen vil noget med borgerne.",
      "Færre møder med lokalområder og politikere end tidligere – lokalfora er tilbageholdende med selv at invitere politikere ud.",
    ],
    successes: [
      "De foreninger, borgere, lokalområder mv., som bruger dialogmodellen og tager kontakt til deres Fælles-skaber, bliver hjulpet godt og hurtigt videre.",
      "Kontakten til lokalområderne er stigende, bl.a. med stor efterspørgsel efter Fælles-skabere hos klubber og foreninger.",
      "Der har været god og relevant dialog på de afholdte møder mellem politikere, administration og lokalområder.",
    ],
    lessons: [
      "Det tager tid at ændre vaner og at udbrede kendskabet til en ny dialogform og en ny måde at afholde møder på.",
      "Det gælder både for lokalområder, foreninger og kommunens afdelinger og medarbejdere.",
      "Det er vigtigt at have et hold af bredt funderede medarbejdere, som kan arbejde målrettet med at sikre god dialog og godt samarbejde med borgere, foreninger og andre parter.",
    ],
    recommendations: [
      "At der fortsat arbejdes med at understøtte og implementere dialogmodellen som rammen for dialog og samarbejde mellem borgere, der vil noget med kommunen, og omvendt.",
      "At vi udvikler løsninger som fx Book-en-Politiker, så flere lokalområder, foreninger og borgere inviterer politikere ud lokalt, når de har noget på hjerte.",
    ],
    contact: "Lotte Rømer Grove, Strategi og Udvikling, logro@holb.dk",
    contacts: ["lotte-romer-grove"],
    sources: [
      report(DIALOG_MODEL, "NY DIALOGMODEL - IMPLEMENTERING AF MODEL FOR DIALO"),
      report(DIALOG_MODEL, "OG MED LOKALOMRÅDER OG AKTIVE BORGERE"),
      report(`${DIALOG_MODEL} – Beskrivelse af aktiviteten`, "I januar 2015 godkendte byrådet en ny dialogmodel, som bl.a. skulle fungere som afløser for de faste dialogmøder i lokalområderne, og dermed sikre en god, tæt og relevant dialog mellem aktive borgerne i lokalområderne og politikere og administration."),
      report(`${DIALOG_MODEL} – Beskrivelse af aktiviteten`, "Fælles-skaberne har haft en særlig opgave med at udbrede kendskabet til og brugen af dialogmodellen"),
      report(`${DIALOG_MODEL} – Formål`, "At det bliver nemt for borgere, foreninger, virksomheder mv. at komme i dialog med kommunen om en idé eller et projekt – og at finde den eller de rette parter at have dialogen med, og blive hjulpet godt videre."),
      report(`${DIALOG_MODEL} – Formål`, "Og omvendt, at det bliver nemt for kommunale medarbejdere og politikere, at komme i dialog med de relevante borgere, om sager eller planer som har betydning for lokalområder eller fællesskabet."),
      report(`${DIALOG_MODEL} – Udfordringer`, "Det har meget været de samme borgere og lokalfora som bruger modellen og fællesskaberne, mens der ikke har været så meget tid til at komme ud til fx frivillige foreninger og andre parter med modellen og mulighederne"),
      report(`${DIALOG_MODEL} – Udfordringer`, "At få modellen implementeret internt i kommunen, så den og Fælles-skaberne også bliver brugt, når kommunen vil noget med borgerne."),
      report(`${DIALOG_MODEL} – Udfordringer`, "Færre møder med lokalområder og politikere end tidligere – lokalfora er tilbageholdende med selv at invitere politikere ud."),
      report(`${DIALOG_MODEL} – Succeser`, "De foreninger, borgere, lokalområder mv. som bruger dialogmodellen og tager kontakt til deres Fælles-skaber bliver hjulpet godt og hurtigt videre."),
      report(`${DIALOG_MODEL} – Succeser`, "Kontakten til lokalområderne er stigende, bl.a. ved stor efterspørgsel efter Fælles-skabere hos klubber og foreninger."),
      report(`${DIALOG_MODEL} – Succeser`, "Der har været god og relevant dialog på de afholdte møder mellem politikere, administration og lokalområder."),
      report(`${DIALOG_MODEL} – Det har vi lært`, "Det tager tid at ændre vaner, og udbrede kendskabet til en ny dialogform og en ny måde at afholde møder på."),
      report(`${DIALOG_MODEL} – Det har vi lært`, "Det gælder både for lokalområder, foreninger og kommunens afdelinger og medarbejdere"),
      report(`${DIALOG_MODEL} – Det har vi lært`, "Det er vigtigt at have et hold af bredt funderede medarbejdere , som kan arbejde målrettet med at sikre god dialog og godt samarbejde med borgere, foreninger og andre parter."),
      report(`${DIALOG_MODEL} – Demokratieksperimentariet anbefaler`, "At der fortsat arbejdes med at understøtte og implementere dialogmodellen som rammen for dialog og samarbejde mellem borgere der vil noget med kommunen, og omvendt."),
      report(`${DIALOG_MODEL} – Demokratieksperimentariet anbefaler`, "At vi udvikler løsninger som fx Book-en-Politiker, så flere lokalområder, foreninger og borgere inviterer politikere ud lokalt, når de har noget på hjerte"),
      report(`${DIALOG_MODEL} – Kontakt og mere viden`, "Lotte Rømer Grove, Strategi og Udvikling, logro@holb.dk"),
    ],
  },
  {
    key: "faelles-skaberne",
    title: "Fælles-skaberne",
    description: "Kommunens konsulenter for frivillighed og lokaldemokrati; Fælles-skaberne er centrum for den nye dialogmodel og for dens implementering.",
    purposes: [],
    challenges: [],
    successes: [],
    lessons: [
      "Arbejdet med at udbrede kendskabet til Fælles-skaberne er godt i gang: borgerpanelundersøgelsen om demokrati viser, at 54 % af de adspurgte kender Fælles-skaberne.",
      "Effektiv information og kommunikation mellem kommunens afdelinger og Fælles-skaberne er afgørende for Fælles-skabernes arbejde med at få dialogmodellen ud at leve.",
      "Der er stor efterspørgsel på Fælles-skaberne, og det er et løbende fokusområde at udvikle rollen som Fælles-skaber.",
    ],
    recommendations: [],
    contact: null,
    contacts: [],
    sources: [
      report(FAELLES_SKABERNE, "FÆLLES-SKABERNE - HVAD HAR VI LÆRT?"),
      cite("referat-2015-03-24", ITEM_120, "Fælles-skaberne (kommunens konsulenter for frivillighed og lokaldemokrati)"),
      report(FAELLES_SKABERNE, "Fælles-skaberne er centrum for den nye dialogmodel og for dens implementering"),
      report(FAELLES_SKABERNE, "Arbejdet med at få udbredt kendskabet til Fælles-skaberne er godt i gang. Borgerpanelundersøgelsen om demokrati fortæller, at 54 % af de adspurgte kender til Fælles-skaberne"),
      report(FAELLES_SKABERNE, "Effektiv information og kommunikation mellem kommunes afdelinger og Fælles-skaberne er afgørende for Fælles-skabernes arbejde med at få dialogmodellen ud og leve"),
      report(FAELLES_SKABERNE, "Der er stor efterspørgsel på Fælles-skaberne og det er et løbende fokusområde at udvikle rollen som Fælles-skaber"),
    ],
  },
  {
    key: "go-dialog-holbaek-teater",
    title: "Go' Dialog med Holbæk Teater",
    description:
      "Åbne, politiske cafédebatter på Holbæk Teater med skiftende temaer og skiftende politikere fra byrådet i panelet. De to teaterchefer var værter og ledte gennem korte oplæg og skarpe spørgsmål borgere og politikere gennem aftenens tema.",
    purposes: ["At gøre det let for borgerne at komme i dialog med politikerne – og give politikerne en mulighed for at tale med borgerne om vigtige emner på uformel vis."],
    challenges: [],
    successes: [
      "Alle seks planlagte debataftener på Holbæk Teater blev afholdt med stor deltagelse af borgere og politikere fra samtlige af byrådets partier.",
      "De to teaterchefer var gode til at lede debatten og skabe en god stemning ved arrangementerne.",
      "Efter de første seks debataftener i Holbæk By har Holbæk Teater videreudviklet konceptet til også at omfatte Go' Dialog-arrangementer i nogle af kommunens lokalområder.",
    ],
    lessons: [],
    recommendations: ["Byrådet deltager også fremover i og bakker op om Go' Dialog og lignende uformelle debatarrangementer med borgerne om aktuelle emner."],
    contact: "Strategi og Udvikling, demokrati@holb.dk; Holbæk Teater – teaterdirektørerne Brian Kristensen og Kristoffer Møller Hansen, info@het.dk, telefon 59 43 17 77",
    contacts: ["strategi-og-udvikling", "brian-kristensen", "kristoffer-moller-hansen"],
    sources: [
      report(GO_DIALOG, "GO ´ DIALOG MED HOLBÆK TEATER"),
      report(`${GO_DIALOG} – Beskrivelse af aktiviteten`, "Åbne, politiske cafédebatter afholdt på Holbæk Teater. Debatterne blev afholdt med skiftende temaer og skiftende politikere fra byrådet i panelet."),
      report(`${GO_DIALOG} – Beskrivelse af aktiviteten`, "De to teaterchefer var de veloplagte værter, der gennem korte oplæg og skarpe spørgsmål ledte borgere og politikere gennem aftenens tema."),
      report(`${GO_DIALOG} – Formål`, "At gøre det let for borgerne at komme i dialog med politikerne – og give politikerne en mulighed for at tale med borgerne om vigtige emner på uformel vis."),
      report(`${GO_DIALOG} – Succeser`, "Alle seks planlagte debataftener på Holbæk Teater blev afholdt med stor deltagelse af borgere og politikere fra samtlige af byrådets partier. De to teaterchefer var gode til at lede debatten og skabe en god stemning ved arrangementerne."),
      report(`${GO_DIALOG} – Succeser`, "Efter de første seks debataftener afholdt i Holbæk By har Holbæk Teater videreudviklet konceptet til også at omfatte Go ´ Dialog-arrangementer i nogle af kommunens lokalområder."),
      report(`${GO_DIALOG} – Succeser`, "Demokratiexperimentariet anbefaler, at Byrådet også fremover deltager i og bakker op om Go ´ Dialog og lignende uformelle debatarrangementer med borgerne om aktuelle emner."),
      report(`${GO_DIALOG} – Kontakt og mere viden`, "Strategi og Udvikling,"),
      report(`${GO_DIALOG} – Kontakt og mere viden`, "demokrati@holb.dk"),
      report(`${GO_DIALOG} – Kontakt og mere viden`, "Holbæk Teater - Teaterdirektørerne Brian Kristensen og Kristoffer Møller Hansen:"),
      report(`${GO_DIALOG} – Kontakt og mere viden`, "info@het.dk"),
      report(`${GO_DIALOG} – Kontakt og mere viden`, "eller telefon: 59 43 17 77."),
    ],
  },
];
