import { Field, ID, Int, ObjectType } from "type-graphql";
import { atMost, Certainty, ListSize, Provenanced } from "@frikommune/municipality-kit";
import { AmountProposal, ExampleRole, TreatmentTiming } from "./enums.js";
import {
  MAX_ACTIVITY_CONTACTS, MAX_AGENDA_ITEMS, MAX_AMOUNTS, MAX_ATTACHMENTS, MAX_EVENTS, MAX_EXAMPLE_ACTIVITIES, MAX_FOCUS_AREAS, MAX_POINTS,
  MAX_PRESENTATIONS, MAX_PROVISIONS, MAX_TREATMENTS,
} from "./limits.js";

const DATE = "At the precision the document makes certain (\"2015-03-03\", \"2015-04\", \"2014\"); null where it gives none.";

@ObjectType("HolbaekContact", { description: "A person or unit the documents name, with the role, unit, organisation and work address they give; null where they do not say." })
export class Contact extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "Null for a unit the documents name without a person." }) name!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true, description: "Unit or department, e.g. Strategi og Udvikling." }) unit!: string | null;
  @Field(() => String, { nullable: true, description: "Organisation outside the municipality's units, e.g. Holbæk Teater." }) organisation!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType("HolbaekAttachment", { description: "A document attached to an agenda item (bilag), by its title in the minutes." })
export class Attachment extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: "What the minutes say the attachment holds." }) description!: string | null;
}

@ObjectType("HolbaekPresentation", { description: "Someone who presents at the meeting under an agenda item." })
export class Presentation extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Contact) presenter!: Contact;
  @Field(() => String, { description: "What they present." }) topic!: string;
  @Field(() => Certainty, { description: "SCHEDULED: the case text announces it; the minutes do not record whether it took place." }) certainty!: Certainty;
}

@ObjectType("HolbaekTreatment", { description: "When a body treated an item's case before the meeting, or is to treat it after." })
export class Treatment extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => TreatmentTiming) timing!: TreatmentTiming;
  @Field(() => String, { description: "The body, as the minutes name it." }) body!: string;
  @Field(() => String, { nullable: true, description: DATE }) date!: string | null;
  @Field(() => String, { description: "When, as the minutes give it (\"3. marts\", \"i april\", \"næste udvalgsmøde\")." }) when!: string;
  @Field(() => String) what!: string;
  @Field(() => Certainty) certainty!: Certainty;
}

@ObjectType("HolbaekAmount", { description: "An amount in one point of a proposal under an agenda item, e.g. the election-promotion pool." })
export class Amount extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => AmountProposal) proposal!: AmountProposal;
  @Field(() => Int, { description: "The point's number in its proposal." }) point!: number;
  @Field(() => String) purpose!: string;
  @Field(() => Int) kroner!: number;
}

@ObjectType("HolbaekEvent", { description: "An event an agenda item prepares, e.g. a debate at Folkemødet." })
export class Event extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: "Who hosts it, where the minutes say." }) host!: string | null;
  @Field(() => String, { nullable: true }) theme!: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: "The questions proposed for the debate." }) questions!: string[];
  @Field(() => [String], { description: "What Holbæk can present there." }) showcases!: string[];
  @Field(() => Certainty, { description: "DECIDED where agreed, EXPECTED where in preparation, CONSIDERED where being worked on, POSSIBLE where only encouraged." }) certainty!: Certainty;
}

