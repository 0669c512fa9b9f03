import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

/**
 * An operation of a type the schema has no root for (`subscription { x }` on a graph without
 * subscriptions) is refused as invalid, as graphql-js 17's KnownOperationTypesRule does; graphql
 * 16 has no such rule, and the planner would fail on it with an internal error.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) context.reportError(new GraphQLError(`This graph does not support ${node.operation} operations.`, { nodes: node }));
    },
  };
}

/** Validation beyond graphql-js's rules: known operation types, and no schema hints ("Did you mean …") while introspection is off. */
export function useValidation(options: { introspection: boolean }): GatewayPlugin[] {
  return [
    { onValidate: ({ addValidationRule }) => addValidationRule(knownOperationTypes) },
    ...(options.introspection ? [] : [blockFieldSuggestionsPlugin() as GatewayPlugin]),
  ];
}
