// The Dockerfile and compose.yaml checked against the member registry and the services' own
// configuration, without a container engine: what they say must be what the services read.
import { spawn, spawnSync } from "node:child_process";
import { createPrivateKey } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import dockerignoreModule from "@balena/dockerignore";
import { Keyword, type Copy } from "dockerfile-ast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import type { Env, GatewayConfig, SubgraphConfig } from "@frikommune/config";
import { deployables, GATEWAY_PORT, members, schemaName, subgraphs, type Deployable } from "@frikommune/members";
import { deploymentDifferences, deploymentFiles, writeDeployment } from "@frikommune/tools";
import { COMPOSE_DATABASE, DATABASE_ROLES_FILE } from "../deploy/compose/secrets.js";
import { dockerfile, finalStage, healthcheckCommand, imageEnv, isPlatformVariable, loadRecording, ROOT } from "./support/deployment.js";
import { committedFiles } from "./support/kubernetes.js";

// Its types declare an ES module's default export; it is CommonJS, and its export is that function.
const dockerignore = dockerignoreModule as unknown as typeof dockerignoreModule.default;
const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");
const file = dockerfile();
const image = finalStage(file);
const instructions = (keyword: string) => image.filter((i) => i.getKeyword() === keyword);

/** An image's content digest, as `name:tag@<digest>` pins it. */
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Where compose.yaml finds what `node deploy/compose/secrets.ts` generates. */
const SECRETS = "deploy/compose/secrets/";

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  env_file?: string | string[];
  secrets?: string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
  volumes: Record<string, unknown>;
}
const compose = parse(read("compose.yaml"), { merge: true }) as Compose;

