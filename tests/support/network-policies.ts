// Which connections a set of NetworkPolicies lets through, by the rules of the Kubernetes API
// (networking.k8s.io/v1): between pods known by namespace, labels and ports, and addresses outside.
import { BlockList, isIPv4 } from "node:net";
import type { INetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import type { INetworkPolicyPeer } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer";
import type { INetworkPolicyPort } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort";
import { namespaceLabels, selects } from "./kubernetes.js";

export interface Port {
  /** The container port's name, which a policy may name instead of its number. */
  name?: string;
  port: number;
  protocol: "TCP" | "UDP";
}

/** A pod (it has a namespace) or an address outside the cluster (it has none), and the ports it listens on. */
export interface Endpoint {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  ip: string;
  ports: Port[];
}

type Direction = "Ingress" | "Egress";

/** A policy's directions: as written, or Ingress and, with egress rules, Egress (the API's default). */
function directions(policy: INetworkPolicy): Direction[] {
  return (policy.spec?.policyTypes as Direction[] | undefined) ?? ["Ingress", ...(policy.spec?.egress ? (["Egress"] as const) : [])];
}

/** The policies that select a pod for one direction: those of its namespace whose podSelector picks it. */
function selecting(policies: INetworkPolicy[], direction: Direction, pod: Endpoint): INetworkPolicy[] {
  return policies.filter((p) => p.metadata?.namespace === pod.namespace && directions(p).includes(direction) && selects(p.spec?.podSelector ?? {}, pod.labels));
}

function inBlock(cidr: string, ip: string): boolean {
  const [network, prefix] = cidr.split("/");
  if (isIPv4(network!) !== isIPv4(ip)) return false;
  const block = new BlockList();
  block.addSubnet(network!, Number(prefix), isIPv4(ip) ? "ipv4" : "ipv6");
  return block.check(ip, isIPv4(ip) ? "ipv4" : "ipv6");
}

/** Whether a rule's peer is `endpoint`: an ipBlock by address, otherwise a pod by its namespace and labels. */
function isPeer(peer: INetworkPolicyPeer, policyNamespace: string, endpoint: Endpoint): boolean {
  if (peer.ipBlock) return inBlock(peer.ipBlock.cidr, endpoint.ip) && !(peer.ipBlock.except ?? []).some((cidr) => inBlock(cidr, endpoint.ip));
  if (endpoint.namespace === undefined) return false;
  const namespace = peer.namespaceSelector ? selects(peer.namespaceSelector, namespaceLabels(endpoint.namespace)) : endpoint.namespace === policyNamespace;
  return namespace && (peer.podSelector ? selects(peer.podSelector, endpoint.labels) : true);
}

/** Whether a rule's ports take in `port`; a named port is the destination pod's port of that name. */
function takesPort(ports: INetworkPolicyPort[] | undefined, port: Port): boolean {
  if (!ports?.length) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== port.protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === "string") return p.port === port.name;
    return p.endPort === undefined ? p.port === port.port : port.port >= p.port && port.port <= p.endPort;
  });
}

/** Whether the policies of `pod` let through traffic in one direction with `peer`, to `port` of the destination. */
function letsThrough(policies: INetworkPolicy[], direction: Direction, pod: Endpoint, peer: Endpoint, port: Port): boolean {
  if (pod.namespace === undefined) return true;
  const applying = selecting(policies, direction, pod);
  if (applying.length === 0) return true;
  return applying.some((policy) =>
    (direction === "Egress" ? (policy.spec?.egress ?? []) : (policy.spec?.ingress ?? [])).some((rule) => {
      const peers = "to" in rule ? rule.to : "from" in rule ? rule.from : undefined;
      return (!peers?.length || peers.some((p) => isPeer(p, pod.namespace!, peer))) && takesPort(rule.ports, port);
    }),
  );
}

/** Whether `from` may open a connection to `port` of `to`: its own policies let it out, and `to`'s let it in. */
export function reaches(policies: INetworkPolicy[], from: Endpoint, to: Endpoint, port: Port): boolean {
  return letsThrough(policies, "Egress", from, to, port) && letsThrough(policies, "Ingress", to, from, port);
}

/** Whether a policy without a single rule for `direction` selects `pod`: it is denied all that the other policies do not open. */
export function deniedByDefault(policies: INetworkPolicy[], direction: Direction, pod: Endpoint): boolean {
  return selecting(policies, direction, pod).some((p) => ((direction === "Egress" ? p.spec?.egress : p.spec?.ingress) ?? []).length === 0);
}
