import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_REFUSED_EXIT_CODE } from "@frikommune/config";
import { RestartBackoff } from "./restarts.js";

export const ROOT = resolve(import.meta.dirname, "../../..");
/** Services run the way the stack itself runs: compiled (`dist/*.js`) or from sources. */
const COMPILED = import.meta.filename.endsWith(".js");

/**
 * A module of a workspace package as a command line: `entry("gateway", "main")` is
 * `gateway/dist/main.js` when compiled and `gateway/src/main.ts` from sources; `args` follow it.
 */
export function entry(packageDir: string, name: string, ...args: string[]): string[] {
  return [COMPILED ? `${packageDir}/dist/${name}.js` : `${packageDir}/src/${name}.ts`, ...args];
}

/** One service of the graph, running as its own process. */
export interface Service {
  name: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** Its process: a new one each time it is restarted. */
  readonly child: ChildProcess;
  /** Down for good: stopped, or exited with no restart to come. */
  readonly ended: boolean;
  stop(): Promise<void>;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Receives the service's output; by default it goes to this process's own. */
  output?: (name: string, chunk: string) => void;
  /**
   * Starts the service again whenever it exits by itself, after a pause (see RestartBackoff);
   * not after it refused its configuration, which a restart cannot mend.
   */
  restart?: boolean;
  /** Told when the service exits by itself, and in how many milliseconds it starts again (null: it does not). */
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null, restartInMs: number | null) => void;
  /** Told when the service has been started again, with its new process. */
  onRestart?: (name: string, child: ChildProcess) => void;
  /** Restarts the service when its sources change (tsx watch); only from sources. */
  watch?: boolean;
  /** Node's own options for the service (e.g. its heap bounds); NODE_OPTIONS still applies on top. */
  nodeOptions?: string[];
}

/** Node's arguments for an entry: plain node when compiled, else tsx's loader in the same process (or its watcher). */
function nodeArguments(entry: string[], watch: boolean): string[] {
  if (COMPILED) {
    if (watch) throw new Error("watch mode runs from sources: pnpm dev");
    return entry;
  }
  // Workspace packages resolve to their sources, not to dist/ (their `source` export condition).
  const sources = "--conditions=source";
  if (watch) return [fileURLToPath(import.meta.resolve("tsx/cli")), "watch", "--clear-screen=false", sources, ...entry];
  return [sources, "--import", import.meta.resolve("tsx"), ...entry];
}

/** Starts an entry point (see `entry`, paths from the repository root) as a service. */
export function runService(name: string, url: string, entry: string[], options: RunOptions = {}): Service {
  const watch = options.watch ?? false;
  const backoff = new RestartBackoff();
  let stopping = false;
  let ended = false;
  let restart: NodeJS.Timeout | undefined;
  const start = (): ChildProcess => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...nodeArguments(entry, watch)], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", options.output ? "pipe" : "inherit", options.output ? "pipe" : "inherit"],
      // tsx's watcher kills its service outright on a second signal: in a group of its own it gets
      // only the stack's SIGTERM, not the terminal's Ctrl-C as well.
      detached: watch,
    });
    if (options.output) for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => options.output!(name, chunk.toString()));
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const restartInMs = options.restart && code !== CONFIG_REFUSED_EXIT_CODE ? backoff.pauseAfter(performance.now() - started) : null;
      ended = restartInMs === null;
      options.onExit?.(name, code, signal, restartInMs);
      if (restartInMs === null) return;
      restart = setTimeout(() => {
        current = start();
        options.onRestart?.(name, current);
      }, restartInMs);
    });
    return child;
  };
  let current = start();
  // Detached, it would outlive a stack that exits without stopping it.
  if (watch) process.once("exit", () => forceKill(current, true));
  return {
    name,
    url,
    get child() {
      return current;
    },
    get ended() {
      return ended || stopping;
    },
    async stop() {
      stopping = true;
      clearTimeout(restart);
      const child = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      forceKill(child, watch);
    },
  };
}

/** SIGKILL for a service still running; `group` takes a watcher's own service with it. */
function forceKill(child: ChildProcess, group: boolean): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(group ? -child.pid : child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Waits until a service's `/ready` answers 200. */
export async function ready(service: Service, timeoutMs = 180_000): Promise<void> {
  const url = new URL("/ready", service.url);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.ended) throw new Error(`${service.name} exited with ${service.child.exitCode ?? service.child.signalCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.name} did not become ready at ${url}`);
}
