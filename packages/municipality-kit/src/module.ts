import type { EntitySchema } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { MigrationClass } from "@frikommune/db";
import type { MemberTypes } from "./graph/member-types.js";
import type { MunicipalitySeed } from "./seed.js";

/** What a member adds to its own subgraph, on top of what the kit gives every member. */
export interface LocalExtension {
  /** Resolver classes: local queries, mutations, and fields on the member's own types. */
  resolvers?: (types: MemberTypes) => Function[];
  /** Local object types reachable only through an interface. */
  types?: Function[];
  /** The member's own tables, created by its own migrations (run after the kit's, in its schema). */
  entities?: EntitySchema<any, any>[];
  migrations?: { name: string; class: MigrationClass }[];
  /** Inserts the member's own facts on start; must leave existing rows alone. */
  seed?: (em: EntityManager) => Promise<void>;
}

/** Everything the kit needs to know to run one member's subgraph. */
export interface MunicipalityModule {
  /** URL-safe id, as in the member registry (`ringkobing-skjern`). */
  slug: string;
  /** Human name (`Ringkøbing-Skjern`). */
  name: string;
  /** ASCII prefix of the member's GraphQL types (`RingkobingSkjern` → `RingkobingSkjernTrial`). */
  typePrefix: string;
  /** The member's facts from the source documents, loaded on start. */
  data: MunicipalitySeed;
  /** What only this member has. */
  local?: LocalExtension;
}

export function defineMunicipality(module: MunicipalityModule): MunicipalityModule {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(module.typePrefix)) throw new Error(`typePrefix must be ASCII PascalCase: ${module.typePrefix}`);
  return module;
}

export { schemaName } from "@frikommune/members";
