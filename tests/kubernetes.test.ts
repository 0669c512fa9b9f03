// deploy/k8s as kubectl renders it: valid for the Kubernetes and CloudNativePG schemas, and true to the services.
import { createPrivateKey, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { fillSubgraphUrlTemplate, GATEWAY_CONNECTIONS, type GatewayConfig, type SubgraphConfig } from "@frikommune/config";
import { deployables, type Deployable } from "@frikommune/members";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Secret, Service } from "kubernetes-models/v1";
import { Cluster, Database, Pooler } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import { containerEnvironment, secretsRead, type ContainerEnvironment } from "./support/container-environment.js";
import { buildArgs, imageEnv, isPlatformVariable, loadRecording, ROOT } from "./support/deployment.js";
import { deniedByDefault, reaches, type Endpoint, type Port } from "./support/network-policies.js";
import { checkout, committedFiles, containerPort, DEVELOPMENT_SECRETS, K8S_DIR, makeDevelopmentSecrets, NAMESPACE_NAME_LABEL, onlyContainer, ofKind, quantity, references, render, selects, validate, type KubeObject } from "./support/kubernetes.js";

const OVERLAYS = readdirSync(join(K8S_DIR, "overlays"));
const SERVICES = deployables();
const GATEWAY = SERVICES.find((d) => d.kind === "gateway")!;
const SUBGRAPHS = SERVICES.filter((d) => d.kind === "subgraph");
/** What the image sets itself (the Dockerfile): the manifests need not. */
const README = readFileSync(join(K8S_DIR, "README.md"), "utf8");
// Where the NetworkPolicies assume what is around the graph (deploy/k8s/README.md says how to change each).
/** The namespace Prometheus runs in, the one the NetworkPolicies let reach /metrics. */
const MONITORING = "monitoring";
/** The ingress controller's namespace (ingress-nginx), the one the gateway's API is open to. */
const INGRESS = "ingress-nginx";
/** Where the OTLP collector takes traces over HTTP. */
const COLLECTOR = { namespace: "observability", port: 4318 };
const COMPONENT_LABEL = "app.kubernetes.io/component";
/** The ConfigMap the gateway reads its supergraph from, and its key: published with `kubectl create configmap`, never rendered. */
const SUPERGRAPH_CONFIG_MAP = "gateway-supergraph";
const SUPERGRAPH_KEY = "supergraph.graphql";

/** What an operator renders: the committed files, with the development overlay's Secrets made first. */
const CHECKOUT = checkout();
afterAll(() => rmSync(dirname(CHECKOUT), { recursive: true, force: true }));

const renders = new Map<string, KubeObject[]>();
/** A folder of deploy/k8s rendered once for the whole file. */
function rendered(folder: string): KubeObject[] {
  if (!renders.has(folder)) renders.set(folder, render(join(CHECKOUT, folder)));
  return renders.get(folder)!;
}
const overlay = (name: string) => rendered(`overlays/${name}`);

function deploymentOf(objects: KubeObject[], service: Deployable): IDeployment {
  const found = ofKind(objects, Deployment).filter((d) => d.metadata?.name === service.name);
  expect(found, `Deployment ${service.name}`).toHaveLength(1);
  return found[0]!;
}
const podLabels = (deployment: IDeployment) => deployment.spec?.template.metadata?.labels ?? {};

function secretData(objects: KubeObject[], name: string): Record<string, string> | undefined {
  const secret = ofKind(objects, Secret).find((s) => s.metadata?.name === name);
  if (!secret) return undefined;
  const data = Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
  return { ...data, ...secret.stringData };
}

// Secrets made out of band get this run's test secrets (tests/support/global-setup.ts) and a role of their own.
const testEnv = inject("testEnv");
const testRole = { username: "frikommune_test", password: randomBytes(24).toString("hex") };
function testValue(secret: string, key: string, variable: string): string {
  const value = testEnv[variable] ?? testEnv[variable.replace(/_FILE$/, "")] ?? testRole[key as keyof typeof testRole];
  if (value === undefined) throw new Error(`no test value for ${variable} (Secret ${secret}, key ${key})`);
  return value;
}

const filesDir = mkdtempSync(join(tmpdir(), "frikommune-k8s-"));
afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

interface Loaded {
  environment: ContainerEnvironment;
  /** The variables the service's configuration read while loading. */
  read: Set<string>;
  config: GatewayConfig | SubgraphConfig;
}

/**
 * Loads a service's configuration from its container's environment over the image's, through
 * a Proxy that records each variable read. A Secret the overlay renders gives its own value.
 */
function load(objects: KubeObject[], service: Deployable): Loaded {
  const secretValue = (secret: string, key: string, variable: string) => {
    const data = secretData(objects, secret);
    if (data && !(key in data)) throw new Error(`Secret ${secret} has no key ${key}`);
    return data ? data[key]! : testValue(secret, key, variable);
  };
  const environment = containerEnvironment(deploymentOf(objects, service).spec!.template, objects, secretValue, join(filesDir, objects[0]!.metadata.namespace ?? "", service.name));
  try {
    const { config, seen: read } = loadRecording(service, { ...imageEnv(buildArgs(service)), ...environment.env });
    return { environment, read, config };
  } catch (error) {
    throw new Error(`${service.name}: ${(error as Error).message}`);
  }
}

