import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Identity } from "@frikommune/auth";
import { badUserInput } from "@frikommune/subgraph-server";
import { audit } from "./audit.js";
import { CouncilEntity, MilestoneEntity, TrialEntity, TrialExemptionEntity, type MilestoneRow, type TrialRow } from "./entities.js";
import { TrialStatus } from "./enums.js";
import type { CreateTrialInput, MilestoneInput } from "./graph/inputs.js";
import { exemptionCodes, partialDate, period, text, TRIAL_TRANSITIONS } from "./validation.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findTrial(tx: EntityManager, id: string, field: string): Promise<TrialRow> {
  const trial = UUID.test(id) ? await tx.findOne(TrialEntity, { id }) : null;
  if (!trial) throw badUserInput(`No trial ${id} in this municipality`, field);
  return trial;
}

const trialFields = (t: TrialRow) => ({
  title: t.title, purpose: t.purpose, status: t.status, ownerCouncilId: t.ownerCouncilId ?? null, validFrom: t.validFrom ?? null, validTo: t.validTo ?? null,
});

/** Every write: validated first, then one transaction that includes its audit entry. */
export async function createTrial(em: EntityManager, identity: Identity, input: CreateTrialInput): Promise<TrialRow> {
  const title = text(input.title, "input.title", { min: 3, max: 200 });
  const purpose = text(input.purpose, "input.purpose", { max: 4000 });
  const codes = exemptionCodes(input.exemptionCodes, "input.exemptionCodes");
  const validFrom = partialDate(input.validFrom, "input.validFrom");
  const validTo = partialDate(input.validTo, "input.validTo");
  period(validFrom, validTo, "input.validTo");
  return em.transactional(async (tx) => {
    const ownerCouncilId = input.ownerCouncilId ?? null;
    if (ownerCouncilId && !(UUID.test(ownerCouncilId) && (await tx.findOne(CouncilEntity, { id: ownerCouncilId })))) {
      throw badUserInput(`No council ${ownerCouncilId} in this municipality`, "input.ownerCouncilId");
    }
    const id = randomUUID();
    const trial = tx.create(TrialEntity, { id, key: id, title, purpose, status: TrialStatus.IDEA, ownerCouncilId, validFrom, validTo });
    // Children reference the trial by a plain column, so the trial is written first.
    await tx.flush();
    for (const code of codes) tx.create(TrialExemptionEntity, { trialId: id, code });
    audit(tx, identity, { type: "Trial", id }, "create", {}, { ...trialFields(trial), exemptionCodes: codes });
    return trial;
  });
}

export async function setTrialStatus(em: EntityManager, identity: Identity, id: string, status: TrialStatus, note: string | null): Promise<TrialRow> {
  const reason = note == null ? null : text(note, "note", { max: 2000 });
  return em.transactional(async (tx) => {
    const trial = await findTrial(tx, id, "id");
    if (!TRIAL_TRANSITIONS[trial.status].includes(status)) {
      const allowed = TRIAL_TRANSITIONS[trial.status];
      throw badUserInput(`A trial that is ${trial.status} can become ${allowed.length ? allowed.join(" or ") : "nothing else"}, not ${status}`, "status");
    }
    const before = trialFields(trial);
    trial.status = status;
    audit(tx, identity, { type: "Trial", id }, "setStatus", { ...before, note: null }, { ...trialFields(trial), note: reason });
    return trial;
  });
}

export async function addMilestone(em: EntityManager, identity: Identity, trialId: string, input: MilestoneInput): Promise<MilestoneRow> {
  const title = text(input.title, "input.title", { min: 3, max: 200 });
  const dueOn = partialDate(input.dueOn, "input.dueOn");
  return em.transactional(async (tx) => {
    await findTrial(tx, trialId, "trialId");
    const position = await tx.count(MilestoneEntity, { trialId });
    const id = randomUUID();
    const milestone = tx.create(MilestoneEntity, { id, trialId, position, title, dueOn, completedOn: null });
    audit(tx, identity, { type: "Milestone", id }, "create", {}, { trialId, title, dueOn });
    return milestone;
  });
}

export async function completeMilestone(em: EntityManager, identity: Identity, id: string, completedOn: string): Promise<MilestoneRow> {
  const done = partialDate(completedOn, "completedOn")!;
  if (done > new Date().toISOString().slice(0, done.length)) throw badUserInput("completedOn lies in the future", "completedOn");
  return em.transactional(async (tx) => {
    const milestone = UUID.test(id) ? await tx.findOne(MilestoneEntity, { id }) : null;
    if (!milestone) throw badUserInput(`No milestone ${id} in this municipality`, "id");
    if (milestone.completedOn) throw badUserInput(`The milestone was already completed on ${milestone.completedOn}`, "id");
    milestone.completedOn = done;
    audit(tx, identity, { type: "Milestone", id }, "complete", { completedOn: null }, { completedOn: done });
    return milestone;
  });
}