@ObjectType("HolbaekAgendaItem", { description: "A numbered item on a meeting's agenda (after OParl's AgendaItem)." })
export class AgendaItem extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "The item's number in the minutes, e.g. 120." }) number!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "Sagsnummer, e.g. 15/10481." }) caseNumber!: string | null;
  @Field(() => String, { description: "Drøftelse, Orientering or Beslutning." }) type!: string;
  @Field(() => String, { nullable: true, description: "Indstilling." }) recommendation!: string | null;
  @Field(() => String, { nullable: true, description: "Beskrivelse af sagen, with its background." }) description!: string | null;
  @Field(() => [String], { description: "The questions put for discussion." }) questions!: string[];
  @Field(() => [String], { description: "What the project group proposes." }) proposals!: string[];
  @Field(() => [String], { description: "The activities whose status the item reports." }) activities!: string[];
  @Field(() => String, { nullable: true, description: "Beslutning, complete; each recommended point on its own line." }) decision!: string | null;
  @Field(() => [Attachment], { description: atMost(MAX_ATTACHMENTS, "Bilag.") }) @ListSize(MAX_ATTACHMENTS) attachments!: Attachment[];
  @Field(() => [Presentation], { description: atMost(MAX_PRESENTATIONS, "Who presents what at the meeting.") }) @ListSize(MAX_PRESENTATIONS) presentations!: Presentation[];
  @Field(() => [Treatment], { description: atMost(MAX_TREATMENTS, "When the case was treated before and is to be treated again, in time order.") })
  @ListSize(MAX_TREATMENTS)
  treatments!: Treatment[];
  @Field(() => [Amount], { description: atMost(MAX_AMOUNTS, "Amounts of the proposals, in the minutes' order.") }) @ListSize(MAX_AMOUNTS) amounts!: Amount[];
  @Field(() => [Event], { description: atMost(MAX_EVENTS, "Events the item prepares.") }) @ListSize(MAX_EVENTS) events!: Event[];
}

@ObjectType("HolbaekMeeting", { description: "A meeting of a political body (after OParl's Meeting)." })
export class Meeting extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The body that met." }) body!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "Local time, ISO 8601." }) start!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => [AgendaItem], { description: atMost(MAX_AGENDA_ITEMS) }) @ListSize(MAX_AGENDA_ITEMS) agendaItems!: AgendaItem[];
}

@ObjectType("HolbaekActivity", { description: "An activity of the report \"Understøt borgernes initiativ\", with its sections." })
export class Activity extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: "Beskrivelse af aktiviteten." }) description!: string | null;
  @Field(() => [String], { description: "Formål." }) purposes!: string[];
  @Field(() => [String], { description: "Udfordringer." }) challenges!: string[];
  @Field(() => [String], { description: "Succeser." }) successes!: string[];
  @Field(() => [String], { description: "Det har vi lært." }) lessons!: string[];
  @Field(() => [String], { description: "Demokratiekperimentariet anbefaler." }) recommendations!: string[];
  @Field(() => String, { nullable: true, description: "Kontakt og mere viden, as one text.", deprecationReason: "Use contacts." }) contact!: string | null;
  @Field(() => [Contact], { description: atMost(MAX_ACTIVITY_CONTACTS, "Kontakt og mere viden.") }) @ListSize(MAX_ACTIVITY_CONTACTS) contacts!: Contact[];
}

@ObjectType("HolbaekReportPoint", { description: "One numbered point of the report: a recommendation, lesson, next step or tip." })
export class ReportPoint extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "Its number in its list, from 1." }) number!: number;
  @Field(() => String) text!: string;
}

@ObjectType("HolbaekReport", { description: "The Demokratiekperimentarium's report \"Understøt borgernes initiativ\"; its activities are `HolbaekMunicipality.activities`." })
export class Report extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "What the report opens with." }) summary!: string;
  @Field(() => [ReportPoint], { description: atMost(MAX_POINTS.RECOMMENDATION, "Demokratiexperimentariet anbefaler at.") })
  @ListSize(MAX_POINTS.RECOMMENDATION)
  recommendations!: ReportPoint[];
  @Field(() => String, { description: "Derfor er vi gået i gang." }) reasons!: string;
  @Field(() => [ReportPoint], { description: atMost(MAX_POINTS.LESSON, "Det har vi lært.") }) @ListSize(MAX_POINTS.LESSON) lessons!: ReportPoint[];
  @Field(() => [ReportPoint], { description: atMost(MAX_POINTS.NEXT_STEP, "Næste skridt.") }) @ListSize(MAX_POINTS.NEXT_STEP) nextSteps!: ReportPoint[];
  @Field(() => String, { description: "What the recommendations build on." }) basis!: string;
  @Field(() => [ReportPoint], { description: atMost(MAX_POINTS.TIP, "5 tips til borgerinddragelse: sådan får du borgerne i tale.") }) @ListSize(MAX_POINTS.TIP) tips!: ReportPoint[];
  @Field(() => String, { nullable: true, description: "The web address the report gives." }) web!: string | null;
}

