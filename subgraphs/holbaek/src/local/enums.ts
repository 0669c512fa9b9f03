import { registerEnumType } from "type-graphql";

/** Whether a treatment of a case came before the meeting whose minutes name it, or is to come after. */
export enum TreatmentTiming {
  EARLIER = "EARLIER",
  LATER = "LATER",
}

/** The three versions of the election-promotion pool in item 120. */
export enum AmountProposal {
  PROPOSAL = "PROPOSAL",
  ALTERNATIVE = "ALTERNATIVE",
  RECOMMENDATION = "RECOMMENDATION",
}

/** The kommissorium's two kinds of example activities. */
export enum ExampleRole {
  INITIATOR = "INITIATOR",
  INSPIRER = "INSPIRER",
}

/** The report's numbered lists, each answered by its own field of HolbaekReport. */
export enum ReportPointKind {
  RECOMMENDATION = "RECOMMENDATION",
  LESSON = "LESSON",
  NEXT_STEP = "NEXT_STEP",
  TIP = "TIP",
}

registerEnumType(TreatmentTiming, {
  name: "HolbaekTreatmentTiming",
  valuesConfig: {
    EARLIER: { description: "Treated before the meeting (\"behandlede\", \"drøftede\", \"besluttede\")." },
    LATER: { description: "To be treated after the meeting (\"behandles i Økonomiudvalget i april\", \"udsat til næste møde\")." },
  },
});
registerEnumType(AmountProposal, {
  name: "HolbaekAmountProposal",
  valuesConfig: {
    PROPOSAL: { description: "Indstillingen, as Økonomiudvalget had it on 3 March." },
    ALTERNATIVE: { description: "Den alternative indstilling." },
    RECOMMENDATION: { description: "What the project committee recommends to Økonomiudvalget on 24 March 2015." },
  },
});
registerEnumType(ExampleRole, {
  name: "HolbaekExampleRole",
  valuesConfig: {
    INITIATOR: { description: "An activity the Demokratiekperimentarium could start itself (\"igangsat af\")." },
    INSPIRER: { description: "An activity where it could have an inspiring role and collect experience (\"inspirerende og erfaringsopsamlende rolle\")." },
  },
});
