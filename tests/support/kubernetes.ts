// The Kubernetes manifests of deploy/k8s as kubectl renders them, checked offline against the API's schemas.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseAllDocuments } from "yaml";
import { ROOT } from "./deployment.js";
import * as apps from "kubernetes-models/apps/v1";
import * as autoscaling from "kubernetes-models/autoscaling/v2";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as policy from "kubernetes-models/policy/v1";
import * as core from "kubernetes-models/v1";
import * as cnpg from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";
import type { IContainer } from "kubernetes-models/v1/Container";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import type { INetworkPolicySpec } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicySpec";

export type LabelSelector = INetworkPolicySpec["podSelector"] & {};

export const K8S_DIR = resolve(ROOT, "deploy/k8s");

/** The files of `dir` a commit would hold: tracked or new, none that git ignores (generated secrets, local state). */
export function committedFiles(dir: string): string[] {
  const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", relative(ROOT, dir)], { cwd: ROOT, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed:\n${listed.stderr}`);
  return listed.stdout.split("\n").filter((path) => path && existsSync(join(ROOT, path))).map((path) => join(ROOT, path));
}

/** The script that makes the development overlay's Secrets, which deploy/k8s/README.md has run first. */
export const DEVELOPMENT_SECRETS = join(K8S_DIR, "overlays/development/secrets.ts");

/** Runs the development overlay's secrets script as a user does, writing into `out`; its output. */
export function makeDevelopmentSecrets(out: string): string {
  const made = spawnSync(process.execPath, [DEVELOPMENT_SECRETS, "--out", out], { cwd: ROOT, encoding: "utf8" });
  if (made.status !== 0) throw new Error(`node ${relative(ROOT, DEVELOPMENT_SECRETS)} failed:\n${made.stderr}`);
  return made.stdout;
}

/**
 * deploy/k8s as a fresh clone has it, in a new temporary folder, with the development overlay's
 * Secrets made as its README says: what an operator renders. Returns the copy's deploy/k8s.
 */
export function checkout(): string {
  const copy = join(mkdtempSync(join(tmpdir(), "frikommune-k8s-checkout-")), "k8s");
  for (const file of committedFiles(K8S_DIR)) {
    const target = join(copy, relative(K8S_DIR, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  makeDevelopmentSecrets(join(copy, "overlays/development/secrets"));
  return copy;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** `kubectl kustomize <dir>`: every object the folder renders, in order. */
export function render(dir: string): KubeObject[] {
  const { status, stdout, stderr, error } = spawnSync("kubectl", ["kustomize", dir], { encoding: "utf8", timeout: 60_000 });
  if (error) throw new Error(`kubectl kustomize could not run (apt-get install kubectl): ${error.message}`);
  if (status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${stderr}`);
  return parseAllDocuments(stdout).map((doc) => {
    if (doc.errors.length) throw new Error(`${dir}: ${doc.errors[0]!.message}`);
    return doc.toJSON() as KubeObject;
  });
}

type ModelClass = { apiVersion: string; kind: string; new (data: any): { validate(): void } };

/** Every kind the manifests may use, by `apiVersion/kind`: the groups deploy/k8s needs, and no more. */
const MODELS = new Map<string, ModelClass>(
  [core, apps, autoscaling, networking, policy, cnpg]
    .flatMap((group) => Object.values(group) as unknown[])
    .filter((value): value is ModelClass => typeof value === "function" && typeof (value as ModelClass).apiVersion === "string" && typeof (value as ModelClass).kind === "string")
    .map((model) => [`${model.apiVersion}/${model.kind}`, model]),
);

/**
 * kustomize writes a Secret's base64 in lines of 70 characters; the API server's decoder skips
 * line breaks, the schema's "byte" format does not. The value is the same without them.
 */
function withUnwrappedData(object: KubeObject): KubeObject {
  if (object.kind !== "Secret" || !object.data) return object;
  return { ...object, data: Object.fromEntries(Object.entries(object.data as Record<string, string>).map(([k, v]) => [k, v.replace(/\n/g, "")])) };
}

/** Validates an object against its kind's schema; a kind without a schema here is an error too. */
export function validate(object: KubeObject): void {
  const Model = MODELS.get(`${object.apiVersion}/${object.kind}`);
  if (!Model) throw new Error(`${object.kind} ${object.metadata?.name}: no schema for ${object.apiVersion}/${object.kind}`);
  try {
    new Model(withUnwrappedData(object)).validate();
  } catch (error) {
    throw new Error(`${object.kind} ${object.metadata.name}: ${(error as Error).message}`);
  }
}

/** The objects of one kind, typed by its model. */
export function ofKind<T>(objects: KubeObject[], model: { is: (value: unknown) => value is T }): T[] {
  return objects.filter((o) => model.is(o));
}

/** Whether a label selector selects pods with these labels (matchLabels and matchExpressions); `{}` selects all. */
export function selects(selector: LabelSelector, labels: Record<string, string> = {}): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === "In") return key in labels && values.includes(labels[key]!);
    if (operator === "NotIn") return !(key in labels) || !values.includes(labels[key]!);
    if (operator === "Exists") return key in labels;
    if (operator === "DoesNotExist") return !(key in labels);
    throw new Error(`unknown selector operator ${operator}`);
  });
  return byLabels && byExpressions;
}

/** A container port by name or number, as probes, Services and NetworkPolicies name it. */
export function containerPort(container: IContainer, port: string | number | undefined): number | undefined {
  if (typeof port === "number") return container.ports?.some((p) => p.containerPort === port) ? port : undefined;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** The label Kubernetes gives every namespace, its name: what a namespaceSelector picks one namespace by. */
export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
/** The labels a namespace has (as far as a selector for it by name can tell). */
export const namespaceLabels = (name: string): Record<string, string> => ({ [NAMESPACE_NAME_LABEL]: name });

/** The one container of a pod template. */
export function onlyContainer(template: IPodTemplateSpec | undefined): IContainer {
  const containers = template?.spec?.containers ?? [];
  if (containers.length !== 1) throw new Error(`expected one container, found ${containers.length}`);
  return containers[0]!;
}

/** A resource quantity in base units: "250m" → 0.25, "192Mi" → 201326592. */
export function quantity(value: string | number | undefined): number {
  if (value === undefined) return NaN;
  const match = /^(\d+(?:\.\d+)?)(m|k|M|G|Ki|Mi|Gi)?$/.exec(String(value));
  if (!match) throw new Error(`not a quantity: ${value}`);
  const factor = { m: 1e-3, k: 1e3, M: 1e6, G: 1e9, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 }[match[2] as string] ?? 1;
  return Number(match[1]) * factor;
}

/** The `$(NAME)` references of an environment value. */
export function references(value: string): string[] {
  return [...value.matchAll(/(?<!\$)\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)].map((m) => m[1]!);
}
