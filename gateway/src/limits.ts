import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

/** The deepest a client query may nest; the deepest real question (the ministry's) needs 5. */
export const MAX_QUERY_DEPTH = 12;

/**
 * Refuses queries nested deeper than `max` before any subgraph is asked. Introspection is not
 * counted, so IDEs keep working.
 */
export function depthLimit(max = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>(
      context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const depthOf = (set: SelectionSetNode | undefined, visited: Set<string>): number => {
      let deepest = 0;
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visited));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visited));
        } else if (!visited.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...visited, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; at most ${max} are allowed.`, { nodes: [operation] }));
        }
      },
    };
  };
}

export function useDepthLimit(max = MAX_QUERY_DEPTH): GatewayPlugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(depthLimit(max)) };
}
