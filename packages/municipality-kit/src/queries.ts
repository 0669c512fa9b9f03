import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, decodeCursor, isUuid, pageSize, toConnection } from "@frikommune/subgraph-server";
import { CouncilEntity, PolicyEntity, TrialEntity, TrialExemptionEntity, type TrialRow } from "./entities.js";
import { TrialStatus } from "./enums.js";
import { MAX_COUNCILS, MAX_POLICIES } from "./limits.js";
import { END_OF_PERIOD_SQL } from "./partial-date.js";
import { since } from "./validation.js";
import type { TrialsArgs } from "./graph/args.js";

export function listCouncils(em: EntityManager) {
  return em.find(CouncilEntity, {}, { orderBy: { kind: "asc", name: "asc", id: "asc" }, limit: MAX_COUNCILS });
}

export function listPolicies(em: EntityManager) {
  return em.find(PolicyEntity, {}, { orderBy: { adoptedOn: "asc", title: "asc", id: "asc" }, limit: MAX_POLICIES });
}

/** Trials ordered by title, paged by keyset; a constant number of statements whatever the size. */
export async function trialsPage(em: EntityManager, args: TrialsArgs) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after && !isUuid(after[1])) throw badUserInput("after is not a cursor returned by this list", "after");
  const where: Record<string, unknown> = {};
  if (args.status) where.status = args.status;
  if (args.updatedSince) where.updatedAt = { $gte: since(args.updatedSince, "updatedSince") };
  if (args.exemption) {
    const using = await em.find(TrialExemptionEntity, { code: args.exemption.toUpperCase() }, { fields: ["trialId"] });
    where.id = { $in: using.map((u) => u.trialId) };
  }
  const page = after
    ? { $and: [where, { $or: [{ title: { $gt: after[0] } }, { title: after[0], id: { $gt: after[1] } }] }] }
    : where;
  const [rows, totalCount] = await Promise.all([
    em.find(TrialEntity, page, { orderBy: { title: "asc", id: "asc" }, limit: limit + 1 }),
    em.count(TrialEntity, where),
  ]);
  return toConnection<TrialRow>(rows, limit, totalCount, (t) => [t.title, t.id]);
}

export async function trialSummary(em: EntityManager) {
  const [byStatus, overdue] = await Promise.all([
    em.execute<{ status: TrialStatus; count: string }[]>("select status, count(*) as count from trial group by status"),
    em.execute<{ count: string }[]>(
      `select count(*) as count from milestone where completed_on is null and due_on is not null and ${END_OF_PERIOD_SQL("due_on")} < current_date`,
    ),
  ]);
  const counts = new Map(byStatus.map((r) => [r.status, Number(r.count)]));
  return {
    total: byStatus.reduce((sum, r) => sum + Number(r.count), 0),
    byStatus: Object.values(TrialStatus).map((status) => ({ status, count: counts.get(status) ?? 0 })),
    overdueMilestones: Number(overdue[0]?.count ?? 0),
  };
}
