import * as seed from "./data.js";

/** Lists of the network whose length the sources fix; no write adds to them. */
export const MAX_GROUPS = seed.groups.length;
export const MAX_MINISTRY_CONTACTS = seed.network.ministryContacts.length;
