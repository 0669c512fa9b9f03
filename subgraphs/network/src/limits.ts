import { SOURCE_DOCUMENTS } from "@frikommune/municipality-kit";
import * as seed from "./data.js";

/** Lists of the network whose length the sources fix; no write adds to them. */
export const MAX_GROUPS = seed.groups.length;
export const MAX_MINISTRY_CONTACTS = seed.contacts.length;
export const MAX_RULES = seed.ministryRules.length;
export const MAX_STATEMENTS = seed.statements.length;
export const MAX_THEME_DAY_PARTICIPANTS = seed.themeDayPlan.participants.length;
export const MAX_SOURCE_DOCUMENTS = SOURCE_DOCUMENTS.length;

/** Challenges listed at once by `Query.challenges`, oldest first (the application's own come first). */
export const MAX_LISTED_CHALLENGES = 100;
