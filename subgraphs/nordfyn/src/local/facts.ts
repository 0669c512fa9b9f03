import { Certainty, stableId } from "@frikommune/municipality-kit";
import { data, quotes as q } from "../data.js";

/** Ids of Nordfyn's rows in the kit's tables, checked against the data so a typo cannot dangle. */
function idOf(type: "council" | "policy", key: string): string {
  const rows: { key: string }[] = type === "council" ? data.councils : data.policies;
  if (!rows.some((r) => r.key === key)) throw new Error(`nordfyn has no ${type} "${key}"`);
  return stableId("nordfyn", type, key);
}
const policy = (key: string) => data.policies.find((p) => p.key === key)!;
const council = (key: string) => data.councils.find((c) => c.key === key)!;

export const volunteering = [
  {
    key: "frivillighed",
    tradition: "En lang tradition for frivilligt arbejde: hver dag bidrager frivillige fra foreninger, fonde, organisationer m.fl. til at løfte konkrete opgaver.",
    contributors: ["Foreninger", "Fonde", "Organisationer"],
    significance: "Engagementet er en hjørnesten i kommunens velfærd, og noget kommunen gerne vil understøtte.",
    whyActiveCitizenship: "Kommunen er bevidst om værdien i det aktive medborgerskab, fordi aktive medborgere og samskabelse skaber bedre løsninger for kommunens borgere.",
    sources: [q.tradition, q.aware, q.betterSolutions],
  },
];

// The vision's title and effect goals stand in the data (the policy "vision"); this row adds how it came about.
export const vision = [
  {
    key: "vision",
    policyId: idOf("policy", "vision"),
    title: policy("vision").title,
    process: "Udviklet i en stort anlagt visionsproces, hvor borgerne bidrog til visionen og de underliggende visionseffektmål.",
    effectGoals: policy("vision").goals,
    dependsOn: "Kommunen kan ikke nå målene alene; den er afhængig af samspillet med borgere, foreninger og erhvervsliv, hvor samskabelse og det aktive medborgerskab spiller en afgørende rolle.",
    sources: policy("vision").sources,
  },
];

export const localCouncils = [
  {
    key: "lokalraad",
    councilId: idOf("council", "lokalraad"),
    count: council("lokalraad").count,
    role: "Allerede meget aktive. Som frikommune forventer kommunen at kunne styrke det frivillige arbejde i de 13 lokalråd og deres rolle som samskabende drivkraft på tværs af kommunen; med den nye politik skal de blive en helt central del af fundamentet for det aktive medborgerskab.",
    certainty: Certainty.EXPECTED,
    sources: council("lokalraad").sources,
  },
];

export const innovationAcademy = [
  {
    key: "innovationsakademi",
    name: "Innovationsakademi",
    partner: "COK",
    purpose: "En målrettet kompetenceudviklingsindsats til at fremme innovation og organisatorisk udvikling, så organisationen kan bidrage til at udvikle samarbejdet med borgerne.",
    givesCredit: true,
    participants: ["Politikere", "Medarbejdere", "Ledere"],
    startedOn: null,
    outcome: "Deltagerne har fået konkrete værktøjer og metoder til at arbejde med innovation, og innovationskompetencen er øget bredt i organisationen.",
    measuredBy: "Årlige temperaturmålinger",
    findings: [
      "Det er lykkedes at skabe en innovativ kultur.",
      "Ledere og medarbejdere har opnået en større forståelse for, hvad innovation er, og har lyst til at bidrage til det innovative arbejde.",
      "Det tværfaglige og samskabende element i innovationsprocesserne tillægges stor værdi, vurderes positivt og prioriteres af hele organisationen.",
    ],
    currentFocus: "I den aktuelle udgave øges fokus på de borgerinddragende processer, hvor det aktive medborgerskab sættes yderligere i spil.",
    sources: [q.internal, q.cok, q.academy, q.measured, q.understanding, q.valued, q.currentEdition],
  },
];

export const activeCitizenshipPolicy = [
  {
    key: "politik-for-det-aktive-medborgerskab",
    policyId: idOf("policy", "politik-for-det-aktive-medborgerskab"),
    certainty: Certainty.EXPECTED,
    platform: "En platform for det aktive medborgerskab, hvor det giver mening og skaber værdi for de medvirkende parter inden for alle områder af det kommunale opgavefelt.",
    ambition: "At tage skridtet fuldt ud: et solidt fundament for samarbejde mellem borgerne og kommunen og borgerne imellem, med så mange kræfter som muligt i spil, og det skal være nemt.",
    freeMunicipalityRole: "En status som frikommune vil være et værdifuldt værktøj til at understøtte den nye politik og de indsatser, der skal følge.",
    sharedResponsibility: "Kommunen har det politiske og administrative ansvar, men det aktive medborgerskab fordrer, at ansvaret og i sidste ende gevinsten deles.",
    sources: [q.policyWish, q.platform, q.fullStep, q.manyForces, q.tool, q.sharedResponsibility],
  },
];
