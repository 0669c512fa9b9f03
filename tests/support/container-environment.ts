// A container's environment as the kubelet would give it to the process, from rendered manifests.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { IPodTemplateSpec } from "kubernetes-models/v1/PodTemplateSpec";
import { onlyContainer, references, type KubeObject } from "./kubernetes.js";

/** The value of a Secret's key, for the variable (or `*_FILE` variable) that reads it. */
export type SecretValue = (secret: string, key: string, variable: string) => string;

export interface ContainerEnvironment {
  /** Every variable the process sees; a `*_FILE` variable names a file written with the Secret's value. */
  env: Record<string, string>;
  /** The variables set on the container, by `env` and `envFrom`. */
  names: string[];
  /** The variables another variable's value refers to as `$(NAME)`. */
  referenced: Set<string>;
}

function configMapData(objects: KubeObject[], name: string): Record<string, string> {
  const map = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === name);
  if (!map) throw new Error(`ConfigMap ${name} is not rendered`);
  return (map.data ?? {}) as Record<string, string>;
}

/**
 * Resolves `envFrom`, then `env` in order: `$(NAME)` expands only to a variable defined before it,
 * and is otherwise left as written (as Kubernetes does). Each `*_FILE` variable's file is found
 * through its volume mount and written below `filesDir` with the Secret's value; one in a
 * mounted ConfigMap keeps its path.
 */
export function containerEnvironment(template: IPodTemplateSpec, objects: KubeObject[], secretValue: SecretValue, filesDir: string): ContainerEnvironment {
  const container = onlyContainer(template);
  const env: Record<string, string> = {};
  const names: string[] = [];
  const referenced = new Set<string>();
  for (const source of container.envFrom ?? []) {
    if (!source.configMapRef) throw new Error(`${container.name}: only ConfigMaps are expected in envFrom`);
    for (const [key, value] of Object.entries(configMapData(objects, source.configMapRef.name!))) {
      env[(source.prefix ?? "") + key] = value;
      names.push((source.prefix ?? "") + key);
    }
  }
  const declared = new Set<string>();
  for (const variable of container.env ?? []) {
    if (declared.has(variable.name)) throw new Error(`${variable.name} is set twice`);
    declared.add(variable.name);
    names.push(variable.name);
    const { value, valueFrom } = variable;
    if (value !== undefined) {
      for (const name of references(value)) referenced.add(name);
      env[variable.name] = value.replace(/(?<!\$)\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => env[name] ?? whole);
    } else if (valueFrom?.secretKeyRef) {
      env[variable.name] = secretValue(valueFrom.secretKeyRef.name!, valueFrom.secretKeyRef.key, variable.name);
    } else if (valueFrom?.configMapKeyRef) {
      const data = configMapData(objects, valueFrom.configMapKeyRef.name!);
      if (!(valueFrom.configMapKeyRef.key in data)) throw new Error(`ConfigMap ${valueFrom.configMapKeyRef.name} has no ${valueFrom.configMapKeyRef.key}`);
      env[variable.name] = data[valueFrom.configMapKeyRef.key]!;
    } else {
      throw new Error(`${variable.name}: a source this check does not know`);
    }
  }
  for (const name of names.filter((n) => n.endsWith("_FILE"))) {
    const path = env[name]!;
    const mount = container.volumeMounts?.find((m) => path.startsWith(`${m.mountPath.replace(/\/$/, "")}/`));
    const volume = template.spec?.volumes?.find((v) => v.name === mount?.name);
    const inVolume = mount ? path.slice(mount.mountPath.replace(/\/$/, "").length + 1) : "";
    if (mount && volume?.configMap) {
      // A file the service reads itself while it runs (the supergraph), made out of band: its path is what the configuration takes.
      const items = volume.configMap.items;
      if (items && !items.some((i) => i.path === inVolume)) throw new Error(`${name}=${path}: ConfigMap ${volume.configMap.name} projects no such file`);
      continue;
    }
    if (!mount || !volume?.secret) throw new Error(`${name}=${path} is in no mounted Secret`);
    const items = volume.secret.items;
    const key = items ? items.find((i) => i.path === inVolume)?.key : inVolume;
    if (!key) throw new Error(`${name}=${path}: Secret ${volume.secret.secretName} projects no such file`);
    const file = join(filesDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, secretValue(volume.secret.secretName!, key, name));
    env[name] = file;
  }
  return { env, names, referenced };
}

/** The keys of every Secret a pod reads, by Secret name. */
export function secretsRead(template: IPodTemplateSpec): Map<string, Set<string | null>> {
  const read = new Map<string, Set<string | null>>();
  const add = (secret: string, key: string | null) => read.set(secret, (read.get(secret) ?? new Set()).add(key));
  for (const container of template.spec?.containers ?? []) {
    for (const variable of container.env ?? []) {
      const ref = variable.valueFrom?.secretKeyRef;
      if (ref) add(ref.name!, ref.key);
    }
    for (const source of container.envFrom ?? []) if (source.secretRef) add(source.secretRef.name!, null);
  }
  for (const volume of template.spec?.volumes ?? []) {
    if (!volume.secret) continue;
    if (!volume.secret.items) add(volume.secret.secretName!, null);
    for (const item of volume.secret.items ?? []) add(volume.secret.secretName!, item.key);
  }
  return read;
}
