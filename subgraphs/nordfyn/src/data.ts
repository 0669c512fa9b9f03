import { AnchoringLevel, Certainty, cite, commonExemptionTrials, CouncilKind, PolicyKind, StatementKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

const INTRO = "Nordfyn";
const POLICY = "Nordfyn – Politik for det aktive medborgerskab";
const AS_FREE_MUNICIPALITY = "Som frikommune";
const FREE = `Nordfyn – ${AS_FREE_MUNICIPALITY}`;
const ANCHORING = "Nordfyn – Forankringen";
const at = (where: string, quote: string) => cite("ansoegning-2016", where, quote);

export const quotes = {
  aware: at(INTRO, "I Nordfyns Kommune er vi bevidste om værdien i det aktive medborgerskab."),
  betterSolutions: at(INTRO, "men fordi aktive medborgere og samskabelse skaber bedre løsninger for kommunens borgere."),
  tradition: at(INTRO, "I Nordfyns Kommune er der en lang tradition for frivilligt arbejde. Hver dag bidrager frivillige fra foreninger, fonde, organisationer m.fl. til at løfte konkrete opgaver. Det engagement er en hjørnesten i kommunens velfærd, og noget vi gerne vil understøtte."),
  visionProcess: at(INTRO, "Derfor har vi i gennem flere år arbejdet målrettet med at styrke samarbejdet mellem borgerne og kommunen, senest i en stort anlagt visionsproces, hvor borgerne har bidraget til at udvikle visionen og de underlæggende visionseffektmål:"),
  notAlone: at(INTRO, "Kommunen er bevidst om, at vi ikke kan nå målene alene. Vi er afhængige af samspillet med kommunens borgere, foreninger og erhvervsliv, og her spiller samskabelse og det aktive medborgerskab en afgørende rolle."),
  internal: at(INTRO, "På de interne linjer har vi derfor øget fokus på at skabe en organisation, der kan bidrage til at udvikle samarbejdet med borgerne."),
  cok: at(INTRO, "I et samarbejde med COK har vi iværksat en målrettet kompetenceudviklingsindsats til at fremme innovation og organisatorisk udvikling."),
  academy: at(INTRO, "Både politikere, medarbejdere og ledere har via et meritgivende innovationsakademi, fået konkrete værktøjer og metoder til at arbejde med innovation og innovationskompetencen er nu øget bredt i organisationen."),
  measured: at(INTRO, "Årlige temperaturmålinger har vist, at det er lykkedes med at skabe en innovativ kultur."),
  understanding: at(INTRO, "Det ses blandt andet ved at ledere og medarbejdere har opnået en større forståelse for hvad innovation er og har lyst til at bidrage til det innovative arbejde."),
  valued: at(INTRO, "Det tværfaglige og samskabende element i innovationsprocesserne tillægges stor værdi, vurderes positivt og prioriteres af hele organisationen."),
  currentEdition: at(INTRO, "I den aktuelle udgave af vores innovationsakademi, øges fokus på de borgerinddragende processer, hvor det aktive medborgerskab sættes yderligere i spil."),
  policyWish: at(POLICY, "Derfor ønsker Nordfyns Kommune at udvikle en politik, der kan fremme det aktive medborgerskab og styrke frivilligheden i kommunen."),
  platform: at(POLICY, "Vi ønsker at skabe en platform for det aktive medborgerskab, hvor det giver mening og skaber værdi for de medvirkende parter inden for alle områder af det kommunale opgavefelt."),
  fullStep: at(POLICY, "For Nordfyns Kommune er det oplagt at tage skridtet fuldt ud, når vi laver en politik for det aktive medborgerskab. Vi skal skabe et solidt fundament for et samarbejde mellem borgerne og kommunen, men også borgerne imellem."),
  manyForces: at(POLICY, "Vi skal have så mange kræfter som muligt i spil, og det skal være"),
  tool: at(POLICY, "Derfor vil en status som frikommune være et værdifuldt værktøj til, at understøtte den nye politik og de indsatser, der skal følge i kølvandet."),
  lokalraad: at(FREE, "Som frikommune forventer vi at kunne styrke det frivillige arbejde i vores 13 lokalråd, og at styrke deres rolle som en samskabende drivkraft, på tværs af kommunen."),
  lokalraadActive: at(FREE, "Lokalrådene er allerede meget aktive, men med vores nye politik får de den rette støbning til at blive en helt central del af fundamentet for det aktive medborgerskab i Nordfyns Kommune."),
  associations: at(FREE, "Vi forventer også, at vi som frikommune vil kunne udfordre rammerne for samarbejdet mellem kommunen og de mange frivillige foreninger, der dagligt forsøger at bidrage til livskvaliteten for borgerne."),
  bonds: at(FREE, "Vi vil sikre, at de frivillige får mulighed for at udfolde sig uden for mange snærende bånd, og at rekrutteringsgrundlaget øges."),
  equalPartner: at(FREE, "Målet er, at vi som myndighed bliver en ligeværdig samarbejdspartner og at vi sammen kan bruge en status som frikommune til at finde handlemuligheder og løsninger, der kan bruges i landets øvrige kommuner."),
  levels: at(ANCHORING, "Politiken for det aktive medborgerskab vil blive forankret i både det politiske, administrative og frivillige niveau, hvor sidstnævnte er en direkte sparringspartner til de to førstnævnte niveauer."),
  sameAsFreeMunicipality: at(ANCHORING, "Det samme vil gøre sig gældende med Nordfyns Kommune som frikommune."),
  sharedResponsibility: at(ANCHORING, "Kommunen har det politiske og administrative ansvar, men det aktive medborgerskab fordrer at vi deler ansvaret og i den sidste ende gevinsten."),
};
const q = quotes;

// The effect goals as the application lists them (one obvious misspelling, "uddannelsesniveaet", corrected); each is quoted as written.
const effectGoals: [goal: string, written: string][] = [
  ["Flere virksomheder etablerer og udvikler sig på Nordfyn", "Flere virksomheder etablerer og udvikler sig på Nordfyn"],
  ["Vi tiltrækker flere borgere på landet og i byerne", "Vi tiltrækker flere borgere på landet og i byerne"],
  ["Vi løfter uddannelsesniveauet", "Vi løfter uddannelsesniveaet"],
  ["Vi gør det nemmere for erhvervsliv, borgere og turister at udvikle og tage del i det nordfynske kultur- og fritidsliv", "Vi gør det nemmere for erhvervsliv, borgere og turister at udvikle og tage del i det nordfynske kultur- og fritidsliv"],
  ["Vi øger mobiliteten og den digitale tilgængelighed", "Vi øger mobiliteten og den digitale tilgængelighed"],
  ["Vi oplever en større grad af livskvalitet", "Vi oplever en større grad af livskvalitet"],
  ["Vi gør det legende let at træffe det sunde valg", "Vi gør det legende let at træffe det sunde valg"],
  ["Vi tager aktivt del i fællesskabet og udtrykker os positivt om Nordfyn", "Vi tager aktivt del i fællesskabet og udtrykker os positivt om Nordfyn"],
  ["Vi synliggør vores fælles succeser", "Vi synliggør vores fælles succeser"],
];

/** Nordfyn, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    {
      key: "lokalraad",
      name: "Lokalråd",
      kind: CouncilKind.LOKALRAAD,
      description: "Allerede meget aktive lokalråd. Som frikommune forventer kommunen at kunne styrke deres frivillige arbejde og deres rolle som samskabende drivkraft på tværs af kommunen.",
      count: 13,
      validFrom: null,
      validTo: null,
      sources: [q.lokalraad, q.lokalraadActive],
    },
  ],
  policies: [
    {
      key: "vision",
      title: "Vision for Nordfyns Kommune",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Udviklet i en stort anlagt visionsproces, hvor borgerne bidrog til visionen og de underliggende visionseffektmål. Kommunen kan ikke nå målene alene, men er afhængig af samspillet med borgere, foreninger og erhvervsliv.",
      goals: effectGoals.map(([goal]) => goal),
      sources: [q.visionProcess, ...effectGoals.map(([, written]) => at(INTRO, written)), q.notAlone],
    },
    {
      key: "politik-for-det-aktive-medborgerskab",
      title: "Politik for det aktive medborgerskab",
      kind: PolicyKind.POLITIK,
      adoptedOn: null,
      adoptedBy: null,
      // An intention in the application: the municipality wants to develop the policy.
      summary: "Kommunen ønsker at udvikle en politik, der kan fremme det aktive medborgerskab og styrke frivilligheden: en platform for det aktive medborgerskab inden for alle områder af det kommunale opgavefelt, forankret politisk, administrativt og frivilligt.",
      goals: ["Fremme det aktive medborgerskab", "Styrke frivilligheden i kommunen", "Et solidt fundament for samarbejde mellem borgere og kommune og borgerne imellem"],
      sources: [q.policyWish, q.platform, q.fullStep, q.levels],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "lokalraadene-som-samskabende-drivkraft",
      title: "De 13 lokalråd som samskabende drivkraft",
      purpose: "Som frikommune forventer kommunen at kunne styrke det frivillige arbejde i de 13 lokalråd og deres rolle som samskabende drivkraft på tværs af kommunen.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "lokalraad",
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.lokalraad],
    },
    {
      key: "rammer-for-frivillige-foreninger",
      title: "Friere rammer for samarbejdet med frivillige foreninger",
      purpose: "At udfordre rammerne for samarbejdet mellem kommunen og de frivillige foreninger, så de frivillige kan udfolde sig uden for mange snærende bånd og rekrutteringsgrundlaget øges.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: null,
      validFrom: null,
      validTo: null,
      milestones: [],
      sources: [q.associations, q.bonds],
    },
  ],
  // The levels the policy for active citizenship, and Nordfyn as a free municipality, will be anchored at.
  anchoring: [
    {
      key: "politisk",
      level: AnchoringLevel.POLITICAL,
      name: null,
      unit: null,
      description: "Kommunen har det politiske ansvar.",
      certainty: Certainty.EXPECTED,
      councilKey: null,
      sources: [q.levels, q.sameAsFreeMunicipality, q.sharedResponsibility],
    },
    {
      key: "administrativ",
      level: AnchoringLevel.ADMINISTRATIVE,
      name: null,
      unit: null,
      description: "Kommunen har det administrative ansvar.",
      certainty: Certainty.EXPECTED,
      councilKey: null,
      sources: [q.levels, q.sameAsFreeMunicipality, q.sharedResponsibility],
    },
    {
      key: "frivillig",
      level: AnchoringLevel.VOLUNTARY,
      name: null,
      unit: null,
      description: "En direkte sparringspartner til det politiske og det administrative niveau.",
      certainty: Certainty.EXPECTED,
      councilKey: null,
      sources: [q.levels, q.sameAsFreeMunicipality],
    },
  ],
  // What Nordfyn expects as a free municipality, and the trial ideas that carry it.
  statements: [
    {
      key: "lokalraad",
      kind: StatementKind.EXPECTATION,
      section: AS_FREE_MUNICIPALITY,
      title: "Styrke det frivillige arbejde i de 13 lokalråd",
      text: "At styrke det frivillige arbejde i de 13 lokalråd og deres rolle som samskabende drivkraft på tværs af kommunen.",
      certainty: Certainty.EXPECTED,
      trialKey: "lokalraadene-som-samskabende-drivkraft",
      sources: [q.lokalraad],
    },
    {
      key: "frivillige-foreninger",
      kind: StatementKind.EXPECTATION,
      section: AS_FREE_MUNICIPALITY,
      title: "Udfordre rammerne for samarbejdet med de frivillige foreninger",
      text: "At de frivillige får mulighed for at udfolde sig uden for mange snærende bånd, og at rekrutteringsgrundlaget øges.",
      certainty: Certainty.EXPECTED,
      trialKey: "rammer-for-frivillige-foreninger",
      sources: [q.associations, q.bonds],
    },
    {
      key: "ligevaerdig-samarbejdspartner",
      kind: StatementKind.EXPECTATION,
      section: AS_FREE_MUNICIPALITY,
      title: "Myndigheden som ligeværdig samarbejdspartner",
      text: "Målet er, at kommunen som myndighed bliver en ligeværdig samarbejdspartner, og at status som frikommune bruges til at finde handlemuligheder og løsninger, der kan bruges i landets øvrige kommuner.",
      certainty: Certainty.EXPECTED,
      trialKey: null,
      sources: [q.equalPartner],
    },
  ],
};
