import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { atMost, firstPerParent, ListSize, type MemberContext, type MemberTypes, selectRows } from "@frikommune/municipality-kit";
import DataLoader from "dataloader";
import { groupByKeys } from "@frikommune/subgraph-server";
import { activities } from "./activities.js";
import { ActivityEntity, AgendaItemEntity, MeetingEntity, TermsOfReferenceEntity, type AgendaItemRow, type MeetingRow } from "./entities.js";
import { meetings } from "./meetings.js";

/** Holbæk's lists hold what its sources hold. */
const MAX_MEETINGS = meetings.length;
const MAX_AGENDA_ITEMS = Math.max(...meetings.map((m) => m.agendaItems.length));
const MAX_ACTIVITIES = activities.length;

@ObjectType("HolbaekAgendaItem", { description: "A numbered item on a meeting's agenda (after OParl's AgendaItem)." })
export class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "The item's number in the minutes, e.g. 120." }) number!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "Sagsnummer, e.g. 15/10481." }) caseNumber!: string | null;
  @Field(() => String, { description: "Drøftelse, Orientering or Beslutning." }) type!: string;
  @Field(() => String, { nullable: true, description: "Indstilling." }) recommendation!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "Beslutning." }) decision!: string | null;
}

@ObjectType("HolbaekMeeting", { description: "A meeting of a political body (after OParl's Meeting)." })
export class Meeting {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The body that met." }) body!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "Local time, ISO 8601." }) start!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => [AgendaItem], { description: atMost(MAX_AGENDA_ITEMS) }) @ListSize(MAX_AGENDA_ITEMS) agendaItems!: AgendaItem[];
}

@ObjectType("HolbaekActivity", { description: "An activity of the report \"Understøt borgernes initiativ\", with its sections." })
export class Activity {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: "Beskrivelse af aktiviteten." }) description!: string | null;
  @Field(() => [String], { description: "Formål." }) purposes!: string[];
  @Field(() => [String], { description: "Udfordringer." }) challenges!: string[];
  @Field(() => [String], { description: "Succeser." }) successes!: string[];
  @Field(() => [String], { description: "Det har vi lært." }) lessons!: string[];
  @Field(() => [String], { description: "Demokratiekperimentariet anbefaler." }) recommendations!: string[];
  @Field(() => String, { nullable: true, description: "Kontakt og mere viden." }) contact!: string | null;
}

@ObjectType("HolbaekTermsOfReference", { description: "The Demokratiekperimentarium's terms of reference (kommissorium)." })
export class TermsOfReference {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) issuedOn!: string | null;
  @Field(() => String) purpose!: string;
  @Field(() => String, { nullable: true }) periodFrom!: string | null;
  @Field(() => String, { nullable: true }) periodTo!: string | null;
  @Field(() => String, { description: "The political project committee." }) politicalBody!: string;
  @Field(() => String, { description: "The administrative steering group." }) administrativeBody!: string;
  @Field(() => [String], { description: "Interessenter." }) stakeholders!: string[];
  @Field(() => [String], { description: "What the experimentarium is to contribute." }) contributions!: string[];
  @Field(() => String, { nullable: true }) budget!: string | null;
}

/** One statement for the agendas of all meetings in a request. */
const agendas = new WeakMap<MemberContext, DataLoader<string, AgendaItemRow[]>>();
function agendaLoader(ctx: MemberContext) {
  let loader = agendas.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (meetingIds: readonly string[]) => {
      const rows = await firstPerParent(ctx.em, AgendaItemEntity, { parent: "meetingId", parentIds: meetingIds, max: MAX_AGENDA_ITEMS, orderBy: { number: "asc" } });
      return groupByKeys(meetingIds, rows, (r) => r.meetingId);
    });
    agendas.set(ctx, loader);
  }
  return loader;
}

/** Holbæk's meetings on its own municipality type, and each meeting's agenda. */
export function meetingResolvers(types: MemberTypes) {
  @Resolver(() => types.MemberMunicipality)
  class HolbaekMeetings {
    @FieldResolver(() => [Meeting], { nullable: true, description: atMost(MAX_MEETINGS, "Minutes of the Demokratiekperimentarium's project committee.") })
    @ListSize(MAX_MEETINGS)
    meetings(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, MeetingEntity, {}, { orderBy: { start: "asc" }, limit: MAX_MEETINGS });
    }

    @FieldResolver(() => TermsOfReference, { nullable: true, description: "The Demokratiekperimentarium's terms of reference." })
    async termsOfReference(@Ctx() ctx: MemberContext) {
      return (await selectRows(ctx.em, TermsOfReferenceEntity, {}, { limit: 1 }))[0] ?? null;
    }

    @FieldResolver(() => [Activity], { nullable: true, description: atMost(MAX_ACTIVITIES, "Activities of the report \"Understøt borgernes initiativ\".") })
    @ListSize(MAX_ACTIVITIES)
    activities(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, ActivityEntity, {}, { orderBy: { position: "asc" }, limit: MAX_ACTIVITIES });
    }
  }

  @Resolver(() => Meeting)
  class MeetingAgenda {
    @FieldResolver(() => [AgendaItem])
    agendaItems(@Root() meeting: MeetingRow, @Ctx() ctx: MemberContext) {
      return agendaLoader(ctx).load(meeting.id);
    }
  }
  return [HolbaekMeetings, MeetingAgenda];
}
