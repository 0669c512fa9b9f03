import { raw, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, decodeCursor, isUuid, pageSize, toConnection } from "@frikommune/subgraph-server";
import { AnchoringEntity, CouncilEntity, PolicyEntity, StatementEntity, TrialEntity, type MilestoneRow, type TrialRow } from "./entities.js";
import { EVALUATION_DIMENSIONS, OPEN_MILESTONE_STATES, TrialStatus, type StatementKind } from "./enums.js";
import { MAX_ANCHORING, MAX_COUNCILS, MAX_POLICIES, MAX_STATEMENTS } from "./limits.js";
import { selectRows } from "./rows.js";
import { since } from "./validation.js";
import type { TrialsArgs } from "./graph/args.js";

export function listCouncils(em: EntityManager) {
  return selectRows(em, CouncilEntity, {}, { orderBy: { kind: "asc", name: "asc", id: "asc" }, limit: MAX_COUNCILS });
}

export function listPolicies(em: EntityManager) {
  return selectRows(em, PolicyEntity, {}, { orderBy: { adoptedOn: "asc", title: "asc", id: "asc" }, limit: MAX_POLICIES });
}

export function listAnchoring(em: EntityManager) {
  return selectRows(em, AnchoringEntity, {}, { orderBy: { position: "asc", id: "asc" }, limit: MAX_ANCHORING });
}

export function listStatements(em: EntityManager, kind: StatementKind | null | undefined) {
  return selectRows(em, StatementEntity, kind ? { kind } : {}, { orderBy: { position: "asc", id: "asc" }, limit: MAX_STATEMENTS });
}

/** Trials ordered by title, paged by keyset; a constant number of statements whatever the size. */
export async function trialsPage(em: EntityManager, args: TrialsArgs) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after && !isUuid(after[1])) throw badUserInput("after is not a cursor returned by this list", "after");
  const where: FilterQuery<TrialRow> = {};
  if (args.status) where.status = args.status;
  if (args.updatedSince) where.updatedAt = { $gte: since(args.updatedSince, "updatedSince") };
  // A semi-join in SQL: the trials using an exemption never pass through memory as a list of ids.
  if (args.exemption) where.id = { $in: raw("select trial_id from trial_exemption where code = ?", [args.exemption.toUpperCase()]) };
  const page = after ? { $and: [where, { $or: [{ title: { $gt: after[0] } }, { title: after[0], id: { $gt: after[1] } }] }] } : where;
  const counted = !args.exemption && !args.updatedSince;
  const [rows, totalCount] = await Promise.all([
    selectRows(em, TrialEntity, page, { orderBy: { title: "asc", id: "asc" }, limit: limit + 1 }),
    counted ? trialCount(em, args.status ?? null) : em.count(TrialEntity, where),
  ]);
  return toConnection<TrialRow>(rows, limit, totalCount, (t) => [t.title, t.id]);
}

/** The trials of a status (or all), from the counters the database keeps. */
async function trialCount(em: EntityManager, status: TrialStatus | null): Promise<number> {
  const [row] = await em.execute<{ n: string | null }[]>(`select sum(n) as n from trial_status_count${status ? " where status = ?" : ""}`, status ? [status] : []);
  return Number(row?.n ?? 0);
}

/** Trials per status and milestones past their period, from the counters the database keeps. */
export async function trialSummary(em: EntityManager) {
  const [byStatus, overdue] = await Promise.all([
    em.execute<{ status: TrialStatus; n: number }[]>("select status, n from trial_status_count"),
    em.execute<{ n: string | null }[]>("select sum(n) as n from open_milestone_count where due_end < current_date"),
  ]);
  const counts = new Map(byStatus.map((r) => [r.status, Number(r.n)]));
  return {
    total: [...counts.values()].reduce((sum, n) => sum + n, 0),
    byStatus: Object.values(TrialStatus).map((status) => ({ status, count: counts.get(status) ?? 0 })),
    overdueMilestones: Number(overdue[0]?.n ?? 0),
  };
}

/**
 * Trials with an evaluation answering each dimension, in the template's order. It reads the
 * evaluations themselves (no counter keeps a distinct count of trials), so it runs only for a
 * request that asks for it, not with every summary.
 */
export async function evaluatedByDimension(em: EntityManager) {
  const rows = await em.execute<{ dimension: string; n: string }[]>(
    "select d.dimension, count(distinct e.trial_id) as n from evaluation e cross join lateral jsonb_object_keys(e.answers) as d(dimension) group by d.dimension",
  );
  const byDimension = new Map(rows.map((r) => [r.dimension, Number(r.n)]));
  return EVALUATION_DIMENSIONS.map((dimension) => ({ dimension, trials: byDimension.get(dimension) ?? 0 }));
}

/**
 * Milestones past their whole due period and not done, the longest overdue first, with their
 * trials: two statements however many (a partial index on due_end serves the first).
 */
export async function overdueMilestones(em: EntityManager, limit: number): Promise<{ milestone: MilestoneRow & { overdue: true }; trial: TrialRow }[]> {
  const milestones = await em.execute<MilestoneRow[]>(
    `select id, trial_id as "trialId", title, due_on as "dueOn", completed_on as "completedOn", state from milestone
     where state in (${OPEN_MILESTONE_STATES.map(() => "?").join(", ")}) and due_end < current_date
     order by due_end, trial_id, position limit ?`,
    [...OPEN_MILESTONE_STATES, limit],
  );
  if (!milestones.length) return [];
  const trials = await selectRows(em, TrialEntity, { id: { $in: [...new Set(milestones.map((m) => m.trialId))] } });
  const byId = new Map(trials.map((t) => [t.id, t]));
  return milestones.map((m) => ({ milestone: { ...m, overdue: true }, trial: byId.get(m.trialId)! }));
}
