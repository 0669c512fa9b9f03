import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signDevToken } from "@frikommune/auth";
import { loadTokenConfig } from "@frikommune/config";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import type { Caller } from "./support/callers.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

// Two gateway replicas with the response cache on, sharing one database for invalidation.
let a: RunningGateway;
let b: RunningGateway;
let uncached: RunningGateway;
beforeAll(async () => {
  const subgraphUrls = Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url]));
  const responseCache = { enabled: true, ttlSeconds: 600, maxMegabytes: 32 };
  a = await startGateway({ port: 0, subgraphUrls, responseCache, databaseUrl: graph.databaseUrl });
  b = await startGateway({ port: 0, subgraphUrls, responseCache, databaseUrl: graph.databaseUrl });
  uncached = await startGateway({ port: 0, subgraphUrls, responseCache: { ...responseCache, enabled: false } });
});
afterAll(() => Promise.all([a, b, uncached].map((g) => g?.stop())));

async function send(gateway: RunningGateway, caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const authorization = caller ? `Bearer ${await signDevToken(loadTokenConfig(), caller[0], caller[1])}` : undefined;
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { cache: response.headers.get("x-cache"), ...body };
}

const EDITOR: Caller = ["editor", "holbaek"];
const COORDINATOR: Caller = ["coordinator", "holbaek"];
const NETWORK: Caller = ["network-coordinator"];

/** What a frontend shows of Holbæk, and of the network: every write below changes one of them. */
const HOLBAEK = `{ municipality(slug: "holbaek") {
  councils { id name } policies { id title }
  trialSummary { total overdueMilestones byStatus { status count } }
  trials(first: 100) { totalCount nodes { id title status milestones { id completedOn } evaluations { id } } } } }`;
const NETWORK_PAGE = `{ exemptions { code decision decidedOn } themeDays { id challenges { id } } groups { id members { id } } }`;

const write = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => async () => {
  const { data, errors } = await send(a, caller, query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data as Record<string, { id?: string }>)[0]!;
};
const createTrial = write(EDITOR, `mutation ($input: CreateTrialInput!) { createHolbaekTrial(input: $input) { id } }`, {
  input: { title: "Borgerbudget i lokalforum", purpose: "Afprøve et lokalt borgerbudget", exemptionCodes: ["A"] },
});
const addMilestone = async () =>
  write(EDITOR, `mutation ($trialId: ID!) { addHolbaekMilestone(trialId: $trialId, input: { title: "Første borgermøde", dueOn: "2017-03" }) { id } }`, { trialId: (await createTrial()).id })();
const createCouncil = write(EDITOR, `mutation { createHolbaekCouncil(input: { name: "Lokalforum Tølløse", kind: LOKALFORUM }) { id } }`);
const adoptPolicy = write(EDITOR, `mutation { adoptHolbaekPolicy(input: { title: "Frivillighedsstrategi", kind: STRATEGI, goals: [] }) { id } }`);
const scheduleThemeDay = write(NETWORK, `mutation { scheduleThemeDay(input: { title: "Temadag om frivillighed", description: "Sparring", invited: [] }) { id } }`);
const groupId = async () => (await send(a, null, `{ groups { id } }`)).data.groups[0].id as string;
const addGroupMember = async () =>
  write(NETWORK, `mutation ($group: ID!) { addGroupMember(groupId: $group, input: { role: "Stedfortræder", municipalitySlug: "assens" }) { id } }`, { group: await groupId() })();

