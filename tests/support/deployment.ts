import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DockerfileParser, type Dockerfile, type Env as EnvInstruction, type Instruction } from "dockerfile-ast";
import pg from "pg";
import { loadGatewayConfig, loadSubgraphConfig, type Env, type GatewayConfig, type SubgraphConfig } from "@frikommune/config";
import type { Deployable } from "@frikommune/members";

export const ROOT = resolve(import.meta.dirname, "../..");

/** The root Dockerfile, parsed. */
export function dockerfile(): Dockerfile {
  return DockerfileParser.parse(readFileSync(resolve(ROOT, "Dockerfile"), "utf8"));
}

/** The instructions of the image's own stage, the last one: everything after its FROM. */
export function finalStage(file: Dockerfile): Instruction[] {
  const from = file.getFROMs().at(-1)!.getRange()!.start.line;
  return file.getInstructions().filter((i) => i.getRange()!.start.line > from);
}

/** The command of the image's HEALTHCHECK (exec form), as the container runtime runs it. */
export function healthcheckCommand(file: Dockerfile): string[] {
  const check = finalStage(file).find((i) => i.getKeyword() === "HEALTHCHECK");
  if (!check) throw new Error("the image has no HEALTHCHECK");
  return JSON.parse(check.getArgumentsContent()!.replace(/^CMD\s+/, "")) as string[];
}

/** The image's ENV for a service, with its build arguments (SERVICE, PORT) put in. */
export function imageEnv(args: Record<string, string>): Env {
  const env = finalStage(dockerfile()).filter((i): i is EnvInstruction => i.getKeyword() === "ENV");
  return Object.fromEntries(env.flatMap((i) => i.getProperties().map((p) => [p.getName(), p.getValue()!.replace(/\$\{(\w+)\}/g, (_m, arg: string) => args[arg] ?? "")])));
}

/** The build arguments the image of `service` is built with. */
export const buildArgs = (service: Deployable) => ({ SERVICE: service.name, PORT: String(service.port) });

export interface ServiceRole {
  role: string;
  schema: string;
  password: string;
  database: string;
}

/**
 * The SQL the compose database's init script runs for one service (deploy/compose/initdb/
 * service-role.psql), its psql variables filled in as psql fills them: `:"name"` an identifier,
 * `:'name'` a literal.
 */
export function serviceRoleSql(variables: ServiceRole): string {
  const template = readFileSync(resolve(ROOT, "deploy/compose/initdb/service-role.psql"), "utf8");
  return template.replace(/:"(\w+)"|:'(\w+)'/g, (_match, identifier: string | undefined, literal: string | undefined) => {
    const name = (identifier ?? literal) as keyof ServiceRole;
    if (!(name in variables)) throw new Error(`service-role.psql uses :${name}, which the init script does not set`);
    return identifier ? pg.escapeIdentifier(variables[name]) : pg.escapeLiteral(variables[name]);
  });
}

/** Variables any process may be given besides its configuration: Node's own and OpenTelemetry's. */
export const isPlatformVariable = (name: string) => name === "NODE_ENV" || name === "NODE_OPTIONS" || name.startsWith("OTEL_");

/**
 * Loads a service's configuration from `env` as its process does, recording every variable the
 * loader looks at; a refused configuration throws its ConfigError.
 */
export function loadRecording(service: Deployable, env: Env): { config: GatewayConfig | SubgraphConfig; seen: Set<string> } {
  const seen = new Set<string>();
  const look = (key: string | symbol) => typeof key === "string" && seen.add(key);
  const recording = new Proxy(env, {
    get: (target, key) => (look(key), Reflect.get(target, key)),
    has: (target, key) => (look(key), Reflect.has(target, key)),
  });
  const config = service.kind === "gateway" ? loadGatewayConfig(recording) : loadSubgraphConfig(service.port, recording);
  return { config, seen };
}
