import { commonExemptionTrials, CouncilKind, PolicyKind, TrialStatus, type MunicipalitySeed } from "@frikommune/municipality-kit";

/** Nordfyn, from the 2016 application. */
export const data: MunicipalitySeed = {
  councils: [
    { key: "lokalraad", name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: "Meget aktive lokalråd; som frikommune skal deres frivillige arbejde styrkes og deres rolle som samskabende drivkraft på tværs af kommunen udbygges.", count: 13, validFrom: null, validTo: null },
  ],
  policies: [
    {
      key: "vision",
      title: "Vision for Nordfyns Kommune",
      kind: PolicyKind.VISION,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Udviklet i en stort anlagt visionsproces, hvor borgerne bidrog til visionen og de underliggende visionseffektmål.",
      goals: [
        "Flere virksomheder etablerer og udvikler sig på Nordfyn",
        "Vi tiltrækker flere borgere på landet og i byerne",
        "Vi løfter uddannelsesniveauet",
        "Vi gør det nemmere for erhvervsliv, borgere og turister at udvikle og tage del i det nordfynske kultur- og fritidsliv",
        "Vi øger mobiliteten og den digitale tilgængelighed",
        "Vi oplever en større grad af livskvalitet",
        "Vi gør det legende let at træffe det sunde valg",
        "Vi tager aktivt del i fællesskabet og udtrykker os positivt om Nordfyn",
        "Vi synliggør vores fælles succeser",
      ],
    },
    {
      key: "politik-for-det-aktive-medborgerskab",
      title: "Politik for det aktive medborgerskab",
      kind: PolicyKind.POLITIK,
      adoptedOn: null,
      adoptedBy: null,
      summary: "Under udvikling: en platform for det aktive medborgerskab på alle kommunale områder, forankret politisk, administrativt og frivilligt.",
      goals: ["Fremme det aktive medborgerskab", "Styrke frivilligheden i kommunen", "Et solidt fundament for samarbejde mellem borgere og kommune og borgerne imellem"],
    },
  ],
  trials: [
    ...commonExemptionTrials(),
    {
      key: "lokalraadene-som-samskabende-drivkraft",
      title: "De 13 lokalråd som samskabende drivkraft",
      purpose: "At styrke det frivillige arbejde i de 13 lokalråd og deres rolle som samskabende drivkraft på tværs af kommunen.",
      status: TrialStatus.IDEA,
      exemptionCodes: [],
      ownerCouncilKey: "lokalraad",
      validFrom: null,
      validTo: null,
      milestones: [],
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
    },
  ],
};
