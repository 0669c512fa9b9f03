import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, callerKey } from "@frikommune/auth";
import { startGateway, type RunningGateway } from "@frikommune/gateway";
import { as, type Caller } from "./support/callers.js";
import { startCountingProxy, type CountingProxy } from "./support/counting-proxy.js";
import { useTestGraph } from "./support/graph.js";

const graph = useTestGraph();

// A second gateway on the same subgraphs, reaching the network subgraph through a proxy that counts its fetches.
let proxy: CountingProxy;
let gateway: RunningGateway;
beforeAll(async () => {
  proxy = await startCountingProxy(graph.subgraphs.get("network")!.url, 300);
  gateway = await startGateway({ port: 0, subgraphUrls: { ...Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.url])), network: proxy.url } });
});
afterAll(async () => {
  await gateway?.stop();
  await proxy?.stop();
});

const NETWORK_COORDINATOR: Caller = ["network-coordinator"];
const MINISTRY: Caller = ["ministry"];
const HISTORY = `{ exemption(code: "B") { code versions { totalCount nodes { action role } } } }`;
const DECIDE = `mutation { recordExemptionDecision(code: "B", decision: APPLIED, decidedOn: "2016-11") { code decision } }`;
const TIMES = 10;

describe("identical requests in flight at the same moment", () => {
  it("share subgraph fetches per identity, and each caller gets only its own answer", async () => {
    expect((await as({ gateway }, NETWORK_COORDINATOR, DECIDE)).errors).toBeUndefined();
    proxy.fetches.length = 0;

    const callers = Array.from({ length: TIMES }, () => [null, MINISTRY] as Caller[]).flat();
    const answers = await Promise.all(callers.map((caller) => as({ gateway }, caller, HISTORY)));

    answers.forEach((answer, i) => {
      if (callers[i] === null) {
        expect(answer.data).toEqual({ exemption: { code: "B", versions: null } });
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      } else {
        expect(answer.errors).toBeUndefined();
        expect(answer.data.exemption.versions.nodes.at(-1)).toEqual({ action: "recordDecision", role: "network-coordinator" });
      }
    });
    expect(proxy.fetches.length).toBeLessThan(callers.length);
    const callersSeen = new Set(proxy.fetches.map((f) => f.caller));
    expect(callersSeen).toContain(callerKey(ANONYMOUS));
    expect(callersSeen.size).toBe(2);
  });

  it("never share a mutation: each identical write reaches the subgraph", async () => {
    proxy.fetches.length = 0;
    const answers = await Promise.all(Array.from({ length: TIMES }, () => as({ gateway }, NETWORK_COORDINATOR, DECIDE)));
    expect(answers.map((a) => a.errors)).toEqual(Array(TIMES).fill(undefined));
    expect(proxy.fetches.filter((f) => f.body.includes("recordExemptionDecision"))).toHaveLength(TIMES);
  });
});
