/** The terms of reference (kommissorium) of the Demokratiekperimentarium, January 2014. */
export const termsOfReference = {
  key: "demokratiekperimentarium",
  title: "Kommissorium for Demokratiekperimentarium",
  issuedOn: "2014-01",
  purpose:
    "At udforske og afprøve metoder til dialog, samarbejde og lokaldemokrati og derigennem skabe et solidt grundlag for byrådets beslutninger om nye modeller for fremtidens demokrati i Holbæk Kommune.",
  periodFrom: "2014",
  periodTo: "2015",
  politicalBody:
    "Et politisk projektudvalg med ansvar for aktivitet og fremdrift; formand (byrådspolitiker) og medlemmer (byrådspolitikere og eventuelt eksterne aktører). Udvalget indstiller til byrådet, som har den endelige beslutningskompetence.",
  administrativeBody:
    "En administrativ styregruppe, der sikrer sammenhæng med kommunens øvrige udviklingsaktiviteter; formanden (direktør) refererer til projektudvalget.",
  stakeholders: [
    "Råd, nævn og brugerbestyrelser",
    "Foreninger og lokalfora",
    "Virksomheder og borgere, også børnefamilier, unge, erhvervsdrivende og borgere med anden etnisk baggrund end dansk",
    "Kommunens egne ledere og medarbejdere",
  ],
  contributions: [
    "Byrådspolitikerne styrkes i rollen som kommunens politiske ledere gennem viden om borgeres og virksomheders holdninger og behov.",
    "Mange borgere og virksomheder involveres i byrådets politiske overvejelser og oplever dialogen som meningsfuld.",
    "Administrationen styrkes i dialogbaseret samarbejde med borgere og byråd.",
    "Holbæk Kommune er hjælper og samarbejdspartner for engagerede medborgere og andre aktører.",
  ],
  budget: "Intet budget udarbejdet, da aktiviteterne endnu ikke var identificeret; projektudvalget indstiller til byrådet, når aktiviteter kan budgetteres.",
};
