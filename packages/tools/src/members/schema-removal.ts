// A leaving member's types and root fields, gone from the API: each breaking change that is its
// own acknowledged with the reason, and nothing else.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fieldPrefix, type Member } from "@frikommune/members";
import { apiSchemaOf, compareApiSchemas, readAcknowledgements, unacknowledged } from "@frikommune/gateway/schema-changes";

const PUBLISHED = "gateway/api-schema.graphql";
const SUPERGRAPH = "gateway/supergraph.graphql";
const ACKNOWLEDGEMENTS = "gateway/schema-acknowledgements.json";

/** Whether a change names one of the member's own types (`SonderaaTrial`) or root fields (`sonderaaTrial`, `createSonderaaTrial`). */
export function isMembersOwn(change: string, member: Pick<Member, "typePrefix">): boolean {
  return new RegExp(`(?<![A-Z])(?:${member.typePrefix}|(?<![A-Za-z])${fieldPrefix(member.typePrefix)})(?=[A-Z])`).test(change);
}

export interface RemovalChanges {
  /** The member's own breaking changes, now acknowledged. */
  acknowledged: string[];
  /** Breaking changes that are not the member's: left for whoever made them. */
  others: string[];
}

/** Compares the composed supergraph's API with the published one and acknowledges the member's changes with `reason`. */
export async function acknowledgeRemoval(root: string, member: Pick<Member, "typePrefix">, reason: string): Promise<RemovalChanges> {
  const published = await readFile(join(root, PUBLISHED), "utf8");
  const next = apiSchemaOf(await readFile(join(root, SUPERGRAPH), "utf8"));
  const acknowledgements = await readAcknowledgements(join(root, ACKNOWLEDGEMENTS));
  const open = unacknowledged(compareApiSchemas(published, next).breaking, acknowledgements);
  const acknowledged = open.filter((change) => isMembersOwn(change, member));
  await writeFile(join(root, ACKNOWLEDGEMENTS), `${JSON.stringify([...acknowledgements, ...acknowledged.map((change) => ({ change, reason }))], null, 2)}\n`);
  return { acknowledged, others: open.filter((change) => !acknowledged.includes(change)) };
}
