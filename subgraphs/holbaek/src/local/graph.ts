import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityName } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { atMost, firstPerParent, ListSize, provenanceResolver, selectRows, type MemberContext, type MemberTypes } from "@frikommune/municipality-kit";
import { groupByKeys } from "@frikommune/subgraph-server";
import { ReportPointKind } from "./enums.js";
import {
  ActivityContactEntity, ActivityEntity, AgendaItemEntity, AmountEntity, AttachmentEntity, ContactEntity, EventEntity, ExampleActivityEntity,
  FocusAreaEntity, MeetingEntity, PresentationEntity, ReportEntity, ReportPointEntity, TermsOfReferenceEntity, TermsProvisionEntity,
  TreatmentEntity, type ActivityRow, type AgendaItemRow, type ContactRow, type MeetingRow, type PresentationRow, type ReportPointRow, type ReportRow,
  type TermsOfReferenceRow,
} from "./entities.js";
import {
  MAX_ACTIVITIES, MAX_ACTIVITY_CONTACTS, MAX_AGENDA_ITEMS, MAX_AMOUNTS, MAX_ATTACHMENTS, MAX_CONTACTS, MAX_EVENTS, MAX_EXAMPLE_ACTIVITIES,
  MAX_FOCUS_AREAS, MAX_MEETINGS, MAX_PRESENTATIONS, MAX_PROVISIONS, MAX_REPORT_POINTS, MAX_TREATMENTS,
} from "./limits.js";
import {
  Activity, AgendaItem, Amount, Attachment, Contact, Event, ExampleActivity, FocusArea, Meeting, Presentation, Report, ReportPoint,
  TermsOfReference, TermsProvision, Treatment, types as localTypes,
} from "./types.js";

/** One DataLoader per request and table, so that every list below costs one statement per request. */
const perRequest = new WeakMap<MemberContext, Map<unknown, DataLoader<string, unknown>>>();
function loader<V>(ctx: MemberContext, table: unknown, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let found = loaders.get(table);
  if (!found) loaders.set(table, (found = new DataLoader(batch)));
  return found as DataLoader<string, V>;
}

/** The children of many parents, at most `max` each, in their order. */
function children<T extends { id: string }>(ctx: MemberContext, entity: EntityName<T>, parent: keyof T & string, max: number, orderBy: Partial<Record<keyof T & string, "asc" | "desc">>) {
  return loader(ctx, entity, async (parentIds) =>
    groupByKeys(parentIds, await firstPerParent(ctx.em, entity, { parent, parentIds, max, orderBy }), (row) => row[parent] as string),
  );
}

function contactsById(ctx: MemberContext) {
  return loader(ctx, ContactEntity, async (ids) => {
    const rows = await selectRows(ctx.em, ContactEntity, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`no contact ${id}`));
  }) as DataLoader<string, ContactRow>;
}

