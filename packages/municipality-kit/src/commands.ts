import { randomUUID } from "node:crypto";
import { LockMode, type EntityName } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { badUserInput, isUuid } from "@frikommune/subgraph-server";
import { audit, type Actor } from "@frikommune/db";
import { CouncilEntity, EvaluationEntity, MilestoneEntity, PolicyEntity, TrialEntity, TrialExemptionEntity, type CouncilRow, type EvaluationRow, type MilestoneRow, type PolicyRow, type TrialRow } from "./entities.js";
import { MilestoneState, TrialStatus } from "./enums.js";
import type { CouncilInput, CreateTrialInput, EvaluationInput, MilestoneInput, PolicyInput, UpdateCouncilInput, UpdatePolicyInput, UpdateTrialInput } from "./graph/inputs.js";
import { MAX_COUNCILS, MAX_EVALUATIONS, MAX_MILESTONES, MAX_POLICIES } from "./limits.js";
import { lockTable } from "./locks.js";
import { evaluationAnswers, exemptionCodes, goals, partialDate, period, positiveCount, required, roomFor, text, TRIAL_TRANSITIONS } from "./validation.js";

async function findTrial(tx: EntityManager, id: string, field: string, lock?: LockMode): Promise<TrialRow> {
  const trial = isUuid(id) ? await tx.findOne(TrialEntity, { id }, { lockMode: lock }) : null;
  if (!trial) throw badUserInput(`No trial ${id} in this municipality`, field);
  return trial;
}

/** The trial a write adds a child to, locked until the write commits, so concurrent writes count its children one after another. */
const lockedTrial = (tx: EntityManager, id: string) => findTrial(tx, id, "trialId", LockMode.PESSIMISTIC_WRITE);

const trialFields = (t: TrialRow) => ({
  title: t.title, purpose: t.purpose, status: t.status, ownerCouncilId: t.ownerCouncilId ?? null, validFrom: t.validFrom ?? null, validTo: t.validTo ?? null,
});

async function ownCouncil(tx: EntityManager, id: string | null, field: string): Promise<string | null> {
  if (id != null && !(isUuid(id) && (await tx.findOne(CouncilEntity, { id })))) throw badUserInput(`No council ${id} in this municipality`, field);
  return id;
}

/** Only the fields an update input sets; `null` is a value, omitted is "leave as is". */
function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Every write: validated first, then one transaction that includes its audit entry. */
export async function createTrial(em: EntityManager, actor: Actor, input: CreateTrialInput): Promise<TrialRow> {
  const title = text(input.title, "input.title", { min: 3, max: 200 });
  const purpose = text(input.purpose, "input.purpose", { max: 4000 });
  const codes = exemptionCodes(input.exemptionCodes, "input.exemptionCodes");
  const validFrom = partialDate(input.validFrom, "input.validFrom");
  const validTo = partialDate(input.validTo, "input.validTo");
  period(validFrom, validTo, "input.validTo");
  return em.transactional(async (tx) => {
    const ownerCouncilId = await ownCouncil(tx, input.ownerCouncilId ?? null, "input.ownerCouncilId");
    const id = randomUUID();
    const trial = tx.create(TrialEntity, { id, key: id, title, purpose, status: TrialStatus.IDEA, ownerCouncilId, validFrom, validTo });
    // Children reference the trial by a plain column, so the trial is written first.
    await tx.flush();
    for (const code of codes) tx.create(TrialExemptionEntity, { trialId: id, code });
    audit(tx, actor, { type: "Trial", id }, "create", {}, { ...trialFields(trial), exemptionCodes: codes });
    return trial;
  });
}

export async function setTrialStatus(em: EntityManager, actor: Actor, id: string, status: TrialStatus, note: string | null): Promise<TrialRow> {
  const reason = note == null ? null : text(note, "note", { max: 2000 });
  return em.transactional(async (tx) => {
    const trial = await findTrial(tx, id, "id");
    if (!TRIAL_TRANSITIONS[trial.status].includes(status)) {
      const allowed = TRIAL_TRANSITIONS[trial.status];
      throw badUserInput(`A trial that is ${trial.status} can become ${allowed.length ? allowed.join(" or ") : "nothing else"}, not ${status}`, "status");
    }
    const before = trialFields(trial);
    trial.status = status;
    audit(tx, actor, { type: "Trial", id }, "setStatus", { ...before, note: null }, { ...trialFields(trial), note: reason });
    return trial;
  });
}

export async function addMilestone(em: EntityManager, actor: Actor, trialId: string, input: MilestoneInput): Promise<MilestoneRow> {
  const title = text(input.title, "input.title", { min: 3, max: 200 });
  const dueOn = partialDate(input.dueOn, "input.dueOn");
  return em.transactional(async (tx) => {
    const trial = await lockedTrial(tx, trialId);
    const position = await tx.count(MilestoneEntity, { trialId });
    roomFor(position, MAX_MILESTONES, "milestones per trial", "trialId");
    trial.updatedAt = new Date();
    const id = randomUUID();
    const milestone = tx.create(MilestoneEntity, { id, trialId, position, title, dueOn, completedOn: null, state: MilestoneState.PLANNED });
    audit(tx, actor, { type: "Milestone", id }, "create", {}, { trialId, title, dueOn });
    return milestone;
  });
}

