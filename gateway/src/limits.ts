import { getOperationAST, getVariableValues, GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { COST_PER_SUBGRAPH, type OperationLimits } from "@frikommune/config";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@frikommune/subgraph-server/page-size";
import { listSizesOf, operationCost } from "./cost.js";
import { subgraphNamesOf } from "./supergraph.js";
import type { LiveSupergraph } from "./live-supergraph.js";

export const OPERATION_LIMIT_EXCEEDED = "OPERATION_LIMIT_EXCEEDED";
type Limit = "tokens" | "aliases" | "depth" | "directives" | "introspection" | "cost";

export function limitError(limit: Limit, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: OPERATION_LIMIT_EXCEEDED, limit, max, http: { status: 400 } } });
}

/** graphql-armor's own check, refusing at once (no further validation) with the graph's error convention. */
const refuse = (limit: Limit, n: number) => ({
  n,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (_context: unknown, error: GraphQLError) => {
      throw limitError(limit, n, error.message.replace(/^Syntax Error: /, ""));
    },
  ],
});

/** An operation may describe the whole schema once: `__schema` is the costliest thing a client can ask. */
function introspectionLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const counts = new Map<string, number>();
    const count = (set: SelectionSetNode): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) n += (selection.name.value === "__schema" ? 1 : 0) + (selection.selectionSet ? count(selection.selectionSet) : 0);
        else if (selection.kind === Kind.INLINE_FRAGMENT) n += count(selection.selectionSet);
        else {
          const name = selection.name.value;
          if (!counts.has(name)) {
            counts.set(name, 0);
            const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
            if (fragment) counts.set(name, count(fragment.selectionSet));
          }
          n += counts.get(name)!;
        }
      }
      return n;
    };
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet);
        if (found > max) throw limitError("introspection", max, `Introspection (__schema) may be asked ${max} time(s) per operation; found ${found}.`);
      },
    };
  };
}

/** Costs kept per document (the parser's cache hands back the same document for the same text), for this many variable sets each. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this as JSON are costed afresh each time rather than kept. */
const LONGEST_KEPT_VARIABLES = 2048;

/** Refuses, before planning, an operation whose estimated cost is over the maximum, by the list sizes and subgraphs of the supergraph serving. */
function useCostLimit(configured: number | null, supergraph: LiveSupergraph): GatewayPlugin {
  const limitOf = (sdl: string) => ({ sizes: listSizesOf(sdl), maxCost: configured ?? COST_PER_SUBGRAPH * subgraphNamesOf(sdl).length, costs: new WeakMap<DocumentNode, Map<string, number>>() });
  let limit = limitOf(supergraph.current.sdl);
  supergraph.onApplied((applied) => (limit = limitOf(applied.sdl)));
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      // Costed as it will run: variables coerced as execution coerces them, defaults included.
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
      if (coerced.errors) return; // execution refuses the variables itself, before any fetch
      const { sizes, maxCost, costs } = limit;
      const variables = JSON.stringify(coerced.coerced);
      const key = variables.length <= LONGEST_KEPT_VARIABLES ? `${args.operationName ?? ""}\n${variables}` : null;
      const known = costs.get(args.document);
      let cost = key === null ? undefined : known?.get(key);
      if (cost === undefined) {
        cost = operationCost({
          schema: args.schema,
          document: args.document,
          operationName: args.operationName,
          variables: coerced.coerced,
          sizes,
          defaultPageSize: DEFAULT_PAGE_SIZE,
          maxPageSize: MAX_PAGE_SIZE,
        });
        if (key !== null) {
          const kept = known && known.size < COSTS_PER_DOCUMENT ? known : new Map<string, number>();
          kept.set(key, cost);
          costs.set(args.document, kept);
        }
      }
      if (cost > maxCost) setResultAndStopExecution({ errors: [limitError("cost", maxCost, `Operation cost limit of ${maxCost} exceeded, estimated ${cost}.`)] });
    },
  };
}

/**
 * Every limit on what one operation may ask, checked before the gateway plans it: tokens while
 * parsing, then aliases, depth (each fragment counted once), directives and introspection while
 * validating, then the estimated cost.
 */
export function useOperationLimits(limits: OperationLimits, supergraph: LiveSupergraph): GatewayPlugin[] {
  return [
    maxTokensPlugin(refuse("tokens", limits.maxTokens)) as GatewayPlugin,
    maxAliasesPlugin(refuse("aliases", limits.maxAliases)) as GatewayPlugin,
    maxDepthPlugin({ ...refuse("depth", limits.maxDepth), ignoreIntrospection: true, flattenFragments: true }) as GatewayPlugin,
    maxDirectivesPlugin(refuse("directives", limits.maxDirectives)) as GatewayPlugin,
    { onValidate: ({ addValidationRule }) => addValidationRule(introspectionLimit(1)) },
    useCostLimit(limits.maxCost, supergraph),
  ];
}
