import { describe, expect, it, inject, vi } from "vitest";
import { signDevToken } from "@frikommune/auth";
import { loadTokenConfig } from "@frikommune/config";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { members } from "@frikommune/members";
import type { Caller } from "./support/callers.js";
import { withClient } from "./support/database.js";
import type { GraphQLResponse } from "./support/graph.js";
import { startedForTests } from "./support/lifecycle.js";
import { health, startStandIn, useProcessGraph, type ServiceProcess } from "./support/processes.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const MINISTRY: Caller = ["ministry"];
const HOLBAEK_EDITOR: Caller = ["editor", "holbaek"];
const MEMBER_SLUGS = members.map((m) => m.slug);
/** Nothing about where or how a service runs may reach a client. */
const INTERNALS = /127\.0\.0\.1|localhost|https?:\/\/|ECONN|socket|stack|\.ts:\d|node_modules/i;
/** Waiting for something a fault sets in motion; generous, as a loaded machine may be slow. */
const EVENTUALLY = { timeout: 30_000, interval: 100 };

const CREATE_TRIAL = `mutation ($input: CreateTrialInput!) { createHolbaekTrial(input: $input) { id } }`;
const READ_TRIAL = `query ($id: ID!) { holbaekTrial(id: $id) { id title } }`;
const MEMBER_TRIALS = (slug: string) => `{ municipality(slug: "${slug}") { name trials(first: 10) { totalCount nodes { id title status } } } }`;
const newTrial = (n: number) => ({ title: `Borgerpanel ${n}`, purpose: "Afprøve et borgerpanel", exemptionCodes: ["A"] });

/** A request through a gateway as the caller, with its HTTP status. */
async function send(gateway: { url: string }, caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (caller) headers.authorization = `Bearer ${await signDevToken(loadTokenConfig(), caller[0], caller[1])}`;
  const response = await fetch(gateway.url, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

const bySlug = (data: any): Record<string, any> => Object.fromEntries(data.municipalities.map((m: { slug: string }) => [m.slug, m]));

describe("a member's subgraph that accepts connections and never answers", () => {
  const slagelse = startedForTests(startStandIn);
  const graph = useProcessGraph(() => ({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: "1000" }, subgraphUrls: { slagelse: slagelse.url } }));

  it("costs only its own part of the ministry's answer, and is back in the next answer once it answers again", async () => {
    const hung = await send(graph.gateway, MINISTRY, MINISTRY_QUERY, { first: 10 });
    expect(hung.status).toBe(200);
    expect(Object.keys(bySlug(hung.data))).toEqual(MEMBER_SLUGS);
    expect(bySlug(hung.data).slagelse).toEqual({ slug: "slagelse", name: "Slagelse", trialSummary: null, trials: null });
    expect(hung.errors).toEqual([expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "slagelse" } })]);
    expect(JSON.stringify(hung.errors)).not.toMatch(INTERNALS);

    slagelse.release(graph.subgraphs.get("slagelse")!.url);
    const recovered = await send(graph.gateway, MINISTRY, MINISTRY_QUERY, { first: 10 });
    expect(recovered.status).toBe(200);
    expect(recovered.errors).toBeUndefined();
    for (const m of recovered.data.municipalities) expect(m.trials.totalCount, m.slug).toBe((await loadMemberModule(m.slug)).data.trials.length);
    // The other members' parts were whole all along.
    expect({ ...bySlug(hung.data), slagelse: undefined }).toEqual({ ...bySlug(recovered.data), slagelse: undefined });
  });
});

