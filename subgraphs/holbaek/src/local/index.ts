import type { LocalExtension } from "@frikommune/municipality-kit";
import { ActivityEntity, AgendaItemEntity, MeetingEntity } from "./entities.js";
import { Activity, AgendaItem, Meeting, meetingResolvers } from "./graph.js";
import { migrations } from "./migrations.js";
import { seedDemokratiekperimentarium } from "./seed.js";

/** Holbæk's own part: the Demokratiekperimentarium's meetings, agenda items and activities. */
export const local: LocalExtension = {
  resolvers: meetingResolvers,
  types: [Meeting, AgendaItem, Activity],
  entities: [MeetingEntity, AgendaItemEntity, ActivityEntity],
  migrations,
  seed: seedDemokratiekperimentarium,
};