/** The Service an in-cluster URL names (`name`, `name.namespace`, `name.namespace.svc[.cluster.local]`), and the port it targets. */
function serviceBehind(objects: KubeObject[], url: URL) {
  const [name, namespace, ...rest] = url.hostname.split(".");
  const service = ofKind(objects, Service).find((s) => s.metadata?.name === name);
  expect(service, `a Service for ${url}`).toBeDefined();
  if (namespace) expect(namespace).toBe(service!.metadata?.namespace);
  expect(["", "svc", "svc.cluster.local"]).toContain(rest.join("."));
  const port = service!.spec?.ports?.find((p) => p.port === Number(url.port || 80));
  expect(port, `${url}: Service ${name} has port ${url.port}`).toBeDefined();
  return { service: service!, port: port! };
}

/** The one service of the registry whose pods the Service at `url` selects, and the container port that Service targets. */
function podsBehind(objects: KubeObject[], url: URL): { service: Deployable; port: number | undefined } {
  const { service, port } = serviceBehind(objects, url);
  expect(Object.keys(service.spec?.selector ?? {}).length, `${url}: Service ${service.metadata?.name} selects pods`).toBeGreaterThan(0);
  const behind = SERVICES.filter((d) => selects({ matchLabels: service.spec?.selector }, podLabels(deploymentOf(objects, d))));
  expect(behind.map((d) => d.name), `pods behind ${url}`).toHaveLength(1);
  const container = onlyContainer(deploymentOf(objects, behind[0]!).spec!.template);
  return { service: behind[0]!, port: containerPort(container, port.targetPort ?? port.port) };
}

/** The one Secret the service's database URL takes its user name and password from. */
function databaseSecret(objects: KubeObject[], service: Deployable): { name: string; keys: string[] } {
  const env = onlyContainer(deploymentOf(objects, service).spec!.template).env ?? [];
  const url = env.find((e) => e.name === (service.kind === "gateway" ? "GATEWAY_DATABASE_URL" : "DATABASE_URL"));
  const refs = references(url?.value ?? "").map((name) => env.find((e) => e.name === name)?.valueFrom?.secretKeyRef).filter((ref) => ref !== undefined);
  const names = [...new Set(refs.map((r) => r.name))];
  expect(names, `${service.name}: the Secret of its database URL`).toHaveLength(1);
  return { name: names[0]!, keys: refs.map((r) => r.key).sort() };
}

/** The CloudNativePG example (deploy/k8s/postgres): its one cluster, that cluster's database and pooler, and its roles. */
function example() {
  const [cluster, ...more] = ofKind(rendered("postgres"), Cluster);
  expect(more).toEqual([]);
  const databases = ofKind(rendered("postgres"), Database).filter((d) => d.spec.cluster.name === cluster!.metadata?.name);
  expect(databases).toHaveLength(1);
  const poolers = ofKind(rendered("postgres"), Pooler).filter((p) => p.spec.cluster.name === cluster!.metadata?.name);
  expect(poolers).toHaveLength(1);
  return { cluster: cluster!, database: databases[0]!, pooler: poolers[0]!, roles: cluster!.spec?.managed?.roles ?? [] };
}

/** Where a service holds its sessions (the gateway all its connections; a subgraph its migration lock), and where it queries. */
function databaseUrls(config: GatewayConfig | SubgraphConfig): { direct: URL; queries: URL } {
  if ("databasePoolMax" in config) return { direct: new URL(config.databaseDirectUrl ?? config.databaseUrl), queries: new URL(config.databaseUrl) };
  return { direct: new URL(config.databaseUrl!), queries: new URL(config.databaseUrl!) };
}

describe("the manifests", () => {
  it.each(["base", ...OVERLAYS.map((o) => `overlays/${o}`), "postgres"])("%s renders, and every object is valid for its kind's schema", (folder) => {
    const objects = rendered(folder);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) validate(object);
  });

  it("are checked for real: an unknown kind and a wrong field are refused", () => {
    expect(() => validate({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } })).toThrow(/no schema/);
    const deployment = structuredClone(deploymentOf(overlay(OVERLAYS[0]!), GATEWAY)) as unknown as KubeObject & IDeployment;
    (deployment.spec!.template.spec!.containers[0]!.ports![0] as { containerPort: unknown }).containerPort = "http";
    expect(() => validate(deployment)).toThrow(/containerPort/);
  });

  it("the base holds no Secret: values come from an overlay or from out of band", () => {
    expect(ofKind(rendered("base"), Secret)).toEqual([]);
  });

  it("cover exactly the two overlays", () => {
    expect([...OVERLAYS].sort()).toEqual(["development", "production"]);
  });
});

