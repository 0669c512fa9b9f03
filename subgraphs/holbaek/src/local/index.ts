import type { LocalExtension } from "@frikommune/municipality-kit";
import { AgendaItemEntity, MeetingEntity } from "./entities.js";
import { AgendaItem, Meeting, meetingResolvers } from "./graph.js";
import { migrations } from "./migrations.js";
import { seedMeetings } from "./seed.js";

/** Holbæk's own part: the Demokratiekperimentarium's meetings and agenda items. */
export const local: LocalExtension = {
  resolvers: meetingResolvers,
  types: [Meeting, AgendaItem],
  entities: [MeetingEntity, AgendaItemEntity],
  migrations,
  seed: seedMeetings,
};
