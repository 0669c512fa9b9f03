// A supergraph published under a running gateway is served without a restart; one it cannot serve is refused.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it, vi } from "vitest";
import { parse, visit } from "graphql";
import { composeServices } from "@theguild/federation-composition";
import { COST_PER_SUBGRAPH } from "@frikommune/config";
import { SUPERGRAPH_PATH } from "@frikommune/gateway";
import { subgraphSchemas } from "@frikommune/gateway/subgraph-schemas";
import { fieldPrefix, members, network } from "@frikommune/members";
import { printSubgraphSchema } from "@frikommune/subgraph-server";
import { as, type Caller } from "./support/callers.js";
import { createTestDatabase } from "./support/database.js";
import { startTestSubgraphs } from "./support/graph.js";
import { startedForTests } from "./support/lifecycle.js";
import { health, startGatewayProcess, startStandIn } from "./support/processes.js";

/** The member whose subgraph adds a field in the newer supergraph. */
const MEMBER = members.at(-1)!;
/** That field: the member's trial by id. */
const NEW_FIELD = `${fieldPrefix(MEMBER.typePrefix)}Trial`;
const NEW_FIELD_QUERY = `query ($id: ID!) { ${NEW_FIELD}(id: $id) { id title } }`;
/** An id no trial has. */
const NO_TRIAL = "00000000-0000-4000-8000-000000000000";
const MEMBER_TRIAL = `query ($slug: ID!) { municipality(slug: $slug) { trials(first: 1) { nodes { id title } } } }`;
/** Network alone, valid on every supergraph here, and a new document each time: never answered from the cache. */
const exemptions = (n: number) => `{ e${n}: exemptions { code } }`;
const MEMBERS = `{ municipalities { slug name } }`;
const SCHEDULE = `mutation ($input: ThemeDayInput!) { scheduleThemeDay(input: $input) { title heldOn } }`;
const themeDay = { title: "Temadag om genudgivet supergraf", heldOn: "2017-10", description: "Sparring", invited: ["De fem borgmestre"] };
const NETWORK_COORDINATOR: Caller = ["network-coordinator"];
const POLL_SECONDS = 1;
/** Waiting for the gateway's next look at its file; generous, as a loaded machine may be slow. */
const EVENTUALLY = { timeout: 30_000, interval: 100 };

const hash = (sdl: string) => createHash("sha256").update(sdl).digest("hex");

/** Every subgraph composed as it is, but for MEMBER's, which does not serve NEW_FIELD yet. */
function composedWithoutNewField(services: Awaited<ReturnType<typeof subgraphSchemas>>): string {
  const result = composeServices(
    services.map(({ name, url, schema }) => {
      const typeDefs = parse(printSubgraphSchema(schema));
      return { name, url, typeDefs: name !== MEMBER.slug ? typeDefs : visit(typeDefs, { FieldDefinition: (field) => (field.name.value === NEW_FIELD ? null : undefined) }) };
    }),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.supergraphSdl;
}

/** The committed supergraph, and the one before it: without NEW_FIELD, and with the members' list so long that listing them costs more than the limit. */
const FULL = readFileSync(SUPERGRAPH_PATH, "utf8");
const BEFORE = composedWithoutNewField(await subgraphSchemas()).replace(/^(  municipalities: .*@listSize\(assumedSize: )\d+/m, `$1${COST_PER_SUBGRAPH * (members.length + 1)}`);

/** A mounted ConfigMap as the kubelet writes it: the file is a symlink through `..data`, which is swapped at once. */
function configMapFolder() {
  const dir = mkdtempSync(join(tmpdir(), "frikommune-supergraph-"));
  let version = 0;
  const publish = (sdl: string) => {
    const data = `..${++version}`;
    mkdirSync(join(dir, data));
    writeFileSync(join(dir, data, "supergraph.graphql"), sdl);
    symlinkSync(data, join(dir, "..data_tmp"));
    renameSync(join(dir, "..data_tmp"), join(dir, "..data"));
  };
  publish(BEFORE);
  symlinkSync(join("..data", "supergraph.graphql"), join(dir, "supergraph.graphql"));
  return { file: join(dir, "supergraph.graphql"), publish, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The subgraphs in this process; the gateway as its own process reading the folder, with network behind a stand-in that can hold its requests. */
async function startGraph() {
  const folder = configMapFolder();
  const subgraphs = await startTestSubgraphs(await createTestDatabase(inject("databaseUrl")));
  const networkHold = await startStandIn();
  networkHold.release(subgraphs.get(network.name)!.url);
  const gateway = await startGatewayProcess({
    subgraphUrls: { ...Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])), [network.name]: networkHold.url },
    env: { SUPERGRAPH_FILE: folder.file, SUPERGRAPH_POLL_SECONDS: String(POLL_SECONDS), GATEWAY_RESPONSE_CACHE: "on" },
  });
  return {
    gateway,
    subgraphs,
    networkHold,
    publish: folder.publish,
    async stop() {
      await gateway.stop();
      await networkHold.stop();
      await Promise.allSettled([...subgraphs.values()].map((s) => s.stop()));
      folder.remove();
    },
  };
}

const graph = startedForTests(startGraph);
const ask = (query: string, variables: Record<string, unknown> = {}, caller: Caller = null) => as(graph, caller, query, variables);

async function metrics(): Promise<string[]> {
  return (await (await fetch(new URL("/metrics", graph.gateway.url))).text()).split("\n").filter((l) => l && !l.startsWith("#"));
}
const reloads = async (result: "applied" | "refused") => Number((await metrics()).find((l) => l.startsWith(`frikommune_gateway_supergraph_reloads_total{result="${result}"}`))?.split(" ")[1]);
const servingHash = async () => (await metrics()).filter((l) => l.startsWith("frikommune_gateway_supergraph_info{")).map((l) => /hash="([0-9a-f]+)"/.exec(l)?.[1]);

/** The gateway's log lines (JSON) with this message. */
const logged = (message: string) =>
  graph.gateway
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === message);

