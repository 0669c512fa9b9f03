// The files of deploy/k8s that list the graph's services: one manifest per subgraph with the
// kustomization that lists them, and the CloudNativePG example's roles and schemas.
import { gatewayOldSpaceMb, heapOptions } from "@frikommune/config";
import { deployables, subgraphs, type Deployable } from "@frikommune/members";
import { generatedHeader } from "./header.js";
import { databaseSecret, describe, subgraphServices } from "./services.js";

const TEMPLATE = "kubernetes.ts";

/** Where the base's per-subgraph files are: every file in it is generated. */
export const SUBGRAPHS_FOLDER = "deploy/k8s/base/subgraphs";

/** A subgraph's Deployment and Service: only what is its own; the base's patches add what all share. */
function subgraphManifest(subgraph: Deployable): string {
  const { name, port } = subgraph;
  return `${generatedHeader(TEMPLATE)}
# ${describe(subgraph)}, on its registry port ${port}. What every subgraph shares (security context,
# probes, resources, heap, the metrics port, the gateway's key-set address) is in ../patches/.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/component: subgraph
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
        app.kubernetes.io/component: subgraph
    spec:
      containers:
        - name: app
          image: ghcr.io/frikommune/${name}
          ports:
            - name: http
              containerPort: ${port}
          env:
            - name: PORT
              value: "${port}"
            # Its own role, which owns its schema; CloudNativePG reads the same Secret.
            - name: DB_USER
              valueFrom:
                secretKeyRef:
                  name: ${databaseSecret(subgraph)}
                  key: username
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${databaseSecret(subgraph)}
                  key: password
            # Its queries through the transaction pooler; its migration lock's session directly.
            - name: DB_POOLER_HOST
              valueFrom:
                configMapKeyRef:
                  name: database-pooler
                  key: DB_POOLER_HOST
            - name: DATABASE_URL
              value: postgres://$(DB_USER):$(DB_PASSWORD)@$(DB_POOLER_HOST):$(DB_PORT)/$(DB_NAME)
            - name: DATABASE_DIRECT_URL
              value: postgres://$(DB_USER):$(DB_PASSWORD)@$(DB_HOST):$(DB_PORT)/$(DB_NAME)
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/component: subgraph
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: ${port}
      targetPort: http
`;
}

function subgraphsKustomization(): string {
  return `${generatedHeader(TEMPLATE)}
# One file per subgraph of the registry, each its Deployment and Service.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
${subgraphServices().map((s) => `  - ${s.name}.yaml`).join("\n")}
`;
}

/** The CloudNativePG cluster's managed roles, as a patch on cluster.yaml (lists are replaced whole). */
function roles(): string {
  return `${generatedHeader(TEMPLATE)}
# One login role per service, its password from the basic-auth Secret its Deployment reads
# (username: the role's name). No role may create databases, roles or other schemas: each
# owns its one schema (schemas.yaml) and creates nothing else.
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: frikommune-db
spec:
  managed:
    roles:
${deployables()
  .map(
    (d) => `      - name: ${d.role}
        comment: ${JSON.stringify(describe(d))}
        login: true
        passwordSecret:
          name: ${databaseSecret(d)}`,
  )
  .join("\n")}
`;
}

/** The database's schemas, as a patch on database.yaml. */
function schemas(): string {
  return `${generatedHeader(TEMPLATE)}
# One schema per service, owned by that service's role (roles.yaml). The operator creates a schema
# once its owner role exists, and one added here later (a new member) on the running cluster; a
# service creates its schema only when it is missing, so it needs no right to create schemas. A
# schema taken out of this list stays in the database, with its data, until it is dropped.
apiVersion: postgresql.cnpg.io/v1
kind: Database
metadata:
  name: frikommune
spec:
  schemas:
${deployables()
  .map(
    (d) => `    - name: ${d.schema}
      owner: ${d.role}`,
  )
  .join("\n")}
`;
}

/**
 * The gateway's heap and memory, which grow with the registry (`gatewayOldSpaceMb`); patched in
 * after every-service.yaml, whose NODE_OPTIONS it overrides. Its memory limit is twice the heap
 * plus the runtime's own (the planner's, the buffers'): 384 Mi for the five members it was sized on.
 */
function gatewayHeap(): string {
  const heapMb = gatewayOldSpaceMb(subgraphs().length);
  const limitMi = heapMb * 2 + 192;
  return `${generatedHeader(TEMPLATE)}
# The gateway's heap for the registry's ${subgraphs().length} subgraphs, and the memory it runs in.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: NODE_OPTIONS
              value: ${heapOptions(heapMb).join(" ")}
          resources:
            requests:
              memory: ${limitMi - 64}Mi
            limits:
              memory: ${limitMi}Mi
`;
}

/** Every file of deploy/k8s made from the registry, by its path in the repository. */
export function kubernetesFiles(): Record<string, string> {
  return {
    ...Object.fromEntries(subgraphServices().map((s) => [`${SUBGRAPHS_FOLDER}/${s.name}.yaml`, subgraphManifest(s)])),
    [`${SUBGRAPHS_FOLDER}/kustomization.yaml`]: subgraphsKustomization(),
    "deploy/k8s/base/gateway/heap.yaml": gatewayHeap(),
    "deploy/k8s/postgres/roles.yaml": roles(),
    "deploy/k8s/postgres/schemas.yaml": schemas(),
  };
}