export async function completeMilestone(em: EntityManager, actor: Actor, id: string, completedOn: string): Promise<MilestoneRow> {
  const done = partialDate(completedOn, "completedOn")!;
  if (done > new Date().toISOString().slice(0, done.length)) throw badUserInput("completedOn lies in the future", "completedOn");
  return em.transactional(async (tx) => {
    const milestone = isUuid(id) ? await tx.findOne(MilestoneEntity, { id }) : null;
    if (!milestone) throw badUserInput(`No milestone ${id} in this municipality`, "id");
    if (milestone.state === MilestoneState.DONE) throw badUserInput(`The milestone was already completed${milestone.completedOn ? ` on ${milestone.completedOn}` : ""}`, "id");
    const before = { completedOn: milestone.completedOn ?? null, state: milestone.state };
    milestone.completedOn = done;
    milestone.state = MilestoneState.DONE;
    (await findTrial(tx, milestone.trialId, "id")).updatedAt = new Date();
    audit(tx, actor, { type: "Milestone", id }, "complete", before, { completedOn: done, state: milestone.state });
    return milestone;
  });
}

/** Records what is known of a milestone that is not done: still PLANNED, NOT_DONE, or UNKNOWN. DONE goes through completeMilestone, which needs a date. */
export async function setMilestoneState(em: EntityManager, actor: Actor, id: string, state: MilestoneState): Promise<MilestoneRow> {
  if (state === MilestoneState.DONE) throw badUserInput("A milestone becomes DONE by completing it with its completedOn date", "state");
  return em.transactional(async (tx) => {
    const milestone = isUuid(id) ? await tx.findOne(MilestoneEntity, { id }) : null;
    if (!milestone) throw badUserInput(`No milestone ${id} in this municipality`, "id");
    if (milestone.state === MilestoneState.DONE) throw badUserInput(`The milestone was completed${milestone.completedOn ? ` on ${milestone.completedOn}` : ""}`, "id");
    if (milestone.state === state) return milestone;
    const before = { state: milestone.state };
    milestone.state = state;
    (await findTrial(tx, milestone.trialId, "id")).updatedAt = new Date();
    audit(tx, actor, { type: "Milestone", id }, "setState", before, { state });
    return milestone;
  });
}

export async function updateTrial(em: EntityManager, actor: Actor, id: string, input: UpdateTrialInput): Promise<TrialRow> {
  const changes = given(input);
  const title = changes.title !== undefined ? text(required(changes.title, "input.title"), "input.title", { min: 3, max: 200 }) : undefined;
  const purpose = changes.purpose !== undefined ? text(required(changes.purpose, "input.purpose"), "input.purpose", { max: 4000 }) : undefined;
  const codes = changes.exemptionCodes !== undefined ? exemptionCodes(required(changes.exemptionCodes, "input.exemptionCodes"), "input.exemptionCodes") : undefined;
  return em.transactional(async (tx) => {
    const trial = await findTrial(tx, id, "id");
    const currentCodes = (await tx.find(TrialExemptionEntity, { trialId: id }, { orderBy: { code: "asc" } })).map((e) => e.code);
    const before = { ...trialFields(trial), exemptionCodes: currentCodes };
    const validFrom = "validFrom" in changes ? partialDate(changes.validFrom, "input.validFrom") : (trial.validFrom ?? null);
    const validTo = "validTo" in changes ? partialDate(changes.validTo, "input.validTo") : (trial.validTo ?? null);
    period(validFrom, validTo, "input.validTo");
    if ("ownerCouncilId" in changes) trial.ownerCouncilId = await ownCouncil(tx, changes.ownerCouncilId ?? null, "input.ownerCouncilId");
    if (title !== undefined) trial.title = title;
    if (purpose !== undefined) trial.purpose = purpose;
    // A trial counts as changed when anything it is mirrored with changes, its exemptions included.
    Object.assign(trial, { validFrom, validTo, updatedAt: new Date() });
    if (codes) {
      await tx.nativeDelete(TrialExemptionEntity, { trialId: id });
      for (const code of codes) tx.create(TrialExemptionEntity, { trialId: id, code });
    }
    audit(tx, actor, { type: "Trial", id }, "update", before, { ...trialFields(trial), exemptionCodes: codes ?? currentCodes });
    return trial;
  });
}

export async function recordEvaluation(em: EntityManager, actor: Actor, trialId: string, input: EvaluationInput): Promise<EvaluationRow> {
  const answers = evaluationAnswers(input.answers, "input.answers");
  const recordedOn = partialDate(input.recordedOn ?? new Date().toISOString().slice(0, 10), "input.recordedOn")!;
  return em.transactional(async (tx) => {
    const trial = await lockedTrial(tx, trialId);
    roomFor(await tx.count(EvaluationEntity, { trialId }), MAX_EVALUATIONS, "evaluations per trial", "trialId");
    trial.updatedAt = new Date();
    const id = randomUUID();
    const evaluation = tx.create(EvaluationEntity, { id, trialId, recordedOn, answers });
    audit(tx, actor, { type: "Evaluation", id }, "record", {}, { trialId, recordedOn, answers });
    return evaluation;
  });
}