describe("the Dockerfile", () => {
  it("parses into known instructions, in stages that all start from one node:24-slim, pinned by its digest", () => {
    const known = new Set<string>(Object.values(Keyword));
    expect(file.getInstructions().filter((i) => !known.has(i.getKeyword())).map((i) => i.getKeyword())).toEqual([]);
    const froms = file.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) {
      expect([from.getImageName(), from.getImageTag()]).toEqual(["node", "24-slim"]);
      expect(from.getImageDigest(), `${from.getImage()} is pinned`).toMatch(DIGEST);
    }
    expect(new Set(froms.map((f) => f.getImage())).size, "one base image for every stage").toBe(1);
    expect(froms[0]!.getBuildStage()).toBe("build");
  });

  it("builds the service named by ARG SERVICE: an install from the lockfile, the build, then that service's bundle", () => {
    const build = file.getInstructions().filter((i) => !image.includes(i));
    const runs = build.filter((i) => i.getKeyword() === "RUN").map((i) => i.getArgumentsContent());
    expect(runs).toContain("pnpm install --frozen-lockfile");
    expect(runs).toContain("pnpm build");
    expect(runs).toContain('node packages/stack/dist/bundle.js --out /bundles "$SERVICE"');
    expect(build.filter((i) => i.getKeyword() === "ARG").map((i) => i.getArgumentsContent())).toEqual(expect.arrayContaining(["SERVICE", "PORT"]));
  });

  it("stops the build when PORT is not the service's port in the registry", () => {
    const check = file.getInstructions().find((i) => i.getKeyword() === "RUN" && i.getArgumentsContent()!.includes("process.env.PORT"))!;
    const run = (env: Record<string, string>) => spawnSync("sh", ["-c", check.getArgumentsContent()!], { cwd: ROOT, env: { PATH: process.env.PATH!, ...env }, encoding: "utf8" });
    for (const d of deployables()) expect(run({ SERVICE: d.name, PORT: String(d.port) }).status, d.name).toBe(0);
    const subgraph = deployables().find((d) => d.kind === "subgraph")!;
    const wrong = run({ SERVICE: subgraph.name, PORT: String(GATEWAY_PORT) });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain(`PORT must be ${subgraph.port} for ${subgraph.name}`);
    const unknown = run({ SERVICE: "not-a-service", PORT: String(GATEWAY_PORT) });
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain(`SERVICE must be one of: ${deployables().map((d) => d.name).join(", ")}`);
  });

  it("makes an image of the bundle alone, run by node as a user that is not root", () => {
    const copies = instructions("COPY").map((i) => [(i as Copy).getFlags().map((f) => `--${f.getName()}=${f.getValue()}`), i.getArgumentsContent()]);
    expect(copies).toEqual([[["--from=build"], "/bundles/${SERVICE} ./"]]);
    const [user] = instructions("USER").map((i) => i.getArgumentsContent()!);
    // Numeric, as Kubernetes' runAsNonRoot needs; 1000 is the image's `node` user.
    expect(user).toBe("1000:1000");
    expect(instructions("CMD").map((i) => JSON.parse(i.getArgumentsContent()!))).toEqual([["node", "dist/main.js"]]);
    expect(instructions("ENTRYPOINT")).toEqual([]);
  });

  it("runs in production, on every interface, on the PORT it was built for, and exposes that port", () => {
    expect(imageEnv({ PORT: "4102" })).toEqual({ NODE_ENV: "production", HOST: "0.0.0.0", PORT: "4102" });
    expect(instructions("ARG").map((i) => i.getArgumentsContent())).toEqual(["SERVICE", "PORT"]);
    expect(instructions("EXPOSE").map((i) => i.getArgumentsContent())).toEqual(["${PORT}"]);
  });

  it("adds nothing from the network and names no `latest` image", () => {
    const adds = file.getInstructions().filter((i) => i.getKeyword() === "ADD");
    const remote = (source: string) => /^[a-z]+:\/\//i.test(source) || source.startsWith("git@");
    expect(adds.flatMap((i) => i.getArguments().map((a) => a.getValue())).filter(remote)).toEqual([]);
    for (const from of file.getFROMs()) {
      expect(from.getImageTag()).toBeTruthy();
      expect(from.getImageTag()).not.toBe("latest");
    }
  });

  describe("its HEALTHCHECK, run with node alone against GET /health on $PORT", () => {
    let port = 0;
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url!);
      res.writeHead(status).end();
    });
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));
    // Asynchronously: the server answering it runs in this process.
    const check = (env: Record<string, string>) => {
      const [command, ...args] = healthcheckCommand(file);
      const child = spawn(command!, args, { env: { PATH: process.env.PATH!, ...env }, stdio: "ignore" });
      return new Promise<number | null>((done) => child.once("exit", done));
    };

    it("passes while the service answers 200", async () => {
      status = 200;
      expect(await check({ PORT: String(port) })).toBe(0);
      expect(paths.at(-1)).toBe("/health");
    });
    it("fails when it answers otherwise, or nothing listens", async () => {
      status = 503;
      expect(await check({ PORT: String(port) })).toBe(1);
      const closed = createServer().listen(0, "127.0.0.1");
      await new Promise((r) => closed.once("listening", r));
      const unused = (closed.address() as AddressInfo).port;
      await new Promise((r) => closed.close(r));
      expect(await check({ PORT: String(unused) })).toBe(1);
    });
  });

  describe("its build context (.dockerignore, as docker build reads it)", () => {
    const context = dockerignore().add(read(".dockerignore"));
    const tracked = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).stdout.split("\n").filter(Boolean);

    it.each([
      ["installed and built files", ["node_modules/vitest/package.json", "packages/config/node_modules/zod/package.json", "gateway/dist/main.js", "packages/db/tsconfig.build.tsbuildinfo", "packages/web/src/gql/graphql.ts"]],
      ["local data, builds and history", [".data/postgres/PG_VERSION", ".bundles/gateway/package.json", ".artifacts/screenshots/a.png", ".bench/result.json", ".git/HEAD", ".env", "start.log"]],
      ["keys, wherever they lie", ["gateway.key", "signing-key.pem", "packages/auth/gateway.key", "deploy/k8s/next-key.pem"]],
      ["the secrets the deployments generate", ["deploy/compose/secrets/auth_jwt_secret", "deploy/compose/secrets/gateway.env", "deploy/k8s/overlays/development/secrets/auth-jwt-secret", "deploy/k8s/overlays/development/secrets/gateway-database.env"]],
    ])("leaves out %s", (_what, paths) => {
      expect(paths.filter((path) => !context.ignores(path))).toEqual([]);
    });

    it("takes in every source file the build needs", () => {
      const sources = tracked.filter((path) => /^(packages|subgraphs|gateway|patches)\//.test(path) || ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "tsconfig.base.json"].includes(path));
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((path) => context.ignores(path))).toEqual([]);
    });
  });
});

