// Its own module, free of the schema machinery, so the gateway's cost estimate can share it.
/** Every growing list is a Relay connection; a page holds at most this many nodes. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
