import {
  getNamedType,
  isCompositeType,
  isListType,
  getNullableType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** What a field's `@listSize` says: a fixed maximum, or the argument that sizes it and the fields it sizes. */
interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** A list declared without `@listSize` is assumed to be a full page. */
const UNDECLARED_LIST_SIZE = 100;
/** Cost of one `__schema` or `__type`: a whole (or a type's) schema description. */
const INTROSPECTION_COST = 500;

/** `Type.field` → its `@listSize`, read from the supergraph's own declarations. */
export function listSizesOf(supergraphSdl: string): Map<string, ListSize> {
  const sizes = new Map<string, ListSize>();
  const record = (typeName: string, fields: readonly { name: { value: string }; directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }[] | undefined) => {
    for (const field of fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === "listSize" || d.name.value.endsWith("__listSize"));
      if (!directive) continue;
      const size: ListSize = {};
      for (const arg of directive.arguments ?? []) {
        if (arg.name.value === "assumedSize" && arg.value.kind === Kind.INT) size.assumedSize = Number(arg.value.value);
        if ((arg.name.value === "slicingArguments" || arg.name.value === "sizedFields") && arg.value.kind === Kind.LIST) {
          size[arg.name.value] = arg.value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
        }
      }
      sizes.set(`${typeName}.${field.name.value}`, size);
    }
  };
  visit(parse(supergraphSdl), {
    ObjectTypeDefinition: (node) => record(node.name.value, node.fields),
    InterfaceTypeDefinition: (node) => record(node.name.value, node.fields),
  });
  return sizes;
}

/**
 * The estimated cost of an operation, before it is planned: every field costs 1, and a list
 * field's selection is counted as many times as the list can be long: a connection's `first`
 * (default `defaultPageSize`), or the list's declared maximum. Fragments are costed once each
 * and counted at every spread, so the estimate grows with what would run while the work to
 * estimate it stays linear in the document.
 */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  /** The variables as the operation runs with them: coerced, their defaults included. */
  variables?: Record<string, unknown> | null;
  sizes: Map<string, ListSize>;
  defaultPageSize: number;
  maxPageSize: number;
}): number {
  const { schema, document, sizes } = options;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = options.operationName ? operations.find((o) => o.name?.value === options.operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const fragmentCosts = new Map<string, number>();

  // A slice as it runs: an integer as given, the runtime's default where none is (absent or
  // null), and the largest page for anything else it cannot know.
  const argument = (value: ValueNode | undefined): number | undefined => {
    const given = value?.kind === Kind.VARIABLE ? options.variables?.[value.name.value] : value?.kind === Kind.INT ? Number(value.value) : value?.kind === Kind.NULL ? null : value;
    if (given == null) return undefined;
    return typeof given === "number" && Number.isInteger(given) ? given : options.maxPageSize;
  };

  const cost = (parent: GraphQLCompositeType, set: SelectionSetNode, sized?: { fields: string[]; size: number }): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        total += cost(type, selection.selectionSet, sized);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        // A fragment's cost depends only on the connection slice it sits in, if any.
        const key = `${selection.name.value}\n${sized ? `${sized.size}:${sized.fields.join()}` : ""}`;
        if (!fragmentCosts.has(key)) {
          const fragment = fragments.get(selection.name.value);
          fragmentCosts.set(key, 0); // a cycle, refused by validation anyway, costs nothing here
          if (fragment) fragmentCosts.set(key, cost(schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType, fragment.selectionSet, sized));
        }
        total += fragmentCosts.get(key)!;
        continue;
      }
      const name = selection.name.value;
      if (name === "__typename") continue;
      if (name === "__schema" || name === "__type") {
        total += INTROSPECTION_COST;
        continue;
      }
      const field = "getFields" in parent ? parent.getFields()[name] : undefined;
      if (!field) continue;
      const declared = sizes.get(`${parent.name}.${name}`);
      let childSized: { fields: string[]; size: number } | undefined;
      let size = 1;
      if (sized?.fields.includes(name)) {
        size = sized.size;
      } else if (declared?.slicingArguments?.length) {
        const given = declared.slicingArguments.map((a) => argument(selection.arguments?.find((arg) => arg.name.value === a)?.value)).find((v) => v !== undefined);
        const slice = given ?? declared.assumedSize ?? options.defaultPageSize;
        if (declared.sizedFields?.length) childSized = { fields: declared.sizedFields, size: slice };
        else size = slice;
      } else if (isListType(getNullableType(field.type))) {
        size = declared?.assumedSize ?? UNDECLARED_LIST_SIZE;
      }
      const named = getNamedType(field.type);
      const children = selection.selectionSet && isCompositeType(named) ? cost(named, selection.selectionSet, childSized) : 0;
      total += size * (1 + children);
    }
    return total;
  };

  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? cost(root, operation.selectionSet) : 0;
}