/** A sample of the gateway's /metrics, e.g. `frikommune_gateway_circuit_state{subgraph="slagelse"}`. */
async function metricOf(gateway: { url: string }, name: string, subgraph: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", gateway.url))).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(`subgraph="${subgraph}"`));
  return Number(line?.slice(line.lastIndexOf(" ") + 1));
}
const circuitState = (gateway: { url: string }, subgraph: string) => metricOf(gateway, "frikommune_gateway_circuit_state", subgraph);
const shortCircuited = (gateway: { url: string }, subgraph: string) => metricOf(gateway, "frikommune_gateway_circuit_short_circuits_total", subgraph);
/** The states a subgraph's circuit breaker moved to, as the gateway logged them. */
const breakerLog = (gateway: ServiceProcess, subgraph: string) =>
  gateway
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l))
    .filter((entry) => entry.msg === "circuit breaker" && entry.subgraph === subgraph)
    .map((entry) => entry.state);

describe("a member's subgraph that keeps timing out", () => {
  const slagelse = startedForTests(startStandIn);
  const breaker = { SUBGRAPH_TIMEOUT_MS: "1000", CIRCUIT_BREAKER_MIN_FETCHES: "2", CIRCUIT_BREAKER_COOLDOWN_MS: "8000" };
  const graph = useProcessGraph(() => ({ gatewayEnv: breaker, subgraphUrls: { slagelse: slagelse.url } }));
  const ministry = () => send(graph.gateway, MINISTRY, MINISTRY_QUERY, { first: 10 });
  const slagelseMissing = [expect.objectContaining({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "slagelse" } })];

  it("opens its circuit breaker: the member's part is missing at once, with no fetch to it, until a probe after the cool-down finds it answering", async () => {
    for (let timeouts = 0; timeouts < Number(breaker.CIRCUIT_BREAKER_MIN_FETCHES); timeouts++) expect((await ministry()).errors).toEqual(slagelseMissing);
    await vi.waitFor(async () => expect(await circuitState(graph.gateway, "slagelse")).toBe(2), EVENTUALLY);

    const fetchesBefore = slagelse.received();
    const shortCircuitedBefore = await shortCircuited(graph.gateway, "slagelse");
    const whileOpen = [await ministry(), await ministry(), await ministry()];
    for (const answer of whileOpen) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toEqual(slagelseMissing);
      expect(bySlug(answer.data).slagelse).toEqual({ slug: "slagelse", name: "Slagelse", trialSummary: null, trials: null });
      expect(JSON.stringify(answer.errors)).not.toMatch(INTERNALS);
    }
    // Not sent at all, so not waited for.
    expect(slagelse.received()).toBe(fetchesBefore);
    expect(await shortCircuited(graph.gateway, "slagelse")).toBeGreaterThanOrEqual(shortCircuitedBefore + whileOpen.length);
    expect(await circuitState(graph.gateway, "slagelse")).toBe(2);

    slagelse.release(graph.subgraphs.get("slagelse")!.url);
    const recovered = await vi.waitFor(async () => {
      const answer = await ministry();
      expect(answer.errors).toBeUndefined();
      return answer;
    }, { timeout: 60_000, interval: 250 });
    for (const m of recovered.data.municipalities) expect(m.trials.totalCount, m.slug).toBe((await loadMemberModule(m.slug)).data.trials.length);
    expect({ ...bySlug(whileOpen[0]!.data), slagelse: undefined }).toEqual({ ...bySlug(recovered.data), slagelse: undefined });
    expect(await circuitState(graph.gateway, "slagelse")).toBe(0);
    expect(breakerLog(graph.gateway, "slagelse")).toEqual(["open", "half-open", "closed"]);
    // The same gateway process all along.
    expect(graph.gateway.child.exitCode).toBeNull();
  });

  it("stays closed on callers' errors: a member answering BAD_USER_INPUT is answering", async () => {
    const refused = Array.from({ length: Number(breaker.CIRCUIT_BREAKER_MIN_FETCHES) * 3 }, (_, n) =>
      send(graph.gateway, HOLBAEK_EDITOR, CREATE_TRIAL, { input: { ...newTrial(n), exemptionCodes: ["not a code!"] } }),
    );
    for (const answer of await Promise.all(refused)) expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.exemptionCodes" });
    expect(await circuitState(graph.gateway, "holbaek")).toBe(0);
    const created = await send(graph.gateway, HOLBAEK_EDITOR, CREATE_TRIAL, { input: newTrial(0) });
    expect(created.errors).toBeUndefined();
    expect(breakerLog(graph.gateway, "holbaek")).toEqual([]);
  });
});

