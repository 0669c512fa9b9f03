import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

const NUL = "\u0000";

/** The path of the first string holding NUL; iterative, as a variable may nest deeper than the stack. */
function nulIn(value: unknown, root: string): string | null {
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length) {
    const [item, path] = pending.pop()!;
    if (typeof item === "string") {
      if (item.includes(NUL)) return path;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) pending.push([child, `${path}.${key}`]);
    }
  }
  return null;
}

/** C0 controls other than tab, line feed and carriage return, and DEL: no text of the network holds one. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Documents already read: the parser's cache hands back the same document for the same text. */
const readDocuments = new WeakMap<DocumentNode, boolean>();

/** GraphQL lets a string literal hold control characters; the network's texts never do. */
function controlInDocument(document: DocumentNode): boolean {
  let found = readDocuments.get(document);
  if (found === undefined) {
    found = false;
    visit(document, { [Kind.STRING]: (node) => void (found ||= CONTROL.test(node.value)) });
    readDocuments.set(document, found);
  }
  return found;
}

/**
 * No text of the network holds the NUL character, and PostgreSQL cannot store or compare one:
 * a string carrying it is refused as BAD_USER_INPUT, naming the variable, before planning. A
 * string literal in the query is held to more: no control characters at all.
 */
export function useTextGuard(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variable = nulIn(args.variableValues ?? {}, "variables");
      const message = variable ? "Text may not contain the NUL character (U+0000)" : controlInDocument(args.document) ? "Text in the query may not contain control characters" : null;
      if (message) {
        setResultAndStopExecution({
          errors: [new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: variable ?? "query", http: { status: 400 } } })],
        });
      }
    },
  };
}
