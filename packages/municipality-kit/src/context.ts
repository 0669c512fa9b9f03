import type { EntityManager } from "@mikro-orm/postgresql";
import type { Identity } from "@frikommune/auth";
import type { Actor } from "@frikommune/db";
import type { Loaders } from "./loaders.js";

/** What every resolver of a member subgraph gets, fresh per request. */
export interface MemberContext {
  /** The caller, as the gateway verified and signed it. */
  identity: Identity;
  /** The caller as the audit trail records them: by pseudonym, never by subject. */
  actor: Actor;
  slug: string;
  typePrefix: string;
  em: EntityManager;
  loaders: Loaders;
}
