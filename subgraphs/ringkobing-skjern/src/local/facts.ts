import { stableId } from "@frikommune/municipality-kit";
import { data, quotes as q } from "../data.js";

/** Ids of Ringkøbing-Skjern's rows in the kit's tables, checked against the data so a typo cannot dangle. */
function idOf(type: "policy", key: string): string {
  if (!data.policies.some((r) => r.key === key)) throw new Error(`ringkobing-skjern has no ${type} "${key}"`);
  return stableId("ringkobing-skjern", type, key);
}

/** The city council's common political vision of 2014. */
export const vision = [
  {
    key: "politisk-vision-2014",
    policyId: idOf("policy", "politisk-vision-2014"),
    adoptedOn: "2014",
    crossCuttingPolicies: ["Det gode liv", "Vækst"],
    sectorPolicyCount: 9,
    politicalWishes: [
      "At skabe et øget ejerskab og forståelse for lokale kommunalpolitiske problemstillinger i civilsamfundet",
      "At anvende borgernes egne ressourcer til at udvikle nye og innovative løsninger af kerneopgaverne",
    ],
    redThread: "Samskabelse med borgerne og det aktive medborgerskab går som en fælles rød tråd igen i visionen og alle politikkerne.",
    sources: [q.vision, q.redThread, q.wishes],
  },
];

/** The three tracks the vision was carried out in, in the application's order. */
export const tracks = [
  {
    key: "fia",
    visionKey: "politisk-vision-2014",
    title: "Frivilligheds- og Ildsjæleakademi (FIA)",
    startedOn: null,
    description: "Styrke og udvikle frivilligheden i Ringkøbing-Skjern og i hele Danmark gennem et nyt samspil, hvor borgerne er partnere og ressourcer, ikke kun brugere.",
    partner: null,
    durationYears: null,
    policyId: idOf("policy", "frivilligheds-og-ildsjaeleakademi"),
    sources: [q.tracks, q.fiaPurpose, q.fiaHow],
  },
  {
    key: "principper-for-borgerdialog",
    visionKey: "politisk-vision-2014",
    title: "Syv principper for borgerdialog",
    startedOn: "2015",
    description: "Byrådets forløb om borgerinddragelse i efteråret 2015, der resulterede i vedtagelsen af syv principper for borgerdialog på byråds- og udvalgsniveau. Principperne er ikke gengivet i kilderne.",
    partner: null,
    durationYears: null,
    policyId: idOf("policy", "principper-for-borgerdialog"),
    sources: [q.principles],
  },
  {
    key: "via",
    visionKey: "politisk-vision-2014",
    title: "Kultur- og uddannelsesprojekt med VIA University College",
    startedOn: "2016",
    description: "Et 3-årigt projekt, der uddanner alle kommunens ledere og nøglemedarbejdere til samskabelse med borgere og virksomheder.",
    partner: "VIA University College" as string | null,
    durationYears: 3 as number | null,
    policyId: idOf("policy", "lederuddannelse-via"),
    sources: [q.via, q.viaPurpose],
  },
];

/** What co-creation asks of the organisation, in the application's words. */
export const cultureChange = [
  {
    key: "kultur-og-organisationsforandring",
    need: "Reel faciliterende samskabelse med borgere, foreninger og virksomheder kræver først og fremmest en organisatorisk kulturforandring.",
    learning: "Politikere, ledere og frontmedarbejdere skal lære at agere i netværk, hvor kommunen ikke nødvendigvis har en ledende rolle, og kerneopgaven skal skabes og udvikles sammen med borgeren – ikke for borgeren.",
    openingUp: "Den kommunale organisations grænser skal åbnes i forhold til civilsamfundet.",
    examples: [
      "Frivillige inviteres ind i maskinrummet",
      "Virksomhedsrepræsentanter får ansvar for dele af det kommunale budget",
      "Foreninger medinddrages både i politikformuleringen og -implementeringen",
    ],
    principlesKept: ["Legalitet", "Saglighed", "Habilitet"],
    rules: "Det forvaltningsmæssige regelsæt bør også kunne rumme den nye virkelighed for det kommunale virke.",
    ongoingProject: "Organisationen er midt i et kulturforandringsprojekt, hvor den gennem en række konkrete projekter afsøger muligheder og begrænsninger for sammen med borgerne at skabe innovativ løsning af kerneopgaverne.",
    sources: [q.cultureFirst, q.inNetworks, q.openBoundaries, q.engineRoom, q.principlesKept, q.cultureProject],
  },
];

/** Why Ringkøbing-Skjern joins the network. */
export const motivation = [
  {
    key: "motivation",
    stage: "Arbejdet med samskabelse og det aktive medborgerskab er kun lige begyndt.",
    knownBarriers: "Kommunen har ikke et fuldt overblik over, hvilke regelmæssige barrierer den kommer til at støde på i arbejdet.",
    reason: "At udvide den fælles bane, som kommune og lokalsamfund har at spille på.",
    sources: [q.justBegun, q.noOverview],
  },
];
