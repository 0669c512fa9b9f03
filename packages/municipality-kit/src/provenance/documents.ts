/**
 * The documents the seeded facts come from. Where a document gives no date or issuer, the
 * catalogue says null rather than guess.
 */
export const SOURCE_DOCUMENTS = [
  {
    key: "ansoegning-2016",
    /** The heading as printed, to recognise the document's text. */
    heading: "FRIKOMMUNEFORSØG 2016 - 2019",
    kind: "APPLICATION",
    title: "Frikommuneforsøg 2016–2019. Ansøgning. Kommunerne Holbæk, Assens, Nordfyn, Ringkøbing-Skjern og Slagelse: Øget borgerinvolvering og samskabelse",
    issuer: "Holbæk, Assens, Nordfyn, Ringkøbing-Skjern og Slagelse Kommuner",
    issuedOn: null,
    description: "Netværkets ansøgning om at blive frikommuner 2016–2019, svar på ministerens invitation af 15. januar 2016.",
  },
  {
    key: "referat-2015-03-24",
    /** The heading as printed, to recognise the document's text. */
    heading: "REFERAT 14-17 Demokratiekperimentarier d. 24-03-2015",
    kind: "MINUTES",
    title: "Referat, Demokratiekperimentariet, 24. marts 2015",
    issuer: "Holbæk Kommune, Demokratiekperimentariets projektudvalg",
    issuedOn: "2015-03-24",
    description: "Referat af projektudvalgets møde med punkt 119–123.",
  },
  {
    key: "kommissorium-2014",
    /** The heading as printed, to recognise the document's text. */
    heading: "KOMMISSORIUM FOR DEMOKRATIEKSPERIMENTARIUM",
    kind: "TERMS_OF_REFERENCE",
    title: "Kommissorium for Demokratiekperimentarium",
    issuer: "Holbæk Kommune",
    issuedOn: "2014-01",
    description: "Demokratiekperimentariets formål, tidsramme, organisering, økonomi og interessenter.",
  },
  {
    key: "rapport-understoet-borgernes-initiativ",
    /** The heading as printed, to recognise the document's text. */
    heading: "UNDERSTØT BORGERNES INITIATIV",
    kind: "REPORT",
    title: "Understøt borgernes initiativ",
    issuer: "Holbæk Kommune, Demokratiexperimentariet",
    issuedOn: null,
    description: "Demokratiexperimentariets anbefalinger og aktiviteter med beskrivelse, formål, udfordringer, succeser, læring og kontakt.",
  },
  {
    key: "ministeriet-organisering-og-samarbejde",
    /** The heading as printed, to recognise the document's text. */
    heading: "Organisering og samarbejde i frikommunenetværket",
    kind: "WEB_PAGE",
    title: "Organisering og samarbejde i frikommunenetværket",
    issuer: "Indenrigs- og Boligministeriet",
    issuedOn: null,
    description: "Ministeriets side om organisering, forsøgsudvikling, vidensdeling og ensartet erfaringsopsamling i frikommunenetværk.",
  },
] as const;

export type SourceDocumentKey = (typeof SOURCE_DOCUMENTS)[number]["key"];
export type SourceDocumentRecord = (typeof SOURCE_DOCUMENTS)[number];

export function sourceDocument(key: string): SourceDocumentRecord | undefined {
  return SOURCE_DOCUMENTS.find((d) => d.key === key);
}