@ObjectType("HolbaekFocusArea", { description: "One of the kommissorium's focus areas, with the question it asks." })
export class FocusArea extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) question!: string;
}

@ObjectType("HolbaekExampleActivity", { description: "An example the kommissorium gives of what the Demokratiekperimentarium could do (\"kunne være\")." })
export class ExampleActivity extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => ExampleRole) role!: ExampleRole;
  @Field(() => String) text!: string;
}

@ObjectType("HolbaekTermsProvision", { description: "What the kommissorium sets out under one of its headings, with when and how firmly." })
export class TermsProvision extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The kommissorium's heading, e.g. Tidsramme." }) section!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: "When, as the kommissorium gives it (\"første halvår af 2014\", \"inden sommerferien\")." }) when!: string | null;
  @Field(() => String, { nullable: true, description: DATE }) date!: string | null;
  @Field(() => Certainty, { nullable: true, description: "Null where the provision states a fact rather than a plan or a duty." }) certainty!: Certainty | null;
}

@ObjectType("HolbaekTermsOfReference", { description: "The Demokratiekperimentarium's terms of reference (kommissorium)." })
export class TermsOfReference extends Provenanced {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) issuedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Baggrund." }) background!: string | null;
  @Field(() => String, { description: "Projektets overordnede formål." }) purpose!: string;
  @Field(() => [FocusArea], { description: atMost(MAX_FOCUS_AREAS, "What the experimentarium is to give new insight into.") }) @ListSize(MAX_FOCUS_AREAS) focusAreas!: FocusArea[];
  @Field(() => String, { nullable: true, description: "The idea and the change it is to bring." }) idea!: string | null;
  @Field(() => [ExampleActivity], { description: atMost(MAX_EXAMPLE_ACTIVITIES, "Example activities, those it could start and those where it could inspire.") })
  @ListSize(MAX_EXAMPLE_ACTIVITIES)
  exampleActivities!: ExampleActivity[];
  @Field(() => [String], { description: "What the experimentarium is to contribute; what is looked for when experiments are started and learned from." }) contributions!: string[];
  @Field(() => [TermsProvision], { description: atMost(MAX_PROVISIONS, "Links to the council's vision and strategy, changes, duties and time frame, in the kommissorium's order.") })
  @ListSize(MAX_PROVISIONS)
  provisions!: TermsProvision[];
  @Field(() => String, { nullable: true }) periodFrom!: string | null;
  @Field(() => String, { nullable: true }) periodTo!: string | null;
  @Field(() => String, { description: "The political project committee." }) politicalBody!: string;
  @Field(() => String, { description: "The administrative steering group." }) administrativeBody!: string;
  @Field(() => [String], { description: "Interessenter." }) stakeholders!: string[];
  @Field(() => [String], { description: "Groups that seldom take part in traditional evening citizen meetings, whom the involvement is to bring in too." }) seldomHeard!: string[];
  @Field(() => String, { nullable: true, description: "Økonomi: why there is no budget; the expected resources are a provision." }) budget!: string | null;
}

export const types = [Meeting, AgendaItem, Attachment, Presentation, Treatment, Amount, Event, Contact, Activity, Report, ReportPoint, TermsOfReference, FocusArea, ExampleActivity, TermsProvision];
