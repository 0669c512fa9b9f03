import { TrialStatus } from "./enums.js";
import type { TrialSeed } from "./seed.js";

const plan = [
  { title: "Afdækning af forsøgsområdet", dueOn: "2016", completedOn: null },
  { title: "Fritagelsesansøgning sendes", dueOn: "2016-11", completedOn: null },
  { title: "Igangsættelse af forsøget", dueOn: "2017", completedOn: null },
];

const areas: Record<"A" | "B" | "C" | "D", { title: string; purpose: string }> = {
  A: {
    title: "Fælles forsøg a): Støttemidler til fælles sociale formål",
    purpose: "At kunne udbetale offentlige støttemidler, fx § 18-midler, til grupper og enkeltpersoner uden foreningstilknytning uden skattemæssige konsekvenser for modtageren.",
  },
  B: {
    title: "Fælles forsøg b): Frivilligt arbejde for dagpenge- og efterlønsmodtagere",
    purpose: "At dagpenge- og efterlønsmodtagere kan arbejde frivilligt og ulønnet på offentlige institutioner uden fradrag i ydelsen.",
  },
  C: {
    title: "Fælles forsøg c): Godtgørelse til kommunale frivillige",
    purpose: "At kommunen kan yde godtgørelse til kommunale frivillige, fx for befordring og telefon, som foreninger kan i dag.",
  },
  D: {
    title: "Fælles forsøg d): Forsikring af frivillige",
    purpose:
      "At kommunen kan forsikre frivillige. Ministeriet fandt i slutningen af april 2016 ingen lovhjemmel hertil; netværket vil arbejde med området, mens lovgivningen overvejes.",
  },
};

/**
 * The four common exemption areas a)–d) that every member of the 2016 application takes part in:
 * areas to be mapped in autumn 2016, applications sent in November 2016, trials started early 2017.
 */
export function commonExemptionTrials(): TrialSeed[] {
  return (Object.keys(areas) as (keyof typeof areas)[]).map((code) => ({
    key: `common-${code.toLowerCase()}`,
    ...areas[code],
    status: TrialStatus.IDEA,
    exemptionCodes: [code],
    ownerCouncilKey: null,
    validFrom: null,
    validTo: null,
    milestones: plan.map((m) => ({ ...m })),
  }));
}
