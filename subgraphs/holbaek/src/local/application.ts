import { Certainty, cite } from "@frikommune/municipality-kit";
import { StatementKind } from "./enums.js";

const application = (section: string | null, quote: string) => cite("ansoegning-2016", section ? `Holbæk – ${section}` : "Holbæk", quote);

const CHALLENGES = "Udfordringer";
const STRATEGY = "Plan- og Udviklingsstrategi";
const MOTIVATION = "Motivation for indgå i netværket";

/**
 * What Holbæk's section of the 2016 application says of its experience, lessons and intentions, in the
 * application's order. Its councils and policies are in data.ts; the challenge it brings to the
 * network's theme day is the network's.
 */
export const statements = [
  {
    key: "tradition-for-lokaldemokrati",
    section: "Holbæk",
    kind: StatementKind.EXPERIENCE,
    text: "Holbæk har en lang tradition for lokaldemokrati og for en bred og folkelig deltagelse i samfundslivet og samfundsdebatten.",
    certainty: null,
    sources: [application(null, "Vi har i Holbæk en lang tradition for lokaldemokrati og for en bred og folkelig deltagelse i samfundslivet og samfundsdebatten.")],
  },
  {
    key: "udfordringer-paa-en-ny-maade",
    section: CHALLENGES,
    kind: StatementKind.INTENTION,
    text: "Borgerne skal have mere kvalitet i velfærden. Innovation og udvikling for og med borgerne skal kendetegne kommunens virke, for de bedste løsninger bliver skabt i samarbejde; udfordringerne skal gribes an på en ny måde.",
    certainty: Certainty.EXPECTED,
    sources: [
      application(CHALLENGES, "Borgerne skal have mere kvalitet i velfærden."),
      application(CHALLENGES, "Innovation og udvikling for og med borgerne skal kendetegne vores virke. De bedste løsninger bliver skabt i samarbejde."),
      application(CHALLENGES, "Vores udfordringer skal gribes an på en ny måde."),
    ],
  },
  {
    key: "omstillingsgrupper-evalueret",
    section: STRATEGY,
    kind: StatementKind.EXPERIENCE,
    text: "Erfaringerne fra de 12 omstillingsgrupper er vekslende, med både gode og mindre gode erfaringer, og de er samlet op i evalueringsrapporter.",
    certainty: null,
    sources: [
      application(STRATEGY, "Indtil nu har der således i alt været nedsat 12 omstillingsgrupper med en bred vifte af emner."),
      application(STRATEGY, "Erfaringerne fra arbejdet er selvfølgelig vekslende, og indeholder såvel gode, som mindre gode erfaringer."),
      application(STRATEGY, "Erfaringerne er samlet op i evalueringsrapporter."),
    ],
  },
  {
    key: "gode-erfaringer-konkrete-emner",
    section: STRATEGY,
    kind: StatementKind.LESSON,
    text: "De gode erfaringer ligger specielt dér, hvor der arbejdes med meget konkrete emner – fx skolestrukturen (nedlæggelse af små skoler) – og hvor virksomheder involveres direkte og konkret i arbejdet med de udsatte (aktivitetsparate) borgere.",
    certainty: null,
    sources: [
      application(STRATEGY, "De gode erfaringer ligger specielt i forhold til, når der arbejdes med meget konkrete emner – eksempelvis omkring skolestruktur (nedlæggelse af små skoler) og når virksomheder involveres direkte og konkret i arbejdet med de udsatte (aktivitetsparate) borgere."),
    ],
  },
  {
    key: "mere-i-dybden",
    section: STRATEGY,
    kind: StatementKind.INTENTION,
    text: "Udgangspunktet for det videre arbejde er derfor at arbejde mere i dybden med konkrete problemstillinger.",
    certainty: Certainty.EXPECTED,
    sources: [application(STRATEGY, "Det er derfor udgangspunktet i det videre arbejde – vi skal arbejde mere i dybden med konkrete problemstillinger.")],
  },
  {
    key: "fortsat-samarbejde",
    section: STRATEGY,
    kind: StatementKind.INTENTION,
    text: "Selvom metoderne i omstillingsgruppearbejdet fortsat skal udvikles, ønsker byrådet at fortsætte med at forfine og effektuere det gode og udviklende samarbejde med borgerne.",
    certainty: Certainty.EXPECTED,
    sources: [application(STRATEGY, "Selvom metoderne i omstillingsgruppearbejdet fortsat skal udvikles, ønsker Holbæk byråd at fortsætte med at forfine og effektuere det gode og udviklende samarbejde med borgerne.")],
  },
  {
    key: "borgerinvolvering-og-folkemoedet",
    section: MOTIVATION,
    kind: StatementKind.INTENTION,
    text: "Holbæk vil fortsat øge borgerinvolveringen gennem nye omstillinger, projektudvalg og Fælles-skaberne og fortsat dele erfaringerne fra arbejdet, bl.a. ved at deltage på Folkemødet.",
    certainty: Certainty.EXPECTED,
    sources: [application(MOTIVATION, "Holbæk vil fortsat arbejde med at øge borgerinvolveringen dels gennem nye omstillinger; men også gennem projektudvalg og fællesskaberne, herunder fortsat at deltage med at dele erfaringerne med dette arbejde blandt andet ved deltagelse på Folkemødet.")],
  },
  {
    key: "udvikle-i-netvaerket",
    section: MOTIVATION,
    kind: StatementKind.INTENTION,
    text: "Gennem frikommuneforsøget kan arbejdet udvikles og forfines yderligere i kommunenetværket.",
    certainty: Certainty.POSSIBLE,
    sources: [application(MOTIVATION, "Gennem deltagelse i frikommuneforsøget kan vi i kommunenetværket udvikle og forfine dette arbejde yderligere.")],
  },
  {
    key: "faa-haemmende-regelsaet",
    section: MOTIVATION,
    kind: StatementKind.EXPERIENCE,
    text: "Holbæk er hidtil kun stødt på ganske få regelsæt, som har været hæmmende eller har stillet sig i vejen for borgerinvolveringen, men kan øjne visse problemstillinger, når arbejdet går mere ned i materien i de enkelte fagspecialer.",
    certainty: null,
    sources: [application(MOTIVATION, "Hidtil har vi kun stødt på ganske få regelsæt, som har været hæmmende eller stillet sig i vejen for denne borgerinvolvering; men vi kan øjne visse problemstillinger, når vi skal gå mere ned i materien i det enkelte fagspecialer.")],
  },
  {
    key: "ideer-i-daglig-drift",
    section: MOTIVATION,
    kind: StatementKind.INTENTION,
    text: "De gode idéer og forslag fra omstillingsgrupperne skal nu omsættes i det daglige arbejde med borgerne.",
    certainty: Certainty.EXPECTED,
    sources: [application(MOTIVATION, "Og det er netop det, vi skal nu. De gode ideer og forslag, som blev genereret i omstillingsgrupperne, skal nu omsættes i det daglige arbejde med borgerne.")],
  },
  {
    key: "vaerktoejet",
    section: MOTIVATION,
    kind: StatementKind.INTENTION,
    text: "Holbæk har endnu ikke det fuldstændige overblik over, hvilke regelsæt den vil udfordre, men søger frikommunestatus for at have værktøjet, hvis den i det fortsatte arbejde støder på uhensigtsmæssige regelsæt.",
    certainty: Certainty.EXPECTED,
    sources: [application(MOTIVATION, "Selvom vi i dag endnu ikke har det fuldstændige klare overblik over, hvilke regelsæt, som vi fremover ønsker at udfordre, ønsker vi at søge om frikommunestatus for at have værktøjet, hvis vi i vores fortsatte arbejde støder på u hensigtsmæssige regelsæt.")],
  },
  {
    key: "udfordre-regler",
    section: MOTIVATION,
    kind: StatementKind.INTENTION,
    text: "Som frikommune forventer Holbæk at få sat en proces i gang, hvor regler og barrierer kan udfordres dér, hvor de står i vejen for borgerne.",
    certainty: Certainty.EXPECTED,
    sources: [application(MOTIVATION, "Vi forventer som friforsøgskommune at få igangsat en proces, hvor vi kan udfordre regler og barrierer der, hvor de står i vejen for borgerne.")],
  },
];
