const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every entity id is a UUID; anything else names nothing, and never reaches SQL as an id. */
export const isUuid = (value: string): boolean => UUID.test(value);
