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

function nulInDocument(document: DocumentNode): boolean {
  let found = false;
  visit(document, { [Kind.STRING]: (node) => void (found ||= node.value.includes(NUL)) });
  return found;
}

/**
 * No text of the network holds the NUL character, and PostgreSQL cannot store or compare one:
 * a string carrying it is refused as BAD_USER_INPUT, naming the variable, before planning.
 */
export function useTextGuard(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const field = nulIn(args.variableValues ?? {}, "variables") ?? (nulInDocument(args.document) ? "query" : null);
      if (field) {
        setResultAndStopExecution({
          errors: [new GraphQLError("Text may not contain the NUL character (U+0000)", { extensions: { code: "BAD_USER_INPUT", field, http: { status: 400 } } })],
        });
      }
    },
  };
}
