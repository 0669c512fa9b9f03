import { cite } from "@frikommune/municipality-kit";
import { ReportPointKind } from "./enums.js";

const report = (at: string, quote: string) => cite("rapport-understoet-borgernes-initiativ", at, quote);

const TITLE = "Understøt borgernes initiativ";
const RECOMMENDS = "Demokratiexperimentariet anbefaler at";
const WHY = "Derfor er vi er gået i gang";
const LEARNED = "Det har vi lært";
const NEXT = "Næste skridt";
const TIPS = "5 tips til borgerinddragelse – Sådan får du borgerne i tale";
const tipsIntro = report(TIPS, "Demokratieksperimentariatet har sammen med borgere i Holbæk Kommune fundet frem til fem gode råd om, hvordan vi får borgerne i tale – og skaber de bedste rammer for dialog.");

/** The Demokratiekperimentarium's report "Understøt borgernes initiativ", apart from its activities. */
export const reports = [
  {
    key: "understoet-borgernes-initiativ",
    title: "Understøt borgernes initiativ",
    summary:
      "Holbæk Kommune vil være borgernes samarbejdspartner, fordi samarbejde styrker både medborgerskab og fællesskab og skaber bedre løsninger og dermed en bedre kommune. Kommunen skal være god til at invitere til dialog og gøre det let for engagerede borgere at indlede et samarbejde med den.",
    reasons:
      "Der er masser af ressourcer, idéer og initiativer blandt kommunens ca. 70.000 borgere, som kan bidrage til at skabe en endnu bedre kommune. Det skal være både nemt og attraktivt at tage initiativ til at skabe noget sammen med andre borgere eller med kommunen, og kommunen skal både være god til at samarbejde med borgere, der henvender sig med en idé eller et initiativ, og til at motivere borgere, der går med en idé i maven.",
    basis:
      "Anbefalingerne bygger bl.a. på Demokratiekperimentariets erfaringer med den nye dialogmodel, Fælles-skabernes arbejde og erfaringer samt input fra borgerpanelundersøgelsen om demokrati.",
    web: "www.holbaek.dk/deltag",
    sources: [
      report(TITLE, "UNDERSTØT BORGERNES INITIATIV"),
      report(TITLE, "Holbæk Kommune vil være borgernes samarbejdspartner, fordi samarbejde styrker både medborgerskab, fælleskab og skaber bedre løsninger og dermed en bedre kommune. Vi skal være gode til at invitere til dialog, og gøre det let for engagerede borgere at indlede et samarbejde med kommunen"),
      report(WHY, "I Holbæk Kommune er der masser af ressourcer, idéer og initiativer blandt de ca. 70.000 borgere, som kan bidrage til at skabe en endnu bedre kommune at være borger i."),
      report(WHY, "Det er vigtigt, at det både er nemt og attraktivt, at være borger som vil tage initiativ til at skabe noget sammen med andre borgere, eller med kommunen."),
      report(WHY, "Holbæk Kommune skal derfor både være god til at samarbejde med de borgere som henvender sig med en ide eller et initiativ, og være gode til at motivere borgere, der går med en idé i maven."),
      report(NEXT, "Anbefalingerne bygger bl.a. på de erfaringer Demokratiexperimentariet har gjort med den nye dialogmodel, Fælles-skabernes arbejde og erfaringer, samt input fra borgerpanelundersøgelsen om demokrati."),
      report("Borgerne vil noget med kommunen", "www.holbaek.dk/deltag"),
    ],
    points: [
      {
        kind: ReportPointKind.RECOMMENDATION,
        text: "Byrådet sætter fokus på, at vi systematisk kommunikerer, at vi sammen med borgerne vil finde de mest holdbare løsninger og udvikle kommunen sammen.",
        sources: [report(RECOMMENDS, "Byrådet sætter fokus på, at vi systematisk kommunikerer, at vi sammen med borgerne vil finde de mest holdbare løsninger og udvikle kommunen sammen")],
      },
      {
        kind: ReportPointKind.RECOMMENDATION,
        text: "Byrådet sætter fokus på fortsat at gøre det lettere for borgerne at gøre idé til handling.",
        sources: [report(RECOMMENDS, "Byrådet sætter fokus på, forsat at gøre det lettere for borgerne at gøre idé til handling")],
      },
      {
        kind: ReportPointKind.RECOMMENDATION,
        text: "Byrådet sætter fokus på, at vi fortsat styrker og udvikler den nye dialogmodel og Fælles-skaberne, så der er nem adgang til at samarbejde med kommunen.",
        sources: [report(RECOMMENDS, "Byrådet sætter fokus på, at vi forsat styrker og udvikler den nye dialogmodel og Fælles-skaberne, så der er nem adgang til at samarbejde med kommunen")],
      },
      {
        kind: ReportPointKind.LESSON,
        text: "Der er stor initiativkraft i Holbæk Kommune: Demokratiekperimentariets aktiviteter har vist, at mange borgere har idéer til at forbedre kommunen, og at mange gerne vil samarbejde med kommunen om at føre dem ud i livet.",
        sources: [report(LEARNED, "Der er stor initiativkraft i Holbæk kommune. Demokratiexperimentariets aktiviteter har vist, at mange borgere har ideer til at forbedre kommunen, og mange vil gerne samarbejde med kommunen om at føre dem ud i livet.")],
      },
      {
        kind: ReportPointKind.LESSON,
        text: "Mange projekter og nye idéer realiseres bedst, når borgerne selv tager initiativet og har ejerskabet. Derfor er der stort potentiale i, at kommunen griber bolden, når borgere har energi og tager initiativ til nye løsninger eller idéer – også selv om det ikke lige passer ind i den aktuelle politiske eller administrative dagsorden.",
        sources: [
          report(LEARNED, "Mange projekter og nye idéer bliver bedst realiseret, når det er borgerne selv, som tager initiativet og har ejerskabet. Derfor er der stort potentiale for at skabe gode og holdbare løsninger, hvis Holbæk Kommune griber bolden, når der er borgere som"),
          report(LEARNED, "har energi og tager initiativ omkring nye løsninger eller ideer. Også selv om det ikke lige passer ind i den aktuelle politiske eller administrative dagsorden."),
        ],
      },
      {
        kind: ReportPointKind.LESSON,
        text: "Borgernes engagement og idéer har stor variation og diversitet, så der er ikke én rigtig måde at understøtte initiativer på; der skal være flere indgange og måder at komme i dialog og blive hjulpet på. Gode vilkår for engagerede borgere handler også om tillid, fleksibilitet og ligeværdighed – og om, at regler, rutiner og vaner ikke skal stå i vejen for samarbejdet mellem borgere og kommune.",
        sources: [
          report(LEARNED, "Erfaringerne fra Demokratiexperimentariets aktiviteter har vist, at borgernes engagement og idéer har stor variation og diversitet. Derfor er der ikke én rigtig måde understøtte initiativer på."),
          report(LEARNED, "Det er vigtigt, at der er flere indgange og måder at komme i dialog og blive hjulpet på."),
          report(LEARNED, "Gode vilkår for engagerede borgere handler også om tillid, fleksibilitet, ligeværdighed - og om at regler, rutiner og vaner ikke skal stå i vejen for det gode samarbejde mellem borgere og kommune."),
        ],
      },
      {
        kind: ReportPointKind.LESSON,
        text: "Kommunen kan understøtte borgernes initiativer ved at vise og fortælle, at den gerne vil være borgernes samarbejdspartner: være imødekommende over for idéer, hjælpe borgerne med at konkretisere dem og evt. være fødselshjælper, hvis der er behov.",
        sources: [
          report(LEARNED, "En af måderne at understøtte borgernes initiativer er, at Holbæk Kommune viser og fortæller borgerne, at kommunen gerne vil være borgernes samarbejdspartner."),
          report(LEARNED, "Det kan bl.a. ske ved at være imødekommende over for idéer, hjælpe borgerne med at konkretisere dem og evt. være fødselshjælper hvis der er behov."),
        ],
      },
      {
        kind: ReportPointKind.NEXT_STEP,
        text: "At gøre det nemt for borgerne at finde de rigtige medarbejdere og samarbejdspartnere og at få hjælp til organisering, finansiering o.l. – bl.a. gennem en vedholdende og målrettet indsats for at implementere dialogmodellen i hele den kommunale organisation og udbrede kendskabet til den hos borgere, foreninger mv.",
        sources: [
          report(NEXT, "At gøre det nemt for borgerne at finde de rigtige medarbejdere, finde samarbejdspartnere, hjælpe med organisering, finansiering o.l. Det kan blandt andet ske ved at sikre en vedholdende og målrettet indsats for at implementere Dialogmodellen i hele den kommunale organisation og"),
          report(NEXT, "udbrede kendskabet til den hos borgere, foreninger mv."),
        ],
      },
      {
        kind: ReportPointKind.NEXT_STEP,
        text: "At sikre, at medarbejdere med borgerkontakt kan hjælpe borgere videre i systemet, når de har en idé eller et initiativ, de vil videre med. Det skal være tydeligt for medarbejdere og ledere, at Holbæk Kommune prioriterer at understøtte initiativer fra borgerne – og måske skal der ses på, om konkrete regler og normer skal tilpasses.",
        sources: [
          report(NEXT, "At sikre at medarbejdere med borgerkontakt, skal kunne hjælpe borgere videre i systemet, når de har idé eller et initiativ de vil videre med."),
          report(NEXT, "Derfor skal det være tydeligt for medarbejdere og ledere at Holbæk Kommune prioriterer at understøtte initiativer fra borgerne – og måske skal der ses på, om der er konkrete regler og normer, der skal tilpasses."),
        ],
      },
      {
        kind: ReportPointKind.NEXT_STEP,
        text: "At kommunen løbende tilpasser sine indsatser og er i dialog med borgerne om, hvordan deres initiativ understøttes bedst. Der må ikke kun være én vej og måde at gøre tingene på.",
        sources: [report(NEXT, "At vi løbende tilpasse vores indsatser og erson i dialog med borgerne om hvordan vi understøtter deres initiativ bedst. Der må ikke kun være en vej og måde at gøre tingene på.")],
      },
      { kind: ReportPointKind.TIP, text: "Inviter til tidlig dialog, inden der er taget beslutninger", sources: [tipsIntro, report(TIPS, "Inviter til tidlig dialog, inden der er taget beslutninger")] },
      { kind: ReportPointKind.TIP, text: "Involver borgerne i forberedelsen af aktiviteter", sources: [tipsIntro, report(TIPS, "Involver borgerne i forberedelsen af aktiviteter")] },
      { kind: ReportPointKind.TIP, text: "Opbyg fælles viden, så alle oplever sig klædt på til opgaven", sources: [tipsIntro, report(TIPS, "Opbyg fælles viden, så alle oplever sig klædt på til opgaven")] },
      { kind: ReportPointKind.TIP, text: "Borgerne involverer sig mest aktivt i emner, der vedrører deres hverdag", sources: [tipsIntro, report(TIPS, "Borgerne involverer sig mest aktivt i emner, der vedrører deres hverdag")] },
      { kind: ReportPointKind.TIP, text: "Grib bolden, når borgere tager et initiativ eller har en idé", sources: [tipsIntro, report(TIPS, "Grib bolden, når borgere tager et initiativ eller har en idé.")] },
    ],
  },
];
