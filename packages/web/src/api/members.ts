import { Kind, visit, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { fieldPrefix, member, members, type Member } from "@frikommune/members";

export { members, member, type Member };

/** The member whose shape the shared operations are written in; every member's kit gives the same. */
const TEMPLATE = member("holbaek");

const rewritten = new Map<string, WeakMap<DocumentNode, DocumentNode>>();

/**
 * A member operation for another member. Every member's subgraph is built on the kit, so its
 * root fields differ only in the member's prefix (`holbaekTrial`, `createAssensTrial`, …); the
 * operations are written once, for Holbæk, checked against the schema by codegen, and renamed
 * here. A test checks every member's renamed operations against the published schema too.
 */
export function forMember<R, V>(document: TypedDocumentNode<R, V>, slug: string): TypedDocumentNode<R, V> {
  const target = member(slug);
  if (target.slug === TEMPLATE.slug) return document;
  let cache = rewritten.get(slug);
  if (!cache) rewritten.set(slug, (cache = new WeakMap()));
  let result: DocumentNode | undefined = cache.get(document);
  if (!result) {
    const rename = (name: string) =>
      name
        .replace(TEMPLATE.typePrefix, target.typePrefix)
        .replace(new RegExp(`^${fieldPrefix(TEMPLATE.typePrefix)}`), fieldPrefix(target.typePrefix));
    result = visit(document, {
      [Kind.FIELD]: (node) => (node.name.value.match(/holbaek/i) ? { ...node, name: { ...node.name, value: rename(node.name.value) } } : undefined),
      [Kind.NAMED_TYPE]: (node) => (node.name.value.startsWith(TEMPLATE.typePrefix) ? { ...node, name: { ...node.name, value: rename(node.name.value) } } : undefined),
    });
    cache.set(document, result);
  }
  return result as TypedDocumentNode<R, V>;
}

export const memberName = (slug: string | null | undefined) => members.find((m) => m.slug === slug)?.name ?? slug ?? "";
