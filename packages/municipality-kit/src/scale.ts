import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openSchemaDatabase, withClient } from "@frikommune/db";
import { kitEntities } from "./entities.js";
import { COMMON_EXEMPTION_CODES, EVALUATION_DIMENSIONS, TrialStatus } from "./enums.js";
import { stableId } from "./ids.js";
import { MAX_MILESTONES } from "./limits.js";
import { kitMigrations } from "./migrations.js";
import { schemaName, type MunicipalityModule } from "./module.js";
import { seedMunicipality } from "./seed-database.js";

// Generated trials for measuring the graph at the network's real size. They are keyed `scale-<n>`,
// which no source record and no API-created row uses (the API keys its rows by their UUID).

const GENERATED_KEY_SQL = `'^scale-[0-9]+$'`;

export interface ScaleCounts {
  /** Generated trials per member: `scale-1` … `scale-<trials>`. */
  trials: number;
  /** Milestones per generated trial, at most MAX_MILESTONES. */
  milestones: number;
}

/** Rows added (or removed) in one member's schema, and how long its transaction took. */
export interface ScaleChange {
  slug: string;
  trials: number;
  exemptions: number;
  milestones: number;
  evaluations: number;
  ms: number;
}

/**
 * The life cycle's spread: each status's share in twentieths, and the range of its milestones already
 * completed, as a fraction of the plan. Trial n takes slot 7n mod 20 (7 is coprime to 20), so any 20
 * consecutive trials hold exactly these shares.
 */
const LIFE_CYCLE: { status: TrialStatus; share: number; completed: [number, number] }[] = [
  { status: TrialStatus.IDEA, share: 3, completed: [0, 0] },
  { status: TrialStatus.APPLICATION_SENT, share: 3, completed: [0, 0.2] },
  { status: TrialStatus.APPROVED, share: 2, completed: [0, 0.2] },
  { status: TrialStatus.REJECTED, share: 2, completed: [0, 0.2] },
  { status: TrialStatus.ACTIVE, share: 6, completed: [0.2, 0.8] },
  { status: TrialStatus.COMPLETED, share: 3, completed: [1, 1] },
  { status: TrialStatus.STOPPED, share: 1, completed: [0, 0.6] },
];
const STATUS_SLOTS = LIFE_CYCLE.flatMap(({ status, share }) => Array<TrialStatus>(share).fill(status));

const TOPICS = ["borgerbudget", "frivilligcentral", "medborgerråd", "samskabelsesforum", "digital borgerhøring", "fællesskabspulje", "ungeråd", "nærdemokrati", "frivillig kørselsordning", "besøgsvenner", "lokal madordning", "grøn forening"];
const PLACES = ["i lokalområdet", "på biblioteket", "i landsbyerne", "for unge", "for ældre", "i idrætsforeningerne", "på skolerne", "i boligområdet", "i bymidten", "i kulturhuset"];
const PHASES = ["Afdækning af forsøgsområdet", "Fritagelsesansøgning sendes", "Svar fra ministeriet", "Igangsættelse", "Borgermøde", "Midtvejsstatus", "Justering af forsøget", "Opsamling med lokalrådene", "Evaluering", "Afrapportering til netværket"];
const ANSWERS = [
  "Genereret svar til måling: forsøget har virket efter hensigten.",
  "Genereret svar til måling: virkningen er endnu uklar.",
  "Genereret svar til måling: forsøget bør justeres, før det udbredes.",
];
const PURPOSE = "Genereret til ydelsesmåling af grafen (pnpm seed:scale); intet rigtigt forsøg. Fjernes med pnpm seed:scale --remove.";

// Everything is drawn in SQL from md5 hashes of the trial's name, so a trial comes out the same on
// every run and every server, and only the vocabulary and the counts travel to PostgreSQL.

/** Generated ids are name-based UUIDs (RFC 9562 version 3) of the names `stableId` would take. */
const NAMESPACE = stableId("generated");

