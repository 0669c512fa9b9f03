import type { LocalExtension } from "@frikommune/municipality-kit";
import { ActivityEntity, AgendaItemEntity, MeetingEntity, TermsOfReferenceEntity } from "./entities.js";
import { Activity, AgendaItem, Meeting, meetingResolvers, TermsOfReference } from "./graph.js";
import { migrations } from "./migrations.js";
import { seedDemokratiekperimentarium } from "./seed.js";

/** Holbæk's own part: the Demokratiekperimentarium's terms of reference, meetings, agenda items and activities. */
export const local: LocalExtension = {
  resolvers: meetingResolvers,
  types: [Meeting, AgendaItem, Activity, TermsOfReference],
  entities: [MeetingEntity, AgendaItemEntity, ActivityEntity, TermsOfReferenceEntity],
  migrations,
  seed: seedDemokratiekperimentarium,
};