/** Each kind of write: what it shows up in, what must exist before it, and the write itself. */
const writes: [name: string, page: string, prepare: () => Promise<{ id?: string } | void>, run: (prepared: { id?: string } | void) => Promise<unknown>][] = [
  ["createHolbaekTrial", HOLBAEK, async () => {}, () => createTrial()],
  ["updateHolbaekTrial", HOLBAEK, createTrial, (t) => write(EDITOR, `mutation ($id: ID!) { updateHolbaekTrial(id: $id, input: { title: "Borgerbudget i Tølløse" }) { id } }`, { id: t!.id })()],
  ["setHolbaekTrialStatus", HOLBAEK, createTrial, (t) => write(EDITOR, `mutation ($id: ID!) { setHolbaekTrialStatus(id: $id, status: APPLICATION_SENT) { id } }`, { id: t!.id })()],
  ["addHolbaekMilestone", HOLBAEK, createTrial, (t) => write(EDITOR, `mutation ($id: ID!) { addHolbaekMilestone(trialId: $id, input: { title: "Evaluering", dueOn: "2018" }) { id } }`, { id: t!.id })()],
  ["completeHolbaekMilestone", HOLBAEK, addMilestone, (m) => write(EDITOR, `mutation ($id: ID!) { completeHolbaekMilestone(id: $id, completedOn: "2017-04") { id } }`, { id: m!.id })()],
  [
    "recordHolbaekEvaluation",
    HOLBAEK,
    createTrial,
    (t) =>
      write(COORDINATOR, `mutation ($id: ID!) { recordHolbaekEvaluation(trialId: $id, input: { answers: [
        { dimension: "EFFECTS", answer: "Flere deltog" }, { dimension: "LEGAL_CERTAINTY", answer: "Uændret" },
        { dimension: "ECONOMIC_CONSEQUENCES", answer: "Ingen" }, { dimension: "ADMINISTRATIVE_CONSEQUENCES", answer: "Færre skridt" }] }) { id } }`, { id: t!.id })(),
  ],
  ["createHolbaekCouncil", HOLBAEK, async () => {}, () => createCouncil()],
  ["updateHolbaekCouncil", HOLBAEK, createCouncil, (c) => write(EDITOR, `mutation ($id: ID!) { updateHolbaekCouncil(id: $id, input: { name: "Lokalforum Jyderup" }) { id } }`, { id: c!.id })()],
  ["adoptHolbaekPolicy", HOLBAEK, async () => {}, () => adoptPolicy()],
  ["updateHolbaekPolicy", HOLBAEK, adoptPolicy, (p) => write(EDITOR, `mutation ($id: ID!) { updateHolbaekPolicy(id: $id, input: { title: "Frivilligpolitik" }) { id } }`, { id: p!.id })()],
  ["scheduleThemeDay", NETWORK_PAGE, async () => {}, () => scheduleThemeDay()],
  ["bringChallenge", NETWORK_PAGE, scheduleThemeDay, (d) => write(COORDINATOR, `mutation ($id: ID!) { bringChallenge(themeDayId: $id, input: { title: "Frivillige i plejen", description: "Rammer" }) { id } }`, { id: d!.id })()],
  ["recordExemptionDecision", NETWORK_PAGE, async () => {}, () => write(NETWORK, `mutation { recordExemptionDecision(code: "B", decision: APPLIED, decidedOn: "2016-11") { code } }`)()],
  ["addGroupMember", NETWORK_PAGE, async () => {}, () => addGroupMember()],
  ["removeGroupMember", NETWORK_PAGE, addGroupMember, (m) => write(NETWORK, `mutation ($id: ID!) { removeGroupMember(id: $id) { id } }`, { id: m!.id })()],
];

describe("the gateway's response cache", () => {
  it("serves a repeated public read from the cache, and says so", async () => {
    const first = await send(a, null, NETWORK_PAGE);
    const second = await send(a, null, NETWORK_PAGE);
    expect(second.cache).toBe("HIT");
    expect(second.data).toEqual(first.data);
  });

  it.each(writes)("shows the effect of %s in the very next read, through the same and through another replica", async (_name, page, prepare, run) => {
    const prepared = await prepare();
    for (const gateway of [a, b]) {
      await send(gateway, null, page);
      expect((await send(gateway, null, page)).cache).toBe("HIT");
    }
    const before = (await send(b, null, page)).data;
    await run(prepared);
    for (const gateway of [b, a]) {
      const after = await send(gateway, null, page);
      expect(after.cache).toBe("MISS");
      expect(after.data).not.toEqual(before);
    }
  });

  it("keeps each caller's answers to that caller: role-gated fields never reach anyone else", async () => {
    const HISTORY = `{ exemption(code: "C") { code versions { totalCount } } }`;
    await write(NETWORK, `mutation { recordExemptionDecision(code: "C", decision: APPLIED, decidedOn: "2016-11") { code } }`)();
    const ministry = [await send(a, ["ministry"], HISTORY), await send(a, ["ministry"], HISTORY)];
    expect(ministry[1]!.cache).toBe("HIT");
    expect(ministry[1]!.data.exemption.versions.totalCount).toBeGreaterThan(0);
    for (const caller of [null, ["editor", "assens"], ["network-coordinator"], ["ministry"]] as Caller[]) {
      for (const gateway of [a, b]) {
        const { data, errors } = await send(gateway, caller, HISTORY);
        if (caller?.[0] === "ministry" || caller?.[0] === "network-coordinator") {
          expect(data.exemption.versions.totalCount).toBe(ministry[0]!.data.exemption.versions.totalCount);
        } else {
          expect(data.exemption.versions).toBeNull();
          expect(errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
        }
      }
    }
  });

  it("stays out of the way when switched off", async () => {
    await send(uncached, null, NETWORK_PAGE);
    expect((await send(uncached, null, NETWORK_PAGE)).cache).toBeNull();
  });
});