/** Holbæk's own part of its municipality type, and the lists below it. */
export function holbaekResolvers(types: MemberTypes) {
  @Resolver(() => types.MemberMunicipality)
  class HolbaekMunicipalityFields {
    @FieldResolver(() => [Meeting], { nullable: true, description: atMost(MAX_MEETINGS, "Minutes of the Demokratiekperimentarium's project committee.") })
    @ListSize(MAX_MEETINGS)
    meetings(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, MeetingEntity, {}, { orderBy: { start: "asc" }, limit: MAX_MEETINGS });
    }

    @FieldResolver(() => TermsOfReference, { nullable: true, description: "The Demokratiekperimentarium's terms of reference." })
    async termsOfReference(@Ctx() ctx: MemberContext) {
      return (await selectRows(ctx.em, TermsOfReferenceEntity, {}, { limit: 1 }))[0] ?? null;
    }

    @FieldResolver(() => Report, { nullable: true, description: "The Demokratiekperimentarium's report \"Understøt borgernes initiativ\"." })
    async report(@Ctx() ctx: MemberContext) {
      return (await selectRows(ctx.em, ReportEntity, {}, { limit: 1 }))[0] ?? null;
    }

    @FieldResolver(() => [Activity], { nullable: true, description: atMost(MAX_ACTIVITIES, "Activities of the report \"Understøt borgernes initiativ\", in its order.") })
    @ListSize(MAX_ACTIVITIES)
    activities(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, ActivityEntity, {}, { orderBy: { position: "asc" }, limit: MAX_ACTIVITIES });
    }

    @FieldResolver(() => [Contact], { nullable: true, description: atMost(MAX_CONTACTS, "People and units the documents name, with the work address they give.") })
    @ListSize(MAX_CONTACTS)
    contacts(@Ctx() ctx: MemberContext) {
      return selectRows(ctx.em, ContactEntity, {}, { orderBy: { key: "asc" }, limit: MAX_CONTACTS });
    }
  }

  @Resolver(() => Meeting)
  class MeetingAgenda {
    @FieldResolver(() => [AgendaItem])
    agendaItems(@Root() meeting: MeetingRow, @Ctx() ctx: MemberContext) {
      return children(ctx, AgendaItemEntity, "meetingId", MAX_AGENDA_ITEMS, { number: "asc" }).load(meeting.id);
    }
  }

  @Resolver(() => AgendaItem)
  class AgendaItemLists {
    @FieldResolver(() => [Attachment])
    attachments(@Root() item: AgendaItemRow, @Ctx() ctx: MemberContext) {
      return children(ctx, AttachmentEntity, "agendaItemId", MAX_ATTACHMENTS, { position: "asc" }).load(item.id);
    }

    @FieldResolver(() => [Presentation])
    presentations(@Root() item: AgendaItemRow, @Ctx() ctx: MemberContext) {
      return children(ctx, PresentationEntity, "agendaItemId", MAX_PRESENTATIONS, { position: "asc" }).load(item.id);
    }

    @FieldResolver(() => [Treatment])
    treatments(@Root() item: AgendaItemRow, @Ctx() ctx: MemberContext) {
      return children(ctx, TreatmentEntity, "agendaItemId", MAX_TREATMENTS, { position: "asc" }).load(item.id);
    }

    @FieldResolver(() => [Amount])
    amounts(@Root() item: AgendaItemRow, @Ctx() ctx: MemberContext) {
      return children(ctx, AmountEntity, "agendaItemId", MAX_AMOUNTS, { position: "asc" }).load(item.id);
    }

    @FieldResolver(() => [Event])
    events(@Root() item: AgendaItemRow, @Ctx() ctx: MemberContext) {
      return children(ctx, EventEntity, "agendaItemId", MAX_EVENTS, { position: "asc" }).load(item.id);
    }
  }

  @Resolver(() => Presentation)
  class PresentationPresenter {
    @FieldResolver(() => Contact)
    presenter(@Root() presentation: PresentationRow, @Ctx() ctx: MemberContext) {
      return contactsById(ctx).load(presentation.contactId);
    }
  }

  @Resolver(() => Activity)
  class ActivityContacts {
    @FieldResolver(() => [Contact])
    async contacts(@Root() activity: ActivityRow, @Ctx() ctx: MemberContext) {
      const links = await children(ctx, ActivityContactEntity, "activityId", MAX_ACTIVITY_CONTACTS, { position: "asc" }).load(activity.id);
      return contactsById(ctx).loadMany(links.map((l) => l.contactId));
    }
  }

  const points = (kind: ReportPointKind) => async (report: ReportRow, ctx: MemberContext) =>
    (await children(ctx, ReportPointEntity, "reportId", MAX_REPORT_POINTS, { kind: "asc", number: "asc" }).load(report.id)).filter((p: ReportPointRow) => p.kind === kind);

  @Resolver(() => Report)
  class ReportLists {
    @FieldResolver(() => [ReportPoint])
    recommendations(@Root() report: ReportRow, @Ctx() ctx: MemberContext) {
      return points(ReportPointKind.RECOMMENDATION)(report, ctx);
    }

    @FieldResolver(() => [ReportPoint])
    lessons(@Root() report: ReportRow, @Ctx() ctx: MemberContext) {
      return points(ReportPointKind.LESSON)(report, ctx);
    }

    @FieldResolver(() => [ReportPoint])
    nextSteps(@Root() report: ReportRow, @Ctx() ctx: MemberContext) {
      return points(ReportPointKind.NEXT_STEP)(report, ctx);
    }

    @FieldResolver(() => [ReportPoint])
    tips(@Root() report: ReportRow, @Ctx() ctx: MemberContext) {
      return points(ReportPointKind.TIP)(report, ctx);
    }
  }

  @Resolver(() => TermsOfReference)
  class TermsLists {
    @FieldResolver(() => [FocusArea])
    focusAreas(@Root() terms: TermsOfReferenceRow, @Ctx() ctx: MemberContext) {
      return children(ctx, FocusAreaEntity, "termsId", MAX_FOCUS_AREAS, { position: "asc" }).load(terms.id);
    }

    @FieldResolver(() => [ExampleActivity])
    exampleActivities(@Root() terms: TermsOfReferenceRow, @Ctx() ctx: MemberContext) {
      return children(ctx, ExampleActivityEntity, "termsId", MAX_EXAMPLE_ACTIVITIES, { position: "asc" }).load(terms.id);
    }

    @FieldResolver(() => [TermsProvision])
    provisions(@Root() terms: TermsOfReferenceRow, @Ctx() ctx: MemberContext) {
      return children(ctx, TermsProvisionEntity, "termsId", MAX_PROVISIONS, { position: "asc" }).load(terms.id);
    }
  }

  return [
    HolbaekMunicipalityFields, MeetingAgenda, AgendaItemLists, PresentationPresenter, ActivityContacts, ReportLists, TermsLists,
    ...localTypes.map((type) => provenanceResolver(type)),
  ];
}
