import type { MikroORM } from "@mikro-orm/postgresql";

/** The gateway tokens a subgraph's mutations used, for each subgraph's own migrations. */
export const SPENT_TOKEN_TABLE_SQL = [
  `create table spent_token (
    id text primary key,
    expires_at timestamptz not null)`,
  `create index spent_token_expires_at on spent_token (expires_at)`,
];

/** The gateway tokens already used for a mutation, as every replica of a subgraph sees them. */
export interface SpentTokens {
  /** Marks a token used until it expires; false when it was used before. */
  spend(id: string, expiresAt: Date): Promise<boolean>;
}

/** How often a replica deletes the rows of expired tokens. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The spent tokens in the subgraph's schema. A row outlives its token by a minute, so a clock a
 * little ahead of the others' never forgets a token another replica still accepts.
 */
export function spentTokens(orm: MikroORM): SpentTokens {
  let nextSweep = 0;
  return {
    async spend(id, expiresAt) {
      const connection = orm.em.getConnection();
      const inserted = await connection.execute("insert into spent_token (id, expires_at) values (?, ?) on conflict do nothing returning id", [id, expiresAt]);
      if (Date.now() >= nextSweep) {
        nextSweep = Date.now() + SWEEP_EVERY_MS;
        await connection.execute("delete from spent_token where expires_at < now() - interval '1 minute'");
      }
      return inserted.length === 1;
    },
  };
}