/** Helpers for this connection only (`pg_temp`), gone when it closes. */
const HELPERS = [
  // A number in [0, 1) drawn from a name.
  `create or replace function pg_temp.draw(name text) returns float8 language sql immutable as
     $$ select ('x' || left(md5(name), 8))::bit(32)::bigint / 4294967296::float8 $$`,
  // As `stableId` does, with MD5 for SHA-1 (which PostgreSQL lacks) and version 3 for 5.
  `create or replace function pg_temp.name_id(name text) returns uuid language plpgsql stable as $$
     declare hash bytea := decode(md5(decode('${NAMESPACE.replace(/-/g, "")}', 'hex') || convert_to(name, 'UTF8')), 'hex');
     begin
       return encode(set_byte(set_byte(hash, 6, get_byte(hash, 6) & 15 | 48), 8, get_byte(hash, 8) & 63 | 128), 'hex')::uuid;
     end $$`,
  // A day as documents give it, a year, a month or the day ("2017", "2017-03", "2017-03-14"), never
  // sorting before the day `after`: the full day qualifies whenever the shorter form would not.
  `create or replace function pg_temp.partial(day date, draw float8, after date) returns text language plpgsql stable as $$
     declare
       iso text := to_char(day, 'YYYY-MM-DD');
       shorter text := left(iso, case when draw < 0.25 then 4 when draw < 0.6 then 7 else 10 end);
     begin
       return case when shorter < to_char(after, 'YYYY-MM-DD') then iso else shorter end;
     end $$`,
];

/**
 * The member's missing generated trials, with what their rows are drawn from. Validity periods start
 * 2016 to mid-2019 and end by 2021 (ideas have none yet); a trial's plan starts up to a year before.
 */
const GENERATED_TRIALS = `
  create temp table generated_trial on commit drop as
  select n, key, id_name, pg_temp.name_id(id_name) as id, seed, status, start_day, end_day,
         greatest(date '2016-01-01', start_day - 365) as plan_start,
         'Genereret forsøg ' || n || ': ' || ($topics::text[])[1 + floor(pg_temp.draw(seed || ':topic') * cardinality($topics::text[]))::int]
           || ' ' || ($places::text[])[1 + floor(pg_temp.draw(seed || ':place') * cardinality($places::text[]))::int] as title,
         case when status <> $idea then pg_temp.partial(start_day, pg_temp.draw(seed || ':from'), null) end as valid_from,
         case when status <> $idea then pg_temp.partial(end_day, pg_temp.draw(seed || ':to'), start_day) end as valid_to,
         case when pg_temp.draw(seed || ':codes') < 0.6 then 1 when pg_temp.draw(seed || ':codes') < 0.9 then 2 else 3 end as code_count,
         floor($milestones::int * (completed_from + (completed_to - completed_from) * pg_temp.draw(seed || ':completed')))::int as completed
  from generate_series(1, $trials::int) n
  cross join lateral (select 'scale-' || n as key, $slug || '/trial/scale-' || n as id_name, $slug || '/scale-' || n as seed,
                             ($slots::text[])[1 + (n * 7) % cardinality($slots::text[])] as status) named
  join unnest($statuses::text[], $completed_from::float8[], $completed_to::float8[]) as cycle(status, completed_from, completed_to) using (status)
  cross join lateral (select date '2016-01-01' + floor(pg_temp.draw(seed || ':start') * (date '2019-06-30' - date '2016-01-01'))::int as start_day) starts
  cross join lateral (select start_day + 180 + floor(pg_temp.draw(seed || ':length') * (date '2021-12-31' - start_day - 180))::int as end_day) ends
  where not exists (select 1 from trial where trial.key = named.key)`;

const TRIALS = `
  insert into trial (id, key, title, purpose, status, valid_from, valid_to)
  select id, key, title, $purpose, status, valid_from, valid_to from generated_trial order by n
  on conflict do nothing`;

/** One to three of the common exemptions, drawn without repeats. */
const EXEMPTIONS = `
  insert into trial_exemption (trial_id, code)
  select t.id, code from generated_trial t
  cross join lateral (select code from unnest($codes::text[]) code order by pg_temp.draw(t.seed || ':code:' || code) limit t.code_count) drawn
  on conflict do nothing`;

/**
 * Due dates drawn across the plan and numbered in date order; the first `completed` of them done,
 * each no earlier than the one before and never after 2021 (so never in the future).
 */
