import { Certainty, stableId } from "@frikommune/municipality-kit";
import { data, quotes as q } from "../data.js";

/** Ids of Assens' own councils and trials in the kit's tables, checked against the data so a typo cannot dangle. */
const idOf = (type: "council" | "trial", key: string) => {
  const rows: { key: string }[] = type === "council" ? data.councils : data.trials;
  if (!rows.some((r) => r.key === key)) throw new Error(`assens has no ${type} "${key}"`);
  return stableId("assens", type, key);
};

/** What Assens' part in the network builds on, as the application opens its section. */
export const prerequisites = [
  {
    key: "forudsaetninger",
    buildsOn: [
      "Byrådets Vision for det aktive medborgerskabs udvikling frem mod 2018, herunder en række konkrete tiltag og politikker",
      "En politisk og administrativ organisation, der understøtter arbejdet med aktivt medborgerskab og samskabelse",
    ],
    currentPractice: "Kommunen samarbejder allerede med og inddrager borgerne om konkrete udfordringer og opgaver, som vurderes at blive løst både mere innovativt og bedre gennem borgerinddragelse.",
    sources: [q.prerequisites, q.alreadyToday],
  },
];

export const medborgerraad = [
  {
    key: "medborgerraadet",
    councilId: idOf("council", "medborgerraadet"),
    coverage: "Hele Assens Kommune (ikke geografisk forankret, til forskel fra lokalrådene)",
    composition: ["Repræsentanter fra frivillige sociale foreninger", "Selvorganiserede grupper", "Enkeltpersoner"],
    role: "Byrådets sparringspartner vedrørende aktivt medborgerskab; en central samarbejdspartner i et frikommuneforsøg.",
    sources: [q.medborgerraadCoverage, q.medborgerraadComposition, q.medborgerraadRole],
  },
];

export const annualDialogue = [
  {
    key: "lokalraad-og-byraadspolitikere",
    councilId: idOf("council", "lokalraad"),
    participants: ["Lokalrådene", "Byrådspolitikere"],
    frequency: "Årligt",
    topics: ["Udvikling", "Øget samarbejde og samskabelse"],
    sources: [q.lokalraadYearly],
  },
];

/** The bodies the application names as arenas for new trials, and how firmly it says so. */
export const trialArenas = [
  {
    key: "lokalraad",
    name: "Lokalrådene",
    certainty: Certainty.CONSIDERED,
    description: "Lokalrådsmodellen vil fungere som en oplagt arena for nye forsøg, og lokalrådene tænkes at være oplagte arenaer for eventuelle forsøg.",
    examples: ["Lokalforankrede borgerbudgetter", "Øget kompetence til lokalrådene", "Øget medbestemmelse"],
    councilId: idOf("council", "lokalraad"),
    trialId: idOf("trial", "lokalraadene-som-forsoegsarena"),
    sources: [q.lokalraadModel, q.lokalraadTrials],
  },
  {
    key: "medborgerraadet",
    name: "Medborgerrådet",
    certainty: Certainty.POSSIBLE,
    description: "Kan også indtænkes som en relevant platform for nye forsøg med borgerinddragelse; vil være en central samarbejdspartner i et frikommuneforsøg.",
    examples: [],
    councilId: idOf("council", "medborgerraadet"),
    trialId: idOf("trial", "medborgerraadet-som-platform"),
    sources: [q.medborgerraadPlatform, q.medborgerraadRole],
  },
];
