import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, withClient } from "../../../tests/support/database.js";
import { COMMON_EXEMPTION_CODES, EVALUATION_DIMENSIONS } from "../src/enums.js";
import {
  commonExemptionTrials, CouncilKind, defineMunicipality, endOfPeriod, isPartialDate, MAX_EVALUATIONS, MAX_EXEMPTIONS, MAX_MILESTONES,
  removeScale, seedScale, TrialStatus, type MunicipalityModule,
} from "../src/index.js";

/** Two members with source data of their own; one slug with a hyphen, as `ringkobing-skjern` has. */
const modules: MunicipalityModule[] = [
  { slug: "provekommune", name: "Prøvekommune", typePrefix: "Provekommune" },
  { slug: "prove-by", name: "Prøve By", typePrefix: "ProveBy" },
].map((m) =>
  defineMunicipality({
    ...m,
    data: {
      councils: [{ key: "lokalraad", name: "Lokalråd", kind: CouncilKind.LOKALRAAD, description: null, count: 3, validFrom: null, validTo: null, sources: commonExemptionTrials()[0]!.sources }],
      policies: [],
      trials: commonExemptionTrials(),
    },
  }),
);
const schemaOf = (slug: string) => slug.replace(/-/g, "_");
const SOURCE_TRIALS = commonExemptionTrials().length;
const GENERATED = `key ~ '^scale-[0-9]+$'`;

async function rows<T = any>(url: string, sql: string): Promise<T[]> {
  return withClient(url, async (client) => (await client.query(sql)).rows);
}

/** Every row of the kit's tables in a member's schema, timestamps included, in a fixed order. */
async function everything(url: string, slug: string, where = "true") {
  const s = `"${schemaOf(slug)}"`;
  const trials = `select id from ${s}.trial where ${where}`;
  return {
    councils: await rows(url, `select * from ${s}.council order by id`),
    policies: await rows(url, `select * from ${s}.policy order by id`),
    trials: await rows(url, `select * from ${s}.trial where ${where} order by id`),
    exemptions: await rows(url, `select * from ${s}.trial_exemption where trial_id in (${trials}) order by trial_id, code`),
    milestones: await rows(url, `select * from ${s}.milestone where trial_id in (${trials}) order by id`),
    evaluations: await rows(url, `select * from ${s}.evaluation where trial_id in (${trials}) order by id`),
  };
}

/** The generated rows without the moments they were written, to compare runs on different databases. */
async function generatedRows(url: string, slug: string) {
  const { councils: _c, policies: _p, ...generated } = await everything(url, slug, GENERATED);
  const untimed = (list: any[]) => list.map(({ created_at: _a, updated_at: _u, ...row }) => row);
  return Object.fromEntries(Object.entries(generated).map(([table, list]) => [table, untimed(list)]));
}

async function generatedCounts(url: string, slug: string) {
  const generated = await everything(url, slug, GENERATED);
  return { trials: generated.trials.length, exemptions: generated.exemptions.length, milestones: generated.milestones.length, evaluations: generated.evaluations.length };
}

let url: string;
let source: Record<string, Awaited<ReturnType<typeof everything>>>;

beforeAll(async () => {
  url = await createTestDatabase(inject("databaseUrl"));
  // With no trials asked for, a run only brings the members' empty schemas up as their subgraphs would.
  await seedScale(url, modules, { trials: 0, milestones: 3 });
  source = Object.fromEntries(await Promise.all(modules.map(async (m) => [m.slug, await everything(url, m.slug)] as const)));
});