describe.each(OVERLAYS)("the %s overlay", (name) => {
  const objects = () => overlay(name);
  const loaded = new Map<string, Loaded>();
  const loadedOf = (service: Deployable) => loaded.get(service.name) ?? loaded.set(service.name, load(objects(), service)).get(service.name)!;

  it("has a Deployment and a Service for each service of the registry and no other, each image pinned to the overlay's one tag", () => {
    expect(ofKind(objects(), Deployment).map((d) => d.metadata?.name).sort()).toEqual(SERVICES.map((d) => d.name).sort());
    expect(ofKind(objects(), Service).map((s) => s.metadata?.name).sort()).toEqual(SERVICES.map((d) => d.name).sort());
    const tags = SERVICES.map((service) => {
      const image = onlyContainer(deploymentOf(objects(), service).spec!.template).image ?? "";
      const match = /^ghcr\.io\/frikommune\/([a-z0-9-]+)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/.exec(image);
      expect(match?.[1], image).toBe(service.name);
      expect(match?.[2] ?? match?.[3], `${image} is pinned`).toBeDefined();
      expect(match?.[2]).not.toBe("latest");
      return match?.[3] ?? match?.[2];
    });
    expect(new Set(tags).size, "one release for all services").toBe(1);
  });

  it("serves, probes and exposes each service on its registry port", () => {
    for (const service of SERVICES) {
      const deployment = deploymentOf(objects(), service);
      const container = onlyContainer(deployment.spec!.template);
      expect(containerPort(container, "http"), service.name).toBe(service.port);
      expect(container.ports?.map((p) => p.name).sort(), `${service.name}: its port and its metrics port`).toEqual(["http", "metrics"]);
      expect(container.readinessProbe?.httpGet?.path).toBe("/ready");
      expect(containerPort(container, container.readinessProbe?.httpGet?.port)).toBe(service.port);
      expect(container.livenessProbe?.httpGet?.path).toBe("/health");
      expect(containerPort(container, container.livenessProbe?.httpGet?.port)).toBe(service.port);
      if (container.startupProbe) {
        expect(container.startupProbe.httpGet?.path).toBe("/health");
        expect(containerPort(container, container.startupProbe.httpGet?.port)).toBe(service.port);
      }
      const { service: behind, port } = podsBehind(objects(), new URL(`http://${service.name}:${service.port}`));
      expect(behind.name).toBe(service.name);
      expect(port).toBe(service.port);
      // The Service is the API's way in, not the metrics': Prometheus scrapes the pods.
      const exposed = ofKind(objects(), Service).find((s) => s.metadata?.name === service.name)?.spec?.ports ?? [];
      expect(exposed.map((p) => containerPort(container, p.targetPort ?? p.port)), `Service ${service.name} exposes its http port alone`).toEqual([service.port]);
    }
  });

  it("serves each service's /metrics on a port of its own: METRICS_PORT is its container port named metrics, which the scrape annotations name", () => {
    for (const service of SERVICES) {
      const template = deploymentOf(objects(), service).spec!.template;
      const metrics = containerPort(onlyContainer(template), "metrics");
      expect(metrics, `${service.name} has a port named metrics`).toBeDefined();
      expect(metrics, `${service.name}: metrics beside its registry port, not on it`).not.toBe(service.port);
      const { environment, config } = loadedOf(service);
      expect(environment.env.METRICS_PORT, `${service.name} sets METRICS_PORT`).toBe(String(metrics));
      expect(config.metricsPort, `${service.name} serves /metrics there`).toBe(metrics);
      expect(template.metadata?.annotations, service.name).toMatchObject({ "prometheus.io/scrape": "true", "prometheus.io/port": String(metrics), "prometheus.io/path": "/metrics" });
    }
  });

  it("runs every pod as the image's user, locked down, with requests and limits, and scraped for /metrics", () => {
    for (const service of SERVICES) {
      const template = deploymentOf(objects(), service).spec!.template;
      const pod = template.spec!;
      const container = onlyContainer(template);
      expect(pod.hostNetwork || pod.hostPID || pod.hostIPC, service.name).toBeFalsy();
      expect(container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot, service.name).toBe(true);
      expect(container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser ?? 1000).toBe(1000);
      expect((container.securityContext?.seccompProfile ?? pod.securityContext?.seccompProfile)?.type).toBe("RuntimeDefault");
      expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
      expect(container.securityContext?.privileged ?? false).toBe(false);
      expect(container.securityContext?.capabilities?.add ?? []).toEqual([]);
      const { requests = {}, limits = {} } = container.resources ?? {};
      for (const resource of ["cpu", "memory"]) {
        expect(quantity(requests[resource]), `${service.name} requests ${resource}`).toBeGreaterThan(0);
        expect(quantity(limits[resource]), `${service.name} limits ${resource}`).toBeGreaterThanOrEqual(quantity(requests[resource]));
      }
      // The V8 heap the process is given fits in its memory limit with room for the rest of the process.
      const heap = /--max-old-space-size=(\d+)/.exec(container.env?.find((e) => e.name === "NODE_OPTIONS")?.value ?? "");
      expect(heap, `${service.name} sets its heap`).not.toBeNull();
      expect(quantity(limits.memory)).toBeGreaterThan(Number(heap![1]) * 2 ** 20 * 1.5);
      expect(template.metadata?.annotations).toMatchObject({ "prometheus.io/scrape": "true", "prometheus.io/path": "/metrics" });
    }
  });

  it.each(SERVICES.map((d) => [d.name, d] as const))("%s: sets only variables its configuration reads, and its configuration accepts them in production mode", (_name, service) => {
    const { environment, read, config } = loadedOf(service);
    expect(read.has("PORT") && read.has("LOG_LEVEL"), "the recording sees what the loader reads").toBe(true);
    const unread = environment.names.filter((n) => !read.has(n) && !isPlatformVariable(n) && !environment.referenced.has(n));
    expect(unread, "variables the service does not read").toEqual([]);
    expect(Object.entries(environment.env).filter(([, v]) => /(?<!\$)\$\(/.test(v)), "references to a variable not defined before").toEqual([]);
    expect(environment.env.NODE_ENV ?? imageEnv(buildArgs(service)).NODE_ENV).not.toBe("development");
    expect(config).toMatchObject({ development: false, port: service.port, host: "0.0.0.0" });
  });

  it("points the gateway at each subgraph's Service, and every subgraph at the gateway's key set", () => {
    const gateway = loadedOf(GATEWAY).config as GatewayConfig;
    for (const subgraph of SUBGRAPHS) {
      const url = new URL(gateway.subgraphUrls[subgraph.name]!);
      expect([url.protocol, url.pathname]).toEqual(["http:", "/graphql"]);
      expect(podsBehind(objects(), url), `${subgraph.name} at ${url}`).toEqual({ service: subgraph, port: subgraph.port });
    }
    for (const subgraph of SUBGRAPHS) {
      const key = (loadedOf(subgraph).config as SubgraphConfig).gatewayKey;
      expect("jwksUrl" in key, `${subgraph.name} fetches the gateway's key`).toBe(true);
      const url = new URL((key as { jwksUrl: string }).jwksUrl);
      expect(url.pathname).toBe("/.well-known/jwks.json");
      expect(podsBehind(objects(), url)).toEqual({ service: GATEWAY, port: GATEWAY.port });
    }
  });

  it("addresses by one template every subgraph's Service, named after it on its registry port, so a member added later is reached too", () => {
    const gateway = loadedOf(GATEWAY).config as GatewayConfig;
    expect(gateway.subgraphUrlTemplate, "the gateway sets SUBGRAPH_URL_TEMPLATE").not.toBeNull();
    for (const subgraph of SUBGRAPHS) expect(gateway.subgraphUrls[subgraph.name], subgraph.name).toBe(fillSubgraphUrlTemplate(gateway.subgraphUrlTemplate!, subgraph.name, subgraph.port));
  });

  it("reads the supergraph from the ConfigMap gateway-supergraph, mounted as a folder the kubelet updates in place, and looks for a new one", () => {
    const template = deploymentOf(objects(), GATEWAY).spec!.template;
    const { file, url, pollSeconds } = (loadedOf(GATEWAY).config as GatewayConfig).supergraph;
    expect(url).toBeNull();
    expect(pollSeconds).toBeGreaterThan(0);
    const mount = onlyContainer(template).volumeMounts?.find((m) => file?.startsWith(`${m.mountPath.replace(/\/$/, "")}/`));
    expect(mount, `SUPERGRAPH_FILE=${file} is in a mounted volume`).toBeDefined();
    expect(mount!.subPath, "a subPath mount never sees the ConfigMap change").toBeUndefined();
    const volume = template.spec?.volumes?.find((v) => v.name === mount!.name);
    expect(volume?.configMap?.name).toBe(SUPERGRAPH_CONFIG_MAP);
    const projected = volume!.configMap!.items?.find((i) => join(mount!.mountPath, i.path) === file);
    expect(projected?.key ?? relative(mount!.mountPath, file!)).toBe(SUPERGRAPH_KEY);
    // Made out of band, from the committed supergraph: the runbook's command.
    expect(ofKind(objects(), ConfigMap).map((c) => c.metadata?.name)).not.toContain(SUPERGRAPH_CONFIG_MAP);
    expect(README).toContain(`create configmap ${SUPERGRAPH_CONFIG_MAP} --from-file=${SUPERGRAPH_KEY}=gateway/supergraph.graphql`);
  });

  it("trusts the proxy in front of the gateway for the client's address, so anonymous callers each keep a budget of their own", () => {
    const { environment, config } = loadedOf(GATEWAY);
    expect(environment.names, "the overlay sets TRUSTED_PROXIES").toContain("TRUSTED_PROXIES");
    expect((config as GatewayConfig).rateLimit.trustedProxies).toBeGreaterThanOrEqual(1);
  });

  it("gives every service its own role on one database, where the gateway hears the subgraphs' writes", () => {
    const gateway = loadedOf(GATEWAY).config as GatewayConfig;
    expect(gateway.rateLimit.store).toBe("postgres");
    const urls = SERVICES.map((service) => {
      const { direct, queries } = databaseUrls(loadedOf(service).config as GatewayConfig | SubgraphConfig);
      for (const url of [direct, queries]) {
        expect(url.protocol).toMatch(/^postgres(ql)?:$/);
        expect(url.username && url.password, `${service.name} logs in`).toBeTruthy();
      }
      expect([queries.username, queries.pathname], `${service.name}: as the same role in the same database`).toEqual([direct.username, direct.pathname]);
      return direct;
    });
    expect(new Set(urls.map((u) => `${u.host}${u.pathname}`)).size, "one database").toBe(1);
    expect(new Set(SERVICES.map((s) => databaseSecret(objects(), s).name)).size, "a Secret per service").toBe(SERVICES.length);
  });

  it("has the subgraphs query through the pooler, and hold their migration lock's session on PostgreSQL itself", () => {
    const { cluster, pooler } = example();
    for (const subgraph of SUBGRAPHS) {
      const { direct, queries } = databaseUrls(loadedOf(subgraph).config as SubgraphConfig);
      expect([queries.hostname, direct.hostname], subgraph.name).toEqual([pooler.metadata!.name, `${cluster.metadata!.name}-rw`]);
    }
  });

  describe("its NetworkPolicies", () => {
    const policies = () => ofKind(objects(), NetworkPolicy);
    const namespace = () => deploymentOf(objects(), GATEWAY).metadata!.namespace!;
    /** Each pod of the graph as its Deployment makes it, and one that lost its component label: the policies must not depend on it. */
    const pods = (): (Endpoint & { service?: Deployable })[] => {
      const made = SERVICES.map((service, i) => {
        const template = deploymentOf(objects(), service).spec!.template;
        const ports = (onlyContainer(template).ports ?? []).map((p) => ({ name: p.name, port: p.containerPort, protocol: (p.protocol ?? "TCP") as "TCP" | "UDP" }));
        return { service, name: service.name, namespace: namespace(), labels: podLabels(deploymentOf(objects(), service)), ip: `10.244.1.${i + 1}`, ports };
      });
      const subgraph = made.find((p) => p.service.kind === "subgraph")!;
      const { [COMPONENT_LABEL]: _component, ...unlabelled } = subgraph.labels;
      return [...made, { ...subgraph, service: undefined, name: `${subgraph.name} without its component label`, labels: unlabelled, ip: "10.244.1.250" }];
    };
    const database = (): Endpoint => {
      const cluster = example().cluster.metadata!.name!;
      // Where every service connects (one database: above): the example's read-write Service, which selects the cluster's pods.
      const url = new URL((loadedOf(GATEWAY).config as GatewayConfig).databaseUrl!);
      expect(url.hostname).toBe(`${cluster}-rw`);
      return { name: "PostgreSQL", namespace: namespace(), labels: { "cnpg.io/cluster": cluster, "cnpg.io/instanceRole": "primary" }, ip: "10.244.2.1", ports: [{ name: "postgresql", port: Number(url.port || 5432), protocol: "TCP" }, { name: "metrics", port: 9187, protocol: "TCP" }] };
    };
    const pooler = (): Endpoint => {
      const name = example().pooler.metadata!.name!;
      return { name: "PgBouncer", namespace: namespace(), labels: { "cnpg.io/poolerName": name, "cnpg.io/podRole": "pooler" }, ip: "10.244.2.2", ports: [{ name: "pgbouncer", port: 5432, protocol: "TCP" }, { name: "metrics", port: 9127, protocol: "TCP" }] };
    };
    /** What is around the graph: whom it must reach, who must reach it, and what it must not touch. */
    const around = () => ({
      dns: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" }, ip: "10.244.0.10", ports: [{ name: "dns", port: 53, protocol: "UDP" }, { name: "dns-tcp", port: 53, protocol: "TCP" }, { name: "metrics", port: 9153, protocol: "TCP" }] },
      kubeSystem: { name: "another pod of kube-system", namespace: "kube-system", labels: { "k8s-app": "metrics-server" }, ip: "10.244.0.11", ports: [{ port: 53, protocol: "UDP" }, { port: 443, protocol: "TCP" }] },
      database: database(),
      pooler: pooler(),
      collector: { name: "the OTLP collector", namespace: COLLECTOR.namespace, labels: { "app.kubernetes.io/name": "opentelemetry-collector" }, ip: "10.244.3.1", ports: [{ name: "otlp-http", port: COLLECTOR.port, protocol: "TCP" }, { name: "otlp-grpc", port: 4317, protocol: "TCP" }] },
      prometheus: { name: "Prometheus", namespace: MONITORING, labels: { "app.kubernetes.io/name": "prometheus" }, ip: "10.244.4.1", ports: [{ name: "web", port: 9090, protocol: "TCP" }] },
      ingress: { name: "the ingress controller", namespace: INGRESS, labels: { "app.kubernetes.io/name": "ingress-nginx" }, ip: "10.244.5.1", ports: [{ name: "http", port: 80, protocol: "TCP" }, { name: "https", port: 443, protocol: "TCP" }] },
      neighbour: { name: "a pod beside the graph", namespace: namespace(), labels: { "app.kubernetes.io/name": "neighbour" }, ip: "10.244.6.1", ports: [{ name: "http", port: 8080, protocol: "TCP" }] },
      elsewhere: { name: "a pod of another namespace", namespace: "elsewhere", labels: {}, ip: "10.244.7.1", ports: [{ name: "http", port: 8080, protocol: "TCP" }] },
      apiServer: { name: "the Kubernetes API", ip: "10.96.0.1", ports: [{ port: 443, protocol: "TCP" }] },
      cloudMetadata: { name: "the cloud's metadata service", ip: "169.254.169.254", ports: [{ port: 80, protocol: "TCP" }] },
      internet: { name: "the internet", ip: "203.0.113.7", ports: [{ port: 80, protocol: "TCP" }, { port: 443, protocol: "TCP" }, { port: 53, protocol: "UDP" }, { port: 5432, protocol: "TCP" }] },
    }) satisfies Record<string, Endpoint>;
    const path = (from: Endpoint, to: Endpoint, port: Port) => `${from.name} → ${to.name}:${port.port}/${port.protocol}`;
    const portNamed = (endpoint: Endpoint, name: string) => endpoint.ports.find((p) => p.name === name)!;

    it("deny every pod of the graph all it is not opened, in both directions", () => {
      for (const pod of pods()) {
        expect(deniedByDefault(policies(), "Ingress", pod), `${pod.name}: ingress denied by default`).toBe(true);
        expect(deniedByDefault(policies(), "Egress", pod), `${pod.name}: egress denied by default`).toBe(true);
      }
    });

    it("open exactly the graph's paths: DNS, PostgreSQL, the collector, the gateway to the subgraphs and their key fetches back, the ingress to the gateway, Prometheus to every metrics port", () => {
      const graph = pods();
      const { dns, database, pooler, collector, prometheus, ingress, internet, ...others } = around();
      const gateway = graph.find((p) => p.service === GATEWAY)!;
      const expected: string[] = [];
      for (const pod of graph) {
        expected.push(...dns.ports.filter((p) => p.port === 53).map((p) => path(pod, dns, p)));
        expected.push(path(pod, database, portNamed(database, "postgresql")));
        expected.push(path(pod, pooler, portNamed(pooler, "pgbouncer")));
        expected.push(path(pod, collector, portNamed(collector, "otlp-http")));
        if (portNamed(pod, "metrics")) expected.push(path(prometheus, pod, portNamed(pod, "metrics")));
      }
      expected.push(path(ingress, gateway, portNamed(gateway, "http")));
      for (const subgraph of graph.filter((p) => p.service?.kind === "subgraph")) {
        expected.push(path(gateway, subgraph, portNamed(subgraph, "http")));
        // The key set it verifies the gateway by, where it fetches one.
        const key = (loadedOf(subgraph.service!).config as SubgraphConfig).gatewayKey;
        if ("jwksUrl" in key && podsBehind(objects(), new URL(key.jwksUrl)).service === GATEWAY) expected.push(path(subgraph, gateway, portNamed(gateway, "http")));
      }
      // The OpenID Connect provider's key set, where the gateway verifies callers by it.
      const jwks = (loadedOf(GATEWAY).config as GatewayConfig).tokens.jwksUrl;
      if (jwks) expected.push(path(gateway, internet, { port: Number(new URL(jwks).port || 443), protocol: "TCP" }));

      // Every connection the policies let through to or from a pod of the graph, on every port listened on.
      const ours = new Set<Endpoint>(graph);
      const everyone: Endpoint[] = [...graph, dns, database, pooler, collector, prometheus, ingress, internet, ...Object.values(others)];
      const opened = everyone.flatMap((from) =>
        everyone
          .filter((to) => to !== from && (ours.has(from) || ours.has(to)))
          .flatMap((to) => to.ports.filter((port) => reaches(policies(), from, to, port)).map((port) => path(from, to, port))),
      );
      expect(opened.sort()).toEqual(expected.sort());
    });

    it("name the collector where the services send their traces, and say where to change each namespace they assume", () => {
      for (const service of SERVICES) {
        const endpoint = loadedOf(service).environment.env.OTEL_EXPORTER_OTLP_ENDPOINT;
        if (!endpoint) continue;
        const url = new URL(endpoint);
        expect(url.hostname.split(".")[1], `${service.name}: the collector's namespace`).toBe(COLLECTOR.namespace);
        expect(Number(url.port), `${service.name}: the collector's port`).toBe(COLLECTOR.port);
      }
      for (const namespace of [MONITORING, INGRESS, COLLECTOR.namespace]) expect(README).toContain(`${NAMESPACE_NAME_LABEL}: ${namespace}`);
    });
  });

  it("scales the gateway on CPU, and its disruption budget lets a drain move a pod even at the fewest replicas", () => {
    const gateway = deploymentOf(objects(), GATEWAY);
    expect(gateway.spec?.replicas, "the autoscaler owns the replica count").toBeUndefined();
    const [hpa, ...moreHpas] = ofKind(objects(), HorizontalPodAutoscaler);
    expect(moreHpas).toEqual([]);
    expect(hpa?.spec?.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: gateway.metadata?.name });
    expect(hpa?.spec?.metrics).toContainEqual(expect.objectContaining({ type: "Resource", resource: expect.objectContaining({ name: "cpu" }) }));
    const min = hpa!.spec!.minReplicas ?? 1;
    expect(hpa!.spec!.maxReplicas).toBeGreaterThanOrEqual(min);
    expect(quantity(onlyContainer(gateway.spec!.template).resources?.requests?.cpu)).toBeGreaterThan(0);
    const [pdb, ...morePdbs] = ofKind(objects(), PodDisruptionBudget);
    expect(morePdbs).toEqual([]);
    expect(selects(pdb!.spec!.selector!, podLabels(gateway))).toBe(true);
    for (const subgraph of SUBGRAPHS) expect(selects(pdb!.spec!.selector!, podLabels(deploymentOf(objects(), subgraph)))).toBe(false);
    const { minAvailable, maxUnavailable } = pdb!.spec!;
    if (minAvailable !== undefined) expect(Number(minAvailable)).toBeLessThan(min);
    else expect(Number(maxUnavailable)).toBeGreaterThanOrEqual(1);
  });

  it("reads each Secret the overlay makes by keys it has, and each one made out of band is documented", () => {
    for (const service of SERVICES) {
      for (const [secret, keys] of secretsRead(deploymentOf(objects(), service).spec!.template)) {
        const data = secretData(objects(), secret);
        if (data) for (const key of keys) expect(Object.keys(data), `Secret ${secret}`).toContain(key);
        else {
          // Every service's database login is documented once for all, as `<service>-database`.
          const documented = secret === databaseSecret(objects(), service).name && secret === `${service.name}-database` ? "<service>-database" : secret;
          expect(README, `deploy/k8s/README.md names ${documented} and its keys`).toMatch(new RegExp(`\`${documented}\`.*${[...keys].map((k) => `\`${k}\``).join(".*")}`));
        }
      }
    }
    // The database Secrets are what CloudNativePG reads a role's password from: basic-auth keys.
    for (const service of SERVICES) expect(databaseSecret(objects(), service).keys).toEqual(["password", "username"]);
  });
});

describe("the development overlay", () => {
  const objects = () => overlay("development");
  const secretsOf = (objects: KubeObject[]) => Object.fromEntries(ofKind(objects, Secret).map((s) => [s.metadata!.name!, secretData(objects, s.metadata!.name!)]));

  it("makes every Secret it reads, with a usable signing key", () => {
    const read = SERVICES.flatMap((s) => [...secretsRead(deploymentOf(objects(), s).spec!.template).keys()]);
    expect(read.filter((secret) => !secretData(objects(), secret))).toEqual([]);
    const key = createPrivateKey(secretData(objects(), "gateway-signing-key")!["signing-key.pem"]!);
    expect(key.asymmetricKeyType).toBe("ed25519");
  });

  it("has its Secrets made once on the operator's machine: a run keeps every value there, and makes only what is missing", () => {
    const secrets = join(CHECKOUT, "overlays/development/secrets");
    const before = secretsOf(objects());
    expect(makeDevelopmentSecrets(secrets)).toContain("every secret was there already");
    // As when a service joins the registry after the first run.
    const joined = SERVICES.at(-1)!;
    rmSync(join(secrets, `${joined.name}-database.env`));
    expect(makeDevelopmentSecrets(secrets)).toContain(`made ${joined.name}-database.env`);
    const after = secretsOf(render(join(CHECKOUT, "overlays/development")));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [name, data] of Object.entries(after)) {
      if (name !== `${joined.name}-database`) expect(data, name).toEqual(before[name]);
      else expect([data!.username, data!.password === before[name]!.password]).toEqual([joined.role, false]);
    }
  });

  it("keeps what its script makes out of git, and says to run the script first", () => {
    const folder = join(relative(ROOT, dirname(DEVELOPMENT_SECRETS)), "secrets");
    expect(spawnSync("git", ["check-ignore", "-q", join(folder, "signing-key.pem")], { cwd: ROOT }).status).toBe(0);
    expect(README).toContain(`node ${relative(ROOT, DEVELOPMENT_SECRETS)}`);
  });
});

describe("the committed files of deploy/", () => {
  const files = committedFiles(join(K8S_DIR, ".."));
  const holding = (value: string) => files.filter((file) => readFileSync(file, "utf8").includes(value)).map((file) => relative(K8S_DIR, file));

  it("hold no private key", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(readFileSync(file, "utf8")))).toEqual([]);
  });

  it.each(OVERLAYS)("hold no value of a Secret the %s overlay makes (a role's user name aside)", (name) => {
    for (const secret of ofKind(overlay(name), Secret)) {
      const data = secretData(overlay(name), secret.metadata!.name!)!;
      for (const [key, value] of Object.entries(data)) {
        if (secret.type === "kubernetes.io/basic-auth" && key === "username") continue;
        expect(holding(value.trim()), `Secret ${secret.metadata?.name}, key ${key}`).toEqual([]);
      }
    }
  });
});

describe("the production overlay", () => {
  const objects = () => overlay("production");

  it("commits no Secret", () => {
    expect(ofKind(objects(), Secret)).toEqual([]);
  });

  it("runs at least two pods of every service, and keeps one gateway pod through a drain", () => {
    const hpa = ofKind(objects(), HorizontalPodAutoscaler)[0]!;
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec!.maxReplicas).toBeGreaterThan(hpa.spec!.minReplicas!);
    for (const subgraph of SUBGRAPHS) expect(deploymentOf(objects(), subgraph).spec?.replicas, subgraph.name).toBeGreaterThanOrEqual(2);
    expect(Number(ofKind(objects(), PodDisruptionBudget)[0]!.spec!.minAvailable)).toBeGreaterThanOrEqual(1);
  });
});

describe("the CloudNativePG example", () => {
  it("pools the subgraphs' connections in transaction mode, so PostgreSQL's connections do not grow with the members", () => {
    const { cluster, pooler } = example();
    expect(pooler.spec.type ?? "rw").toBe("rw");
    expect(pooler.spec.pgbouncer.poolMode).toBe("transaction");
    const parameters = pooler.spec.pgbouncer.parameters ?? {};
    // node-postgres may send these on connect; PgBouncer refuses a startup parameter it is not told to ignore.
    expect((parameters.ignore_startup_parameters ?? "").split(",").map((p) => p.trim())).toEqual(expect.arrayContaining(["extra_float_digits", "options"]));
    // What PostgreSQL sees at most: the pooler's pods' connections and the gateway's direct ones at its most replicas.
    const production = overlay("production");
    const gatewayReplicas = ofKind(production, HorizontalPodAutoscaler)[0]!.spec!.maxReplicas;
    const perGateway = Object.values(GATEWAY_CONNECTIONS).reduce((a, b) => a + b, 0);
    const held = (pooler.spec.instances ?? 1) * Number(parameters.max_db_connections) + gatewayReplicas * perGateway;
    expect(Number.isFinite(held), "the pooler's connections are capped").toBe(true);
    const max = Number(cluster.spec?.postgresql?.parameters?.max_connections ?? 100);
    // Left over: a subgraph replica's migration lock while it starts, the operator's and CloudNativePG's own.
    expect(max - held, `max_connections ${max}, held ${held}`).toBeGreaterThanOrEqual(SUBGRAPHS.length > 0 ? 20 : 0);
  });

  it.each(OVERLAYS)("has a login role for each service of the %s overlay, its password from that service's Secret, owning the service's schema", (name) => {
    const { database, roles } = example();
    for (const service of SERVICES) {
      const secret = databaseSecret(overlay(name), service).name;
      const role = roles.filter((r) => r.passwordSecret?.name === secret);
      expect(role.map((r) => r.name), `the role with Secret ${secret}`).toEqual([service.role]);
      expect(role[0]).toMatchObject({ login: true });
      for (const power of ["superuser", "createdb", "createrole", "replication", "bypassrls"] as const) expect(role[0]![power] ?? false).toBe(false);
      expect(database.spec.schemas, service.name).toContainEqual(expect.objectContaining({ name: service.schema, owner: role[0]!.name }));
    }
  });

  it("has no role or schema that belongs to no service", () => {
    const { database, roles } = example();
    expect(roles).toHaveLength(SERVICES.length);
    expect((database.spec.schemas ?? []).map((s) => s.name).sort()).toEqual(SERVICES.map((s) => s.schema).sort());
  });

  it("is where the development overlay connects: its read-write Service and database, as each role, through Secrets CloudNativePG can read", () => {
    const { cluster, database, roles } = example();
    const objects = overlay("development");
    for (const service of SERVICES) {
      const url = databaseUrls(load(objects, service).config as GatewayConfig | SubgraphConfig).direct;
      expect([url.hostname, url.pathname]).toEqual([`${cluster.metadata?.name}-rw`, `/${database.spec.name}`]);
      const secret = databaseSecret(objects, service).name;
      expect(ofKind(objects, Secret).find((s) => s.metadata?.name === secret)?.type).toBe("kubernetes.io/basic-auth");
      expect(url.username).toBe(roles.find((r) => r.passwordSecret?.name === secret)?.name);
    }
  });
});
