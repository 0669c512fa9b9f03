import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../../..");
const TSX = resolve(ROOT, "node_modules/.bin/tsx");

export interface Service {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs a TypeScript entry point as its own process group, as `pnpm start` runs each service. */
export function runService(name: string, script: string, env: Record<string, string>, logFile?: (line: string) => void): Service {
  const child = spawn(TSX, [script], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => logFile?.(`[${name}] ${chunk}`));
  return {
    name,
    child,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** Waits until the GraphQL endpoint answers `{ __typename }`. */
export async function answering(graphqlUrl: string, service: Service, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with ${service.child.exitCode}`);
    try {
      const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${service.name} did not answer at ${graphqlUrl}`);
}
