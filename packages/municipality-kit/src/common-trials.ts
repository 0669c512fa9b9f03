import { MilestoneState, TrialStatus } from "./enums.js";
import { cite } from "./provenance/sources.js";
import type { TrialSeed } from "./seed.js";

const AT = "Både fælles og individuelle forsøg";
const timeline = cite(
  "ansoegning-2016",
  AT,
  "Netværket og de enkelte kommuner vil i løbet af efteråret 2016 afdække forsøgsområderne grundigt med henblik på afsendelse af konkrete fritagelsesansøgninger i november 2016 og endelig igangsættelse primo 2017.",
);

// The application gives the plan; no document says whether it was kept, so each step is UNKNOWN.
const plan = [
  { title: "Afdækning af forsøgsområdet", dueOn: "2016", completedOn: null, state: MilestoneState.UNKNOWN, sources: [timeline] },
  { title: "Fritagelsesansøgning sendes", dueOn: "2016-11", completedOn: null, state: MilestoneState.UNKNOWN, sources: [timeline] },
  { title: "Igangsættelse af forsøget", dueOn: "2017", completedOn: null, state: MilestoneState.UNKNOWN, sources: [timeline] },
];

const together = cite("ansoegning-2016", AT, "Allerede nu har netværket udpeget en række fælles relevante fritagelsesområder, som netværket ønsker at arbejde med i fællesskab");

const areas = {
  A: {
    title: "Fælles forsøg a): Støttemidler til fælles sociale formål",
    purpose: "At kunne udbetale offentlige støttemidler, fx § 18-midler, til grupper og enkeltpersoner uden foreningstilknytning uden skattemæssige konsekvenser for modtageren.",
    quote: "a) Udbetaling af offentlige støttemidler til fælles sociale formål, eksempelvis § 18 midler til grupper/enkeltpersoner (uden foreningstilknytning) uden at dette vil få skattemæssige konsekvenser for modtageren.",
  },
  B: {
    title: "Fælles forsøg b): Frivilligt arbejde for dagpenge- og efterlønsmodtagere",
    purpose: "At dagpenge- og efterlønsmodtagere kan arbejde frivilligt og ulønnet på offentlige institutioner uden fradrag i ydelsen.",
    quote: "b) Ret til, at dagpenge- og efterlønsmodtagere kan arbejde frivilligt og ulønnet uden fradrag i ydelsen på offentlige institutioner (udenom foreninger), hvilket ikke er muligt i dag.",
  },
  C: {
    title: "Fælles forsøg c): Godtgørelse til kommunale frivillige",
    purpose: "At kommunen kan yde godtgørelse til kommunale frivillige, fx for befordring og telefon, som foreninger kan i dag.",
    quote: "c) Mulighed for, at kommunen kan yde godtgørelse til kommunale frivillige, fx befordring, telefon m.v. jf. muligheden for godtgørelse igennem foreninger.",
  },
  D: {
    title: "Fælles forsøg d): Forsikring af frivillige",
    purpose: "At kommunen kan forsikre frivillige. Netværket vil gerne arbejde med området, mens lovarbejdet står på.",
    quote: "Dog vil netværket gerne have mulighed for at arbejde med dette forsøgsområdemens lovarbejdet står på.",
  },
} as const;

/**
 * The four common exemption areas a)–d) the network wants to work on together: in the plan, mapped
 * in autumn 2016, applied for in November 2016 and started early 2017.
 */
export function commonExemptionTrials(): TrialSeed[] {
  return (Object.keys(areas) as (keyof typeof areas)[]).map((code) => {
    const { title, purpose, quote } = areas[code];
    return {
      key: `common-${code.toLowerCase()}`,
      title,
      purpose,
      status: TrialStatus.IDEA,
      exemptionCodes: [code],
      ownerCouncilKey: null,
      validFrom: null,
      validTo: null,
      milestones: plan.map((m) => ({ ...m })),
      sources: [together, cite("ansoegning-2016", code === "D" ? "Fodnote 1" : AT, quote)],
    };
  });
}
