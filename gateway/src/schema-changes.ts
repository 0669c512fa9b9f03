import { readFile } from "node:fs/promises";
import { buildASTSchema, buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, parse, printSchema } from "graphql";
import { transformSupergraphToPublicSchema } from "@theguild/federation-composition";

export interface SchemaChange {
  /** `<KIND>: <description>`, e.g. `FIELD_REMOVED: HolbaekTrial.title was removed.` */
  change: string;
}

export interface Acknowledgement {
  change: string;
  reason: string;
}

/** The schema clients see: the supergraph without federation's machinery, sorted for stable diffs. */
export function apiSchemaOf(supergraphSdl: string): string {
  const api = buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)));
  return printSchema(lexicographicSortSchema(api));
}

const describe = (c: { type: string; description: string }) => `${c.type}: ${c.description}`;

/** What changes for clients between two API schemas (graphql-js's own change finder). */
export function compareApiSchemas(previous: string, next: string) {
  const [before, after] = [buildSchema(previous), buildSchema(next)];
  return {
    breaking: findBreakingChanges(before, after).map(describe),
    dangerous: findDangerousChanges(before, after).map(describe),
  };
}

/** Breaking changes nobody has acknowledged with a reason. */
export function unacknowledged(breaking: string[], acknowledgements: Acknowledgement[]): string[] {
  const accepted = new Set(acknowledgements.filter((a) => a.reason.trim().length > 0).map((a) => a.change));
  return breaking.filter((change) => !accepted.has(change));
}

export async function readAcknowledgements(path: string): Promise<Acknowledgement[]> {
  return JSON.parse(await readFile(path, "utf8")) as Acknowledgement[];
}
