import type { MunicipalitySeed } from "./seed.js";

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
}

export function defineMunicipality(module: MunicipalityModule): MunicipalityModule {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(module.typePrefix)) throw new Error(`typePrefix must be ASCII PascalCase: ${module.typePrefix}`);
  return module;
}

/** The PostgreSQL schema a member's tables live in. */
export function schemaName(slug: string): string {
  return slug.replace(/-/g, "_");
}