describe("pnpm seed:scale", () => {
  it("migrates a member's empty schema and loads its source data first", () => {
    for (const m of modules) {
      expect(source[m.slug]!.trials.map((t) => t.key).sort()).toEqual(m.data.trials.map((t) => t.key).sort());
      expect(source[m.slug]!.councils).toHaveLength(m.data.councils.length);
    }
  });

  it("adds the asked number of trials and milestones to every member, and says what it added", async () => {
    const changes = await seedScale(url, modules, { trials: 30, milestones: 3 });
    expect(changes.map(({ ms: _ms, ...change }) => change)).toEqual(
      await Promise.all(modules.map(async (m) => ({ slug: m.slug, ...(await generatedCounts(url, m.slug)) }))),
    );
    for (const change of changes) {
      expect(change).toMatchObject({ trials: 30, milestones: 90 });
      expect(change.exemptions).toBeGreaterThanOrEqual(30);
      expect(change.evaluations).toBeGreaterThan(0);
    }
    for (const m of modules) {
      const [{ total }] = await rows(url, `select count(*)::int as total from "${schemaOf(m.slug)}".trial`);
      expect(total).toBe(SOURCE_TRIALS + 30);
    }
  });

  it("spreads the trials over every status of the life cycle", async () => {
    for (const m of modules) {
      const statuses = await rows(url, `select distinct status from "${schemaOf(m.slug)}".trial where ${GENERATED} order by status`);
      expect(statuses.map((s) => s.status)).toEqual(Object.values(TrialStatus).sort());
    }
  });

  it("gives every trial one to three of the common exemptions", async () => {
    for (const m of modules) {
      const trials = await rows(url, `select t.key, array_agg(e.code order by e.code) as codes from "${schemaOf(m.slug)}".trial t
        left join "${schemaOf(m.slug)}".trial_exemption e on e.trial_id = t.id where t.${GENERATED} group by t.key`);
      expect(trials).toHaveLength(30);
      for (const { codes } of trials) {
        expect(codes.length).toBeGreaterThanOrEqual(1);
        expect(codes.length).toBeLessThanOrEqual(Math.min(3, MAX_EXEMPTIONS));
        for (const code of codes) expect(COMMON_EXEMPTION_CODES).toContain(code);
      }
    }
  });

  it("says in title and purpose that a trial is generated, and gives it a valid period (none for ideas)", async () => {
    for (const m of modules) {
      for (const t of await rows(url, `select * from "${schemaOf(m.slug)}".trial where ${GENERATED}`)) {
        expect(t.title).toMatch(new RegExp(`^Genereret forsøg ${t.key.slice("scale-".length)}: \\S`));
        expect(t.purpose).toMatch(/^Genereret til ydelsesmåling/);
        if (t.status === TrialStatus.IDEA) {
          expect([t.valid_from, t.valid_to]).toEqual([null, null]);
        } else {
          expect(isPartialDate(t.valid_from) && isPartialDate(t.valid_to)).toBe(true);
          expect(t.valid_from.slice(0, 4) >= "2016" && endOfPeriod(t.valid_to) <= "2021-12-31").toBe(true);
          expect(t.valid_to >= t.valid_from).toBe(true);
        }
      }
    }
  });

  it("dates milestones in order, and completes none in the future and none of an idea", async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const m of modules) {
      const milestones = await rows(url, `select t.key, t.status, m.position, m.due_on, m.completed_on from "${schemaOf(m.slug)}".milestone m
        join "${schemaOf(m.slug)}".trial t on t.id = m.trial_id where t.${GENERATED} order by t.key, m.position`);
      const precisions = new Set(milestones.map((ms) => ms.due_on.length));
      expect([...precisions].sort((a, b) => a - b)).toEqual([4, 7, 10]);
      for (const [i, ms] of milestones.entries()) {
        expect(isPartialDate(ms.due_on)).toBe(true);
        const previous = milestones[i - 1];
        if (previous?.key === ms.key) expect(ms.due_on >= previous.due_on).toBe(true);
        if (ms.completed_on === null) continue;
        expect(isPartialDate(ms.completed_on)).toBe(true);
        expect(endOfPeriod(ms.completed_on) <= today).toBe(true);
        expect(ms.status).not.toBe(TrialStatus.IDEA);
      }
      expect(milestones.some((ms) => ms.completed_on !== null)).toBe(true);
    }
  });

  it("evaluates completed trials only, answering every dimension of the template", async () => {
    for (const m of modules) {
      const trials = await rows(url, `select t.status, coalesce(json_agg(e.answers) filter (where e.id is not null), '[]') as evaluations
        from "${schemaOf(m.slug)}".trial t left join "${schemaOf(m.slug)}".evaluation e on e.trial_id = t.id where t.${GENERATED} group by t.id, t.status`);
      for (const t of trials) {
        if (t.status !== TrialStatus.COMPLETED) {
          expect(t.evaluations).toEqual([]);
          continue;
        }
        expect(t.evaluations.length).toBeGreaterThanOrEqual(1);
        expect(t.evaluations.length).toBeLessThanOrEqual(MAX_EVALUATIONS);
        for (const answers of t.evaluations) expect(Object.keys(answers).sort()).toEqual([...EVALUATION_DIMENSIONS].sort());
      }
    }
  });

  it("changes nothing when run again", async () => {
    const before = await Promise.all(modules.map((m) => everything(url, m.slug)));
    const changes = await seedScale(url, modules, { trials: 30, milestones: 3 });
    expect(changes.map(({ ms: _ms, ...change }) => change)).toEqual(modules.map((m) => ({ slug: m.slug, trials: 0, exemptions: 0, milestones: 0, evaluations: 0 })));
    expect(await Promise.all(modules.map((m) => everything(url, m.slug)))).toEqual(before);
  });

  it("writes the same rows on another database for the same arguments", async () => {
    const other = await createTestDatabase(inject("databaseUrl"));
    await seedScale(other, modules, { trials: 30, milestones: 3 });
    for (const m of modules) expect(await generatedRows(other, m.slug)).toEqual(await generatedRows(url, m.slug));
  });

  it("adds only the missing trials when asked for more, leaving the others as they are", async () => {
    const before = await Promise.all(modules.map((m) => everything(url, m.slug)));
    const changes = await seedScale(url, modules, { trials: 45, milestones: 3 });
    for (const change of changes) expect(change).toMatchObject({ trials: 15, milestones: 45 });
    for (const [i, m] of modules.entries()) {
      expect(await everything(url, m.slug, `case when ${GENERATED} then substr(key, 7)::int <= 30 else true end`)).toEqual(before[i]);
      expect(await generatedCounts(url, m.slug)).toMatchObject({ trials: 45, milestones: 135 });
    }
  });

  it("refuses more milestones per trial than a trial may have, writing nothing", async () => {
    const before = await Promise.all(modules.map((m) => generatedCounts(url, m.slug)));
    await expect(seedScale(url, modules, { trials: 50, milestones: MAX_MILESTONES + 1 })).rejects.toThrow(/milestones/);
    await expect(seedScale(url, modules, { trials: -1, milestones: 3 })).rejects.toThrow(/trials/);
    expect(await Promise.all(modules.map((m) => generatedCounts(url, m.slug)))).toEqual(before);
  });

  it("removes every generated row, leaving exactly the source data", async () => {
    const changes = await removeScale(url, modules);
    for (const change of changes) expect(change).toMatchObject({ trials: 45, milestones: 135 });
    for (const m of modules) expect(await everything(url, m.slug)).toEqual(source[m.slug]);
    expect((await removeScale(url, modules)).map((c) => c.trials)).toEqual(modules.map(() => 0));
  });
});