describe("database connections dropped", () => {
  const graph = useProcessGraph();
  const TERMINATE_OTHERS = "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()";
  const WAITING_FOR_TRIALS = "select count(*)::int as waiting from pg_locks where relation = 'holbaek.trial'::regclass and not granted";

  async function everyServiceAlive() {
    for (const service of graph.services()) {
      expect(service.child.exitCode, `${service.name} exited:\n${service.output()}`).toBeNull();
      expect(await health(service), service.name).toBe(200);
    }
  }

  it("while writes run: an acknowledged write is kept, any other is answered with an error, and the subgraphs reconnect by themselves", async () => {
    const WRITES = 48;
    const AT_ONCE = 4;
    // Batches during which every connection is dropped, wherever the writes have got to…
    const DROP_ANYWHERE = new Set([2, 6, 10]);
    // …and batches held inside their transactions (inserts waiting on a lock) when it happens.
    const DROP_MID_TRANSACTION = new Set([4, 8]);
    const write = (n: number) => send(graph.gateway, HOLBAEK_EDITOR, CREATE_TRIAL, { input: newTrial(n) });
    const batchOf = (batch: number) => Array.from({ length: AT_ONCE }, (_, i) => write(batch * AT_ONCE + i));

    const answers: Awaited<ReturnType<typeof send>>[] = [];
    const midTransaction: typeof answers = [];
    for (let batch = 0; batch * AT_ONCE < WRITES; batch++) {
      if (DROP_MID_TRANSACTION.has(batch)) {
        const held = await withClient(graph.databaseUrl, async (client) => {
          await client.query("begin");
          await client.query("lock table holbaek.trial in exclusive mode");
          const writes = batchOf(batch);
          await vi.waitFor(async () => expect((await client.query(WAITING_FOR_TRIALS)).rows[0].waiting).toBe(AT_ONCE), EVENTUALLY);
          await client.query(TERMINATE_OTHERS);
          await client.query("commit");
          return Promise.all(writes);
        });
        midTransaction.push(...held);
        answers.push(...held);
        continue;
      }
      const writes = batchOf(batch);
      if (DROP_ANYWHERE.has(batch)) await withClient(graph.databaseUrl, (client) => client.query(TERMINATE_OTHERS));
      answers.push(...(await Promise.all(writes)));
    }

    const acknowledged = answers.filter((a) => !a.errors && a.data?.createHolbaekTrial?.id);
    const failed = answers.filter((a) => !acknowledged.includes(a));
    console.log(`writes while connections dropped: ${acknowledged.length} acknowledged, ${failed.length} failed (of ${answers.length})`);
    await everyServiceAlive();
    expect(answers).toHaveLength(WRITES);
    // A write whose transaction lost its connection did not commit, and says so.
    for (const answer of midTransaction) expect(failed).toContain(answer);
    for (const answer of failed) {
      expect(answer.status, JSON.stringify(answer)).toBe(200);
      expect(answer.errors?.length, JSON.stringify(answer)).toBeGreaterThan(0);
      expect(answer.data?.createHolbaekTrial ?? null).toBeNull();
      expect(JSON.stringify(answer.errors)).not.toMatch(INTERNALS);
    }
    for (const answer of acknowledged) {
      const { id } = answer.data.createHolbaekTrial;
      const read = await send(graph.gateway, HOLBAEK_EDITOR, READ_TRIAL, { id });
      expect(read.errors).toBeUndefined();
      expect(read.data.holbaekTrial).toMatchObject({ id, title: expect.stringMatching(/^Borgerpanel \d+$/) });
    }

    const afterwards = await Promise.all(batchOf(WRITES / AT_ONCE));
    expect(afterwards.map((a) => a.errors)).toEqual(afterwards.map(() => undefined));
    const ministry = await send(graph.gateway, MINISTRY, MINISTRY_QUERY, { first: 10 });
    expect(ministry.errors).toBeUndefined();
    expect(Object.keys(bySlug(ministry.data))).toEqual(MEMBER_SLUGS);
  });

  it("while the database refuses connections: /health stays 200, /ready is 503, and /ready is 200 again once it is back", async () => {
    const database = new URL(graph.databaseUrl).pathname.slice(1);
    const allowConnections = (allow: boolean) => withClient(inject("databaseUrl"), (client) => client.query(`alter database "${database}" allow_connections ${allow}`));
    const subgraphs = [...graph.subgraphs.values()];
    await allowConnections(false);
    try {
      await withClient(inject("databaseUrl"), (client) => client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [database]));
      for (const subgraph of subgraphs) await vi.waitFor(async () => expect(await health(subgraph, "/ready"), subgraph.name).toBe(503), EVENTUALLY);
      for (const subgraph of subgraphs) expect(await health(subgraph), subgraph.name).toBe(200);
    } finally {
      await allowConnections(true);
    }
    for (const subgraph of subgraphs) await vi.waitFor(async () => expect(await health(subgraph, "/ready"), subgraph.name).toBe(200), EVENTUALLY);
    await everyServiceAlive();
  });
});