describe("compose.yaml", () => {
  const secrets = mkdtempSync(join(tmpdir(), "frikommune-compose-secrets-"));
  afterAll(() => rmSync(secrets, { recursive: true, force: true }));
  beforeAll(() => {
    // As a user makes them: the command itself, on plain node.
    const made = spawnSync(process.execPath, ["deploy/compose/secrets.ts", "--out", secrets], { cwd: ROOT, encoding: "utf8" });
    if (made.status !== 0) throw new Error(`node deploy/compose/secrets.ts failed:\n${made.stderr}`);
  });

  /** A path compose.yaml gives for a generated file, in this run's generated set. */
  const generated = (path: string) => {
    expect(path.startsWith(SECRETS), path).toBe(true);
    return join(secrets, path.slice(SECRETS.length));
  };
  const envFile = (path: string): Env =>
    Object.fromEntries(
      readFileSync(generated(path), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
  const roles = () =>
    readFileSync(join(secrets, DATABASE_ROLES_FILE), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split(" ") as [role: string, schema: string, password: string]);

  /**
   * The environment a service's container starts with: the image's ENV for its build arguments,
   * then its env_file, then its environment, each `/run/secrets/<name>` read from this run's files.
   */
  function containerEnv(d: Deployable): Env {
    const service = compose.services[d.name]!;
    const env = imageEnv(service.build?.args ?? {});
    for (const path of [service.env_file ?? []].flat()) Object.assign(env, envFile(path));
    for (const [name, value] of Object.entries(service.environment ?? {})) {
      const secret = /^\/run\/secrets\/(.+)$/.exec(value)?.[1];
      if (secret) {
        expect(service.secrets, `${d.name}: ${name}`).toContain(secret);
        env[name] = generated(compose.secrets[secret]!.file);
      } else env[name] = value;
    }
    return env;
  }

  it("has one service per deployable and the database, and nothing else", () => {
    expect(Object.keys(compose.services).sort()).toEqual([...deployables().map((d) => d.name), "postgres"].sort());
  });

  it("builds each service or runs an image pinned by its digest", () => {
    const unpinned = Object.entries(compose.services).filter(([, service]) => !service.build && !DIGEST.test(service.image?.split("@")[1] ?? ""));
    expect(unpinned.map(([name, service]) => `${name}: ${service.image}`)).toEqual([]);
  });

  it("runs PostgreSQL 18 on a named volume, healthy once it answers over TCP, creating every role from the generated list", () => {
    const postgres = compose.services.postgres!;
    const [reference, digest] = postgres.image!.split("@");
    expect(reference).toBe("postgres:18");
    expect(digest, "pinned by its digest").toMatch(DIGEST);
    expect(postgres.ports).toBeUndefined();
    // From 18 on the image keeps its data below /var/lib/postgresql (and refuses a mount at …/data).
    expect(postgres.volumes).toContain("postgres:/var/lib/postgresql");
    expect(compose.volumes).toHaveProperty("postgres");
    expect(postgres.volumes).toContain("./deploy/compose/initdb:/docker-entrypoint-initdb.d:ro");
    expect(postgres.healthcheck!.test).toEqual(["CMD", "pg_isready", "--host=127.0.0.1", "--username=postgres", `--dbname=${COMPOSE_DATABASE.name}`]);
    expect(postgres.environment).toEqual({ POSTGRES_DB: COMPOSE_DATABASE.name, POSTGRES_PASSWORD_FILE: "/run/secrets/postgres_password" });
    expect(postgres.secrets!.sort()).toEqual([DATABASE_ROLES_FILE, "postgres_password"]);
  });

  it("has an init script that runs service-role.psql once per line of the roles file, with the variables it uses", () => {
    const script = read("deploy/compose/initdb/10-service-roles.sh");
    expect(statSync(resolve(ROOT, "deploy/compose/initdb/10-service-roles.sh")).mode & 0o111).not.toBe(0);
    expect(script).toContain(`done < /run/secrets/${DATABASE_ROLES_FILE}`);
    expect(script).toContain("while read -r role schema password; do");
    expect(script).toContain("-f /docker-entrypoint-initdb.d/service-role.psql");
    const given = [...script.matchAll(/-v (\w+)=/g)].map((m) => m[1]).filter((v) => v !== "ON_ERROR_STOP");
    const used = new Set([...read("deploy/compose/initdb/service-role.psql").matchAll(/:["'](\w+)["']/g)].map((m) => m[1]));
    expect(given.sort()).toEqual([...used].sort());
  });

  it("generates one role per deployable, the registry's (as the CloudNativePG example has them), owning the deployable's schema", () => {
    expect(roles().map(([role, schema]) => [role, schema])).toEqual(deployables().map((d) => [d.role, d.schema]));
    expect(new Set(roles().map(([, , password]) => password)).size).toBe(deployables().length);
  });

  it("keeps what it generates out of git and out of every image", () => {
    expect(spawnSync("git", ["check-ignore", "-q", `${SECRETS}auth_jwt_secret`], { cwd: ROOT }).status).toBe(0);
    for (const service of Object.values(compose.services)) for (const path of [service.env_file ?? []].flat()) expect(path.startsWith(SECRETS)).toBe(true);
    for (const secret of Object.values(compose.secrets)) expect(secret.file.startsWith(SECRETS)).toBe(true);
  });

  it("generates production secrets once and refuses to replace them", () => {
    expect(readFileSync(join(secrets, "auth_jwt_secret")).length).toBeGreaterThanOrEqual(32);
    expect(createPrivateKey(readFileSync(join(secrets, "gateway_signing_key"))).asymmetricKeyType).toBe("ed25519");
    const again = spawnSync(process.execPath, ["deploy/compose/secrets.ts", "--out", secrets], { cwd: ROOT, encoding: "utf8" });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already holds secrets");
  });

  describe.each(deployables().map((d) => [d.name, d] as const))("%s", (_name, d) => {
    const service = () => compose.services[d.name]!;

    it("is built from the one Dockerfile for this service and its registry port", () => {
      expect(service().build).toEqual({ context: ".", args: { SERVICE: d.name, PORT: String(d.port) } });
      expect(service().image).toBeUndefined();
    });

    it("listens on its registry port, checked by the image's HEALTHCHECK there, and only the gateway is published", () => {
      expect(containerEnv(d).PORT).toBe(String(d.port));
      // No check of its own: the image's, on $PORT.
      expect(service().healthcheck).toBeUndefined();
      expect(service().ports).toEqual(d.kind === "gateway" ? [`${d.port}:${d.port}`] : undefined);
    });

    it("serves /metrics on a port of its own (METRICS_PORT), published nowhere", () => {
      const port = loadRecording(d, containerEnv(d)).config.metricsPort;
      expect(port, `${d.name} sets METRICS_PORT`).toEqual(expect.any(Number));
      expect(deployables().map((s) => s.port), "not a service's port").not.toContain(port);
      expect((service().ports ?? []).filter((published) => published.split(":").includes(String(port)))).toEqual([]);
    });

    it("is given only variables its configuration reads, and starts with them in production", () => {
      const env = containerEnv(d);
      expect(env.NODE_ENV).toBe("production");
      // A refused configuration throws a ConfigError naming every variable at fault.
      const { config, seen } = loadRecording(d, env);
      expect(Object.keys(env).filter((name) => !seen.has(name) && !isPlatformVariable(name))).toEqual([]);
      // And it is handed only the secrets those variables name.
      const named = Object.values(service().environment ?? {}).flatMap((value) => /^\/run\/secrets\/(.+)$/.exec(value)?.[1] ?? []);
      expect([...(service().secrets ?? [])].sort()).toEqual(named.sort());
      expect(config).toMatchObject({ development: false, host: "0.0.0.0", port: d.port, logLevel: "info" });
    });

    it("waits for what it needs to be healthy", () => {
      const needs = d.kind === "gateway" ? ["postgres", ...subgraphs().map((s) => s.name)] : ["postgres"];
      expect(service().depends_on).toEqual(Object.fromEntries(needs.map((name) => [name, { condition: "service_healthy" }])));
    });

    if (d.kind === "subgraph") {
      it("reaches its own schema as its own role, and verifies the gateway by its JWKS", () => {
        const { config } = loadRecording(d, containerEnv(d));
        const url = new URL((config as SubgraphConfig).databaseUrl);
        const [, , password] = roles().find(([role]) => role === d.role)!;
        const { host, port, name } = COMPOSE_DATABASE;
        expect([url.protocol, url.username, url.password, url.hostname, url.port, url.pathname]).toEqual(["postgres:", d.role, password, host, String(port), `/${name}`]);
        expect((config as SubgraphConfig).gatewayKey).toEqual({ jwksUrl: `http://gateway:${GATEWAY_PORT}/.well-known/jwks.json` });
      });
    } else {
      it("reaches every subgraph by its service name and port, and shares rate limits through its own role", () => {
        const config = loadRecording(d, containerEnv(d)).config as GatewayConfig;
        expect(config.subgraphUrls).toEqual(Object.fromEntries(subgraphs().map((s) => [s.name, `http://${s.name}:${s.port}/graphql`])));
        // One template for all of them, so compose.yaml names no subgraph there.
        expect(Object.keys(service().environment!).filter((name) => name.startsWith("SUBGRAPH_"))).toEqual(["SUBGRAPH_URL_TEMPLATE"]);
        expect(config.rateLimit.store).toBe("postgres");
        const url = new URL(config.databaseUrl!);
        const [, , password] = roles().find(([role]) => role === d.role)!;
        expect([url.username, url.password, url.hostname, url.pathname]).toEqual([d.role, password, COMPOSE_DATABASE.host, `/${COMPOSE_DATABASE.name}`]);
        expect(config.tokens).toMatchObject({ issuer: "frikommune-compose", jwksUrl: null, secret: readFileSync(join(secrets, "auth_jwt_secret"), "utf8") });
        expect(config.signingKey).toBe(readFileSync(join(secrets, "gateway_signing_key"), "utf8"));
      });
    }
  });

  it("gives every service the same metrics port: one scrape port for the graph (docs/operations.md, section 4)", () => {
    const ports = deployables().map((d) => loadRecording(d, containerEnv(d)).config.metricsPort);
    expect(new Set(ports).size).toBe(1);
  });

  it("records exactly what a loader reads, not every variable it is handed", () => {
    const gateway = deployables().find((d) => d.kind === "gateway")!;
    const { seen } = loadRecording(gateway, { ...containerEnv(gateway), NOT_A_SETTING: "x" });
    expect(seen.has("NOT_A_SETTING")).toBe(false);
    expect(seen.has("AUTH_JWT_SECRET_FILE")).toBe(true);
  });
});

describe("the files that list the graph's services (compose.yaml, deploy/k8s)", () => {
  it("are the ones `pnpm deployment` makes from the member registry", () => {
    expect(deploymentDifferences(ROOT), "run `pnpm deployment` and commit the result").toEqual([]);
  });

  it("are the only files of the deployments that name a member, so no member is ever half-added", () => {
    const generated = new Set(Object.keys(deploymentFiles()).map((path) => resolve(ROOT, path)));
    const handWritten = [...committedFiles(resolve(ROOT, "deploy")), resolve(ROOT, "compose.yaml")].filter((file) => !generated.has(file) && !file.endsWith(".md"));
    expect(handWritten.length).toBeGreaterThan(0);
    const names = members.flatMap((m) => [m.slug, schemaName(m.slug)]);
    const naming = new RegExp(`\\b(${names.join("|")})\\b`);
    expect(handWritten.filter((file) => naming.test(readFileSync(file, "utf8"))).map((file) => file.slice(ROOT.length + 1))).toEqual([]);
  });

  it("say at their top that they are generated, and by what, and are YAML", () => {
    for (const [path, content] of Object.entries(deploymentFiles())) {
      expect(content.split("\n")[0], path).toMatch(/^# Generated by `pnpm deployment` from the member registry/);
      expect(parseAllDocuments(content).flatMap((doc) => doc.errors), path).toEqual([]);
    }
  });

  it("are checked for real: a stale, a missing and a left-over file are named, and `pnpm deployment` mends them", () => {
    const root = mkdtempSync(join(tmpdir(), "frikommune-deployment-"));
    try {
      const files = deploymentFiles();
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      expect(deploymentDifferences(root)).toEqual([]);
      const [stale, missing] = Object.keys(files).filter((path) => path.startsWith("deploy/k8s/base/subgraphs/"));
      writeFileSync(join(root, stale!), files[stale!]!.replace("containerPort", "containerport"));
      rmSync(join(root, missing!));
      const leftOver = join(dirname(stale!), "left-over.yaml");
      writeFileSync(join(root, leftOver), files[stale!]!);
      const expected = [
        { path: stale, problem: "stale" },
        { path: missing, problem: "missing" },
        { path: leftOver, problem: "no longer generated" },
      ];
      expect(deploymentDifferences(root)).toEqual(expect.arrayContaining(expected));
      expect(deploymentDifferences(root)).toHaveLength(expected.length);
      expect(writeDeployment(root)).toHaveLength(expected.length);
      expect(deploymentDifferences(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