const MILESTONES = `
  with drawn as (
    select t.id as trial_id, t.id_name, t.seed, t.completed, p,
           t.plan_start + floor(pg_temp.draw(t.seed || ':due:' || p) * (t.end_day - t.plan_start))::int as due_day
    from generated_trial t, generate_series(1, $milestones::int) p
  ), numbered as (
    select *, (row_number() over (partition by trial_id order by due_day, p) - 1)::int as position from drawn
  ), done as (
    select *, lag(due_day) over plan as previous_due,
           case when position < completed then least(date '2021-12-31',
             max(greatest(date '2016-01-01', due_day - 20 + floor(pg_temp.draw(seed || ':done:' || position) * 80)::int)) over plan) end as done_day
    from numbered window plan as (partition by trial_id order by position)
  )
  insert into milestone (id, trial_id, position, title, due_on, completed_on, state)
  select pg_temp.name_id(id_name || '/milestone/' || position), trial_id, position,
         'Milepæl ' || (position + 1) || ': ' || ($phases::text[])[1 + position * cardinality($phases::text[]) / $milestones::int],
         pg_temp.partial(due_day, pg_temp.draw(seed || ':due-precision:' || position), previous_due),
         case when done_day is not null then pg_temp.partial(done_day, pg_temp.draw(seed || ':done-precision:' || position), lag(done_day) over plan) end,
         case when done_day is not null then 'DONE' else 'PLANNED' end
  from done window plan as (partition by trial_id order by position)
  on conflict do nothing`;

/** Completed trials are evaluated after their period, half of them midway too; every dimension answered. */
const EVALUATIONS = `
  insert into evaluation (id, trial_id, recorded_on, answers)
  select pg_temp.name_id(t.id_name || '/evaluation/' || e.i), t.id, to_char(e.day, 'YYYY-MM-DD'),
         (select jsonb_object_agg(dimension, ($answers::text[])[1 + floor(pg_temp.draw(t.seed || ':answer:' || e.i || ':' || dimension) * cardinality($answers::text[]))::int])
          from unnest($dimensions::text[]) dimension)
  from generated_trial t
  cross join lateral (values
    (0, t.start_day + (t.end_day - t.start_day) / 2, pg_temp.draw(t.seed || ':midway') < 0.5),
    (1, least(date '2021-12-31', t.end_day + 30 + floor(pg_temp.draw(t.seed || ':report') * 90)::int), true)) as e(i, day, held)
  where t.status = $completed and e.held
  on conflict do nothing`;

/** Runs SQL written with `$name` placeholders; returns the rows it wrote. */
async function run(client: pg.Client, sql: string, values: Record<string, unknown>): Promise<number> {
  const names: string[] = [];
  const text = sql.replace(/\$([a-z_]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    const index = names.indexOf(name);
    return `$${index >= 0 ? index + 1 : names.push(name)}`;
  });
  return (await client.query(text, names.map((name) => values[name]))).rowCount ?? 0;
}

/** Refuses counts the kit's maxima do not allow, before anything is written. */
export function checkScaleCounts({ trials, milestones }: ScaleCounts): void {
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`trials must be a whole number of at least 0, not ${trials}`);
  if (!Number.isInteger(milestones) || milestones < 0 || milestones > MAX_MILESTONES) {
    throw new RangeError(`milestones must be a whole number from 0 to ${MAX_MILESTONES} (MAX_MILESTONES), not ${milestones}`);
  }
}

/** Whether the member's schema has the kit's tables yet. */
async function hasTables(client: pg.Client, slug: string): Promise<boolean> {
  const { rows } = await client.query(`select to_regclass($1) is not null as found`, [`"${schemaName(slug)}".trial`]);
  return rows[0].found;
}

/** Brings a member's schema to where its subgraph's first start would: migrated and holding its source data. */
async function prepareSchema(databaseUrl: string, module: MunicipalityModule): Promise<void> {
  const orm = await openSchemaDatabase({
    url: databaseUrl,
    schema: schemaName(module.slug),
    entities: [...kitEntities, ...(module.local?.entities ?? [])],
    migrations: [...kitMigrations, ...(module.local?.migrations ?? [])],
  });
  try {
    await seedMunicipality(orm.em.fork(), module);
    await module.local?.seed?.(orm.em.fork());
  } finally {
    await orm.close();
  }
}