describe("graceful shutdown on SIGTERM", () => {
  const assens = startedForTests(startStandIn);
  // A long timeout: requests are held on purpose here.
  const graph = useProcessGraph(() => ({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: "60000" }, subgraphUrls: { assens: assens.url } }));

  /** Sends SIGTERM while `inFlight` is unanswered; checks the service then refuses new connections before `release` lets the request finish. */
  async function stopDuring<T>(service: ServiceProcess, inFlight: Promise<T>, release: () => Promise<void> | void) {
    let answered = false;
    void inFlight.then(() => (answered = true), () => (answered = true));
    service.signal("SIGTERM");
    await vi.waitFor(async () => expect(await health(service)).toBeNull(), EVENTUALLY);
    expect(answered).toBe(false);
    await release();
    return inFlight;
  }

  it("a member's subgraph stops taking connections, finishes the request in flight, and exits with 0", async () => {
    const holbaek = graph.subgraphs.get("holbaek")!;
    const expected = await send(graph.gateway, MINISTRY, MEMBER_TRIALS("holbaek"));
    expect(expected.errors).toBeUndefined();

    const answer = await withClient(graph.databaseUrl, async (client) => {
      await client.query("begin");
      await client.query("lock table holbaek.trial in access exclusive mode");
      const inFlight = send(graph.gateway, MINISTRY, MEMBER_TRIALS("holbaek"));
      // The subgraph's read waits for the lock: the request is surely in flight.
      await vi.waitFor(async () => {
        const { rows } = await client.query("select count(*)::int as waiting from pg_locks where relation = 'holbaek.trial'::regclass and not granted");
        expect(rows[0].waiting).toBeGreaterThan(0);
      }, EVENTUALLY);
      return stopDuring(holbaek, inFlight, async () => void (await client.query("commit")));
    });

    expect(answer).toEqual(expected);
    expect(await holbaek.exited).toBe(0);
  });

  it("the gateway stops taking connections, finishes the request in flight, and exits with 0", async () => {
    const assensUrl = graph.subgraphs.get("assens")!.url;
    assens.release(assensUrl);
    const expected = await send(graph.gateway, MINISTRY, MEMBER_TRIALS("assens"));
    expect(expected.errors).toBeUndefined();

    assens.hold();
    const inFlight = send(graph.gateway, MINISTRY, MEMBER_TRIALS("assens"));
    await assens.holding();
    const answer = await stopDuring(graph.gateway, inFlight, () => assens.release(assensUrl));

    expect(answer).toEqual(expected);
    expect(await graph.gateway.exited).toBe(0);
  });
});
