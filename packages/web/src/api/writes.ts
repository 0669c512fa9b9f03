import { useState } from "react";
import { useMutation, type AnyVariables } from "urql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { fieldErrors } from "./errors.js";
import { forMember } from "./members.js";

/** Messages by field: the form's own checks first, then the API's (`extensions.field`, e.g. "input.title"). */
export type FieldErrors = Record<string, string>;

/**
 * One write, as every form makes it: the form's own checks (keyed like the API's fields) stop it
 * before it is sent; otherwise the API's errors come back keyed by `extensions.field`. A member
 * operation is written for Holbæk and renamed for `slug` (see forMember).
 */
export function useWrite<R, V extends AnyVariables>(document: TypedDocumentNode<R, V>, slug?: string) {
  const [state, execute] = useMutation(slug ? forMember(document, slug) : document);
  const [local, setLocal] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  async function run(variables: V, checks: Record<string, string | null | undefined> = {}): Promise<R | null> {
    const found = Object.fromEntries(Object.entries(checks).filter((entry): entry is [string, string] => Boolean(entry[1])));
    setLocal(found);
    setSaved(false);
    if (Object.keys(found).length) return null;
    const result = await execute(variables);
    if (result.error || !result.data) return null;
    setSaved(true);
    return result.data;
  }
  const errors: FieldErrors = Object.keys(local).length ? local : fieldErrors(state.error);
  return { run, errors, fetching: state.fetching, saved, reset: () => (setLocal({}), setSaved(false)) };
}

/** The errors a form has no field for (named by the API, or none), to show at the form's foot. */
export function unplaced(errors: FieldErrors, shown: string[]): string | undefined {
  const rest = Object.entries(errors).filter(([field]) => !shown.includes(field)).map(([, message]) => message);
  return rest.length ? rest.join(" ") : undefined;
}