const councilFields = (c: CouncilRow) => ({
  name: c.name, kind: c.kind, description: c.description ?? null, count: c.count ?? null, validFrom: c.validFrom ?? null, validTo: c.validTo ?? null,
});

function councilValues(input: Partial<CouncilInput>, current?: CouncilRow) {
  const values = { ...(current ? councilFields(current) : {}), ...input } as CouncilInput;
  const result = {
    name: text(required(values.name, "input.name"), "input.name", { min: 2, max: 200 }),
    kind: required(values.kind, "input.kind"),
    description: values.description == null ? null : text(values.description, "input.description", { max: 4000 }),
    count: positiveCount(values.count, "input.count"),
    validFrom: partialDate(values.validFrom, "input.validFrom"),
    validTo: partialDate(values.validTo, "input.validTo"),
  };
  period(result.validFrom, result.validTo, "input.validTo");
  return result;
}

/** Inserts a validated row under a new id (its key too) with its audit entry, in one transaction, while the table has room. */
function insert<T extends object>(
  em: EntityManager,
  actor: Actor,
  entity: { schema: EntityName<T>; type: string; action: string; max: number; what: string },
  values: Record<string, unknown>,
): Promise<T> {
  return em.transactional(async (tx) => {
    await lockTable(tx, entity.schema);
    roomFor(await tx.count(entity.schema, {}), entity.max, entity.what, "input");
    const id = randomUUID();
    const row = tx.create(entity.schema, { id, key: id, ...values } as never) as T;
    audit(tx, actor, { type: entity.type, id }, entity.action, {}, values);
    return row;
  });
}

export function createCouncil(em: EntityManager, actor: Actor, input: CouncilInput): Promise<CouncilRow> {
  return insert<CouncilRow>(em, actor, { schema: CouncilEntity, type: "LocalCouncil", action: "create", max: MAX_COUNCILS, what: "councils per municipality" }, councilValues(input));
}

/** Loads a row by id, applies the validated values and records before/after, in one transaction. */
async function updateById<T extends object>(
  em: EntityManager,
  actor: Actor,
  entity: { schema: EntityName<T>; type: string; what: string },
  id: string,
  fields: (row: T) => Record<string, unknown>,
  values: (row: T) => Partial<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const row = isUuid(id) ? ((await tx.findOne(entity.schema, { id } as never)) as T | null) : null;
    if (!row) throw badUserInput(`No ${entity.what} ${id} in this municipality`, "id");
    const before = fields(row);
    Object.assign(row, values(row));
    audit(tx, actor, { type: entity.type, id }, "update", before, fields(row));
    return row;
  });
}

export function updateCouncil(em: EntityManager, actor: Actor, id: string, input: UpdateCouncilInput): Promise<CouncilRow> {
  return updateById<CouncilRow>(em, actor, { schema: CouncilEntity, type: "LocalCouncil", what: "council" }, id, councilFields, (row) =>
    councilValues(given(input) as Partial<CouncilInput>, row));
}

const policyFields = (p: PolicyRow) => ({
  title: p.title, kind: p.kind, adoptedOn: p.adoptedOn ?? null, adoptedBy: p.adoptedBy ?? null, summary: p.summary ?? null, goals: p.goals,
});

function policyValues(input: Partial<PolicyInput>, current?: PolicyRow) {
  const values = { ...(current ? policyFields(current) : {}), ...input } as PolicyInput;
  return {
    title: text(required(values.title, "input.title"), "input.title", { min: 2, max: 200 }),
    kind: required(values.kind, "input.kind"),
    adoptedOn: partialDate(values.adoptedOn, "input.adoptedOn"),
    adoptedBy: values.adoptedBy == null ? null : text(values.adoptedBy, "input.adoptedBy", { max: 200 }),
    summary: values.summary == null ? null : text(values.summary, "input.summary", { max: 4000 }),
    goals: goals(values.goals ?? [], "input.goals"),
  };
}

export function adoptPolicy(em: EntityManager, actor: Actor, input: PolicyInput): Promise<PolicyRow> {
  return insert<PolicyRow>(em, actor, { schema: PolicyEntity, type: "Policy", action: "adopt", max: MAX_POLICIES, what: "policies per municipality" }, policyValues(input));
}

export function updatePolicy(em: EntityManager, actor: Actor, id: string, input: UpdatePolicyInput): Promise<PolicyRow> {
  return updateById<PolicyRow>(em, actor, { schema: PolicyEntity, type: "Policy", what: "policy" }, id, policyFields, (row) =>
    policyValues(given(input) as Partial<PolicyInput>, row));
}
