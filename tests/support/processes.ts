import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { inject } from "vitest";
import { subgraphUrlVariable } from "@frikommune/config";
import { members, network, subgraphName } from "@frikommune/members";
import { createTestDatabase } from "./database.js";
import { startedForTests } from "./lifecycle.js";

const ROOT = resolve(import.meta.dirname, "../..");
const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 5_000;

/** One service of the graph running as its own OS process. */
export interface ServiceProcess {
  name: string;
  /** Its GraphQL endpoint, as it printed it. */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Sends a signal to the service, as a container runtime does to its main process. */
  signal(name: NodeJS.Signals): void;
  /** Ends whatever is left of it: SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

const running = new Set<ServiceProcess>();
// A worker that dies between tests still takes its services with it.
process.once("exit", () => {
  for (const service of running) kill(service.child, "SIGKILL");
});

/** Signals the service; SIGKILL goes to its whole process group, as tsx runs the service in a child of its own. */
function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Other signals go to tsx alone, which relays them: signalled together, tsx may miss the
    // service's acknowledgement and kill it outright.
    process.kill(signal === "SIGKILL" ? -child.pid : child.pid, signal);
  } catch {
    // already gone
  }
}

/** Starts `tsx <args>` from the repository root (or another copy's) and resolves once it prints where it listens. */
export function startService(name: string, args: string[], env: Record<string, string>, root = ROOT): Promise<ServiceProcess> {
  const child = spawn(resolve(root, "node_modules/.bin/tsx"), ["--conditions=source", ...args], {
    cwd: root,
    // As a deployment runs it (Apollo Server, for one, handles signals itself only outside NODE_ENV=test);
    // the secrets come from the run's environment.
    // Logs at `info` (the services' default) whatever the test run's own level: the output is kept, not printed.
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const service: ServiceProcess = {
    name,
    url: "",
    child,
    output: () => output,
    exited,
    signal: (signal) => kill(child, signal),
    async stop() {
      kill(child, "SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const gone = await Promise.race([exited.then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), STOP_GRACE_MS)))]);
      clearTimeout(timer);
      if (!gone) {
        kill(child, "SIGKILL");
        await exited;
      }
      running.delete(service);
    },
  };
  running.add(service);
  return new Promise((resolveStarted, rejectStarted) => {
    const timer = setTimeout(() => fail(`did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      void service.stop();
      rejectStarted(new Error(`${name} ${why}:\n${output}`));
    };
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const listening = / at (http:\/\/\S+\/graphql)/.exec(output);
      if (listening && !service.url) {
        clearTimeout(timer);
        service.url = listening[1]!;
        resolveStarted(service);
      }
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    void exited.then((code) => {
      if (!service.url) fail(`exited with ${code} before listening`);
    });
  });
}

export interface GatewayProcessOptions {
  /** Where the gateway finds each subgraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** More environment for the gateway, e.g. SUBGRAPH_TIMEOUT_MS. */
  env?: Record<string, string>;
}

export function startGatewayProcess(options: GatewayProcessOptions): Promise<ServiceProcess> {
  const urls = Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url]));
  return startService("gateway", ["gateway/src/main.ts"], { PORT: "0", ...urls, ...options.env });
}

export interface ProcessGraphOptions {
  /** More environment for every service, e.g. OTEL_EXPORTER_OTLP_ENDPOINT. */
  env?: Record<string, string>;
  /** More environment for the gateway, e.g. SUBGRAPH_TIMEOUT_MS. */
  gatewayEnv?: Record<string, string>;
  /** Subgraphs the gateway reaches at another address (a stand-in or proxy), by subgraph name. */
  subgraphUrls?: Record<string, string>;
}

export interface ProcessGraph {
  databaseUrl: string;
  gateway: ServiceProcess;
  /** Every subgraph's own process, by subgraph name, network included. */
  subgraphs: Map<string, ServiceProcess>;
  /** Every process of the graph, gateway first. */
  services(): ServiceProcess[];
  stop(): Promise<void>;
}

/**
 * The whole graph as a deployment runs it, one OS process per service on a fresh database:
 * the network and every member subgraph side by side, then the gateway pointed at them.
 */
export async function startProcessGraph(options: ProcessGraphOptions = {}): Promise<ProcessGraph> {
  const databaseUrl = await createTestDatabase(inject("databaseUrl"));
  const env = { ...options.env, DATABASE_URL: databaseUrl, PORT: "0" };
  const started = await Promise.allSettled([
    startService(network.name, ["subgraphs/network/src/main.ts"], env),
    ...members.map((m) => startService(subgraphName(m.slug), [`subgraphs/${m.slug}/src/main.ts`], env)),
  ]);
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.stop() : undefined)));
    throw failed.reason;
  }
  const subgraphs = new Map(started.map((s) => (s as PromiseFulfilledResult<ServiceProcess>).value).map((s) => [s.name, s]));
  const subgraphUrls = { ...Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])), ...options.subgraphUrls };
  const gateway = await startGatewayProcess({ subgraphUrls, env: { ...options.env, ...options.gatewayEnv } }).catch(async (error: unknown) => {
    await Promise.all([...subgraphs.values()].map((s) => s.stop()));
    throw error;
  });
  const services = () => [gateway, ...subgraphs.values()];
  return {
    databaseUrl,
    gateway,
    subgraphs,
    services,
    stop: async () => void (await Promise.all(services().map((s) => s.stop()))),
  };
}

/**
 * A process graph for the tests of one describe block: started before them, stopped after them.
 * Options may be given late, e.g. the address of a stand-in started by an earlier hook.
 */
export function useProcessGraph(options: ProcessGraphOptions | (() => ProcessGraphOptions) = {}): ProcessGraph {
  return startedForTests(() => startProcessGraph(typeof options === "function" ? options() : options));
}

/** The status of a service's `GET /health` (or `/ready`), or null when nothing accepts the connection. */
export async function health(service: Pick<ServiceProcess, "url">, path: "/health" | "/ready" = "/health"): Promise<number | null> {
  try {
    return (await fetch(new URL(path, service.url))).status;
  } catch {
    return null;
  }
}

export interface StandIn {
  url: string;
  /** Resolves once at least one request is being held. */
  holding(): Promise<void>;
  /** How many requests it has been sent so far, held or passed. */
  received(): number;
  /** Passes the held requests, and every later one, through to `target`. */
  release(target: string): void;
  /** Holds new requests again. */
  hold(): void;
  stop(): Promise<void>;
}

/** A stand-in for a subgraph's address: accepts every request and holds it unanswered until released. */
export async function startStandIn(): Promise<StandIn> {
  let target: string | null = null;
  let received = 0;
  const waiting = new Map<IncomingMessage, ServerResponse>();
  const onHeld: (() => void)[] = [];
  const pass = (req: IncomingMessage, res: ServerResponse, to: string) => {
    const url = new URL(req.url ?? "/", to);
    const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  };
  const server = createServer((req, res) => {
    received++;
    if (target) return pass(req, res, target);
    waiting.set(req, res);
    // A caller that gave up (the gateway's timeout) is not passed on later.
    res.on("close", () => waiting.delete(req));
    for (const notify of onHeld.splice(0)) notify();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    holding: () => (waiting.size ? Promise.resolve() : new Promise((r) => onHeld.push(r))),
    received: () => received,
    release(to) {
      target = to;
      for (const [req, res] of waiting) pass(req, res, to);
      waiting.clear();
    },
    hold() {
      target = null;
    },
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