/** Whether the cache answered `query`. */
const cached = async (query: string) => (await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).headers.get("x-cache");

/** Waits, asking the gateway all the while (its look at the file comes with a request), until `reloads(result)` is `count`. */
async function reloaded(result: "applied" | "refused", count: number) {
  await vi.waitFor(async () => {
    await health(graph.gateway, "/ready");
    expect(await reloads(result)).toBe(count);
  }, EVENTUALLY);
}

describe("a supergraph published under a running gateway", () => {
  it("is served without a restart, while the requests under way all answer, and replaces what the old one decided: the cached answers and the list sizes", async () => {
    const { data } = await ask(MEMBER_TRIAL, { slug: MEMBER.slug });
    const trial = data.municipality.trials.nodes[0] ?? null;
    const newField = () => ask(NEW_FIELD_QUERY, { id: trial?.id ?? NO_TRIAL });

    expect((await newField()).errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect((await ask(MEMBERS)).errors?.map((e) => e.extensions?.limit)).toEqual(["cost"]);
    expect([await cached(exemptions(0)), await cached(exemptions(0))]).toEqual(["MISS", "HIT"]);
    expect(await reloads("applied")).toBe(0);
    expect(await servingHash()).toEqual([hash(BEFORE)]);

    // Requests one after another from before the new supergraph is published until after it serves.
    let served = false;
    const answers: unknown[] = [];
    const stream = (async () => {
      for (let n = 1; !served; n++) answers.push([n, await ask(exemptions(n))]);
    })();
    graph.publish(FULL);
    await vi.waitFor(async () => expect((await newField()).errors).toBeUndefined(), EVENTUALLY);
    served = true;
    await stream;

    const codes = (await ask(`{ exemptions { code } }`)).data.exemptions;
    expect(answers.length).toBeGreaterThan(1);
    expect(answers).toEqual(answers.map((_, i) => [i + 1, { data: { [`e${i + 1}`]: codes } }]));
    expect(await newField()).toEqual({ data: { [NEW_FIELD]: trial } });
    expect(await ask(MEMBERS)).toEqual({ data: { municipalities: members.map((m) => ({ slug: m.slug, name: m.name })) } });
    expect(await cached(exemptions(0)), "the answer cached under the old supergraph is dropped").toBe("MISS");
    expect(await reloads("applied")).toBe(1);
    expect(await servingHash()).toEqual([hash(FULL)]);
    expect(logged("Supergraph applied")).toEqual([expect.objectContaining({ hash: hash(FULL), subgraphs: expect.objectContaining({ [MEMBER.slug]: graph.subgraphs.get(MEMBER.slug)!.url }) })]);
    expect(graph.gateway.child.exitCode).toBeNull();
  });

  const unservable: [what: string, sdl: string, reason: string][] = [
    ["a supergraph cut off halfway (not GraphQL)", FULL.slice(0, FULL.length / 2), "it is not GraphQL"],
    ["a GraphQL schema that is no supergraph", "type Query { hello: String }", "it names no subgraph"],
    ["a supergraph whose types do not resolve", FULL.replace(/^type CommonExemption\b/m, "type CommonExemptionRenamed"), "it is not a Federation supergraph"],
    ["a supergraph routing a type to a subgraph it does not name", FULL.replace("@join__type(graph: NETWORK)", "@join__type(graph: NOT_A_MEMBER)"), "the query planner refuses it"],
    ["a supergraph naming a subgraph with no address", FULL.replace(/join__graph\(name: "[^"]+", url: "[^"]*"\)/, 'join__graph(name: "not a member!", url: "")'), "subgraph not a member! has no address"],
  ];
  it.each(unservable)("refuses %s: counted and logged, and the previous one keeps serving", async (_what, sdl, reason) => {
    const [refusals, serving, answer] = [await reloads("refused"), await servingHash(), await ask(MEMBER_TRIAL, { slug: MEMBER.slug })];
    expect(answer.errors).toBeUndefined();
    graph.publish(sdl);
    await reloaded("refused", refusals + 1);
    expect(logged("Supergraph refused; the previous one keeps serving").at(-1)).toMatchObject({ hash: hash(sdl), reason: expect.stringContaining(reason) });
    expect(await servingHash()).toEqual(serving);
    expect(await ask(MEMBER_TRIAL, { slug: MEMBER.slug })).toEqual(answer);
  });

  it("lets a write under way finish on the supergraph it began on", async () => {
    const applied = await reloads("applied");
    graph.networkHold.hold();
    const write = ask(SCHEDULE, { input: themeDay }, NETWORK_COORDINATOR);
    await graph.networkHold.holding();
    graph.publish(BEFORE);
    await reloaded("applied", applied + 1);
    expect(await servingHash()).toEqual([hash(BEFORE)]);
    graph.networkHold.release(graph.subgraphs.get(network.name)!.url);
    expect(await write).toEqual({ data: { scheduleThemeDay: { title: themeDay.title, heldOn: themeDay.heldOn } } });
    expect((await ask(NEW_FIELD_QUERY, { id: NO_TRIAL })).errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});