/** Inserts the member's missing generated trials with their exemptions, milestones and evaluations. */
async function addTrials(client: pg.Client, slug: string, counts: ScaleCounts): Promise<Omit<ScaleChange, "slug" | "ms">> {
  for (const helper of HELPERS) await client.query(helper);
  await run(client, GENERATED_TRIALS, {
    slug,
    trials: counts.trials,
    milestones: counts.milestones,
    slots: STATUS_SLOTS,
    statuses: LIFE_CYCLE.map((c) => c.status),
    completed_from: LIFE_CYCLE.map((c) => c.completed[0]),
    completed_to: LIFE_CYCLE.map((c) => c.completed[1]),
    idea: TrialStatus.IDEA,
    topics: TOPICS,
    places: PLACES,
  });
  return {
    trials: await run(client, TRIALS, { purpose: PURPOSE }),
    exemptions: await run(client, EXEMPTIONS, { codes: COMMON_EXEMPTION_CODES }),
    milestones: counts.milestones ? await run(client, MILESTONES, { milestones: counts.milestones, phases: PHASES }) : 0,
    evaluations: await run(client, EVALUATIONS, { completed: TrialStatus.COMPLETED, dimensions: EVALUATION_DIMENSIONS, answers: ANSWERS }),
  };
}

/** Deletes the member's generated trials and everything hanging off them; source rows stay. */
async function removeTrials(client: pg.Client): Promise<Omit<ScaleChange, "slug" | "ms">> {
  const generated = `select id from trial where key ~ ${GENERATED_KEY_SQL}`;
  const children = async (table: string) => (await client.query(`delete from ${table} where trial_id in (${generated})`)).rowCount ?? 0;
  const exemptions = await children("trial_exemption");
  const milestones = await children("milestone");
  const evaluations = await children("evaluation");
  const trials = (await client.query(`delete from trial where key ~ ${GENERATED_KEY_SQL}`)).rowCount ?? 0;
  return { trials, exemptions, milestones, evaluations };
}

/** Runs `change` in one transaction inside the member's schema, timing it. */
async function inMemberSchema(client: pg.Client, slug: string, change: () => Promise<Omit<ScaleChange, "slug" | "ms">>): Promise<ScaleChange> {
  const started = performance.now();
  await client.query("begin");
  try {
    await client.query(`set local search_path to "${schemaName(slug)}"`);
    const counts = await change();
    await client.query("commit");
    return { slug, ...counts, ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}

/** Runs `work` for every member, a few members at a time (each on its own connection), keeping their order. */
async function forEachMember<M, T>(modules: readonly M[], work: (module: M) => Promise<T>): Promise<T[]> {
  // PostgreSQL does most of the work; one member per core keeps every core busy without queueing.
  const concurrency = Math.max(1, Math.min(availableParallelism(), modules.length));
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < modules.length) {
      const i = next++;
      results[i] = await work(modules[i]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/**
 * Gives every member `counts.trials` generated trials (`scale-1` …), adding only the missing ones.
 * A member's schema without tables is first migrated and seeded as its subgraph would do it.
 */
export async function seedScale(
  databaseUrl: string,
  modules: readonly MunicipalityModule[],
  counts: ScaleCounts,
  onMember: (change: ScaleChange) => void = () => {},
): Promise<ScaleChange[]> {
  checkScaleCounts(counts);
  return forEachMember(modules, (module) =>
    withClient(databaseUrl, async (client) => {
      if (!(await hasTables(client, module.slug))) await prepareSchema(databaseUrl, module);
      const change = await inMemberSchema(client, module.slug, () => addTrials(client, module.slug, counts));
      onMember(change);
      return change;
    }),
  );
}

/** Deletes every generated trial (with its exemptions, milestones and evaluations) of every member. */
export async function removeScale(
  databaseUrl: string,
  modules: readonly Pick<MunicipalityModule, "slug">[],
  onMember: (change: ScaleChange) => void = () => {},
): Promise<ScaleChange[]> {
  return forEachMember(modules, ({ slug }) =>
    withClient(databaseUrl, async (client) => {
      const change = (await hasTables(client, slug))
        ? await inMemberSchema(client, slug, () => removeTrials(client))
        : { slug, trials: 0, exemptions: 0, milestones: 0, evaluations: 0, ms: 0 };
      onMember(change);
      return change;
    }),
  );
}
