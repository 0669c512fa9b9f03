import { deployables, members, type Deployable } from "@frikommune/members";

export const subgraphServices = (): Deployable[] => deployables().filter((d) => d.kind === "subgraph");

/** The basic-auth Secret a service's database login is in (Kubernetes), which CloudNativePG reads too. */
export const databaseSecret = (service: Deployable): string => `${service.name}-database`;

/** A service as a person would name it, for the comments of the generated files: "Holbæk's subgraph". */
export function describe(service: Deployable): string {
  if (service.kind === "gateway") return `the gateway (shared rate limits, schema ${service.schema})`;
  const member = members.find((m) => m.slug === service.name);
  if (!member) return `the ${service.name} subgraph`;
  return `${member.name}${member.name.endsWith("s") ? "'" : "'s"} subgraph`;
}
