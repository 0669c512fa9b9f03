import type { EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "./loaders.js";

/** What every resolver of a member subgraph gets, fresh per request. */
export interface MemberContext {
  slug: string;
  typePrefix: string;
  em: EntityManager;
  loaders: Loaders;
}
