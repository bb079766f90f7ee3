import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** One field as the client asked for it: response key, field name, argument values and its sub-selections. */
export interface FieldSelection {
  alias: string;
  name: string;
  args: Record<string, unknown>;
  nodes: FieldNode[];
}

type Ctx = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues' | 'schema'>;

function included(ctx: Ctx, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, ctx.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, ctx.variableValues);
  return include?.if !== false;
}

function collect(ctx: Ctx, type: GraphQLObjectType, set: SelectionSetNode, into: Map<string, FieldNode[]>, visited: Set<string>): void {
  for (const selection of set.selections) {
    if (!included(ctx, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const list = into.get(key);
      if (list) list.push(selection);
      else into.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value;
      if (!on || on === type.name || type.getInterfaces().some((i) => i.name === on))
        collect(ctx, type, selection.selectionSet, into, visited);
    } else {
      const name = selection.name.value;
      const fragment = ctx.fragments[name];
      if (!fragment || visited.has(name)) continue;
      const on = fragment.typeCondition.name.value;
      if (on === type.name || type.getInterfaces().some((i) => i.name === on)) {
        visited.add(name);
        collect(ctx, type, fragment.selectionSet, into, visited);
        visited.delete(name);
      }
    }
  }
}

/** The fields selected on `typeName` under the given field nodes, fragments and @skip/@include applied, arguments resolved. */
export function selectedFields(ctx: Ctx, typeName: string, nodes: readonly FieldNode[]): FieldSelection[] {
  const type = ctx.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const grouped = new Map<string, FieldNode[]>();
  for (const node of nodes) if (node.selectionSet) collect(ctx, type, node.selectionSet, grouped, new Set());
  const fields = type.getFields();
  return [...grouped.entries()].map(([alias, fieldNodes]) => {
    const name = fieldNodes[0].name.value;
    const def = fields[name];
    return { alias, name, args: def ? getArgumentValues(def, fieldNodes[0], ctx.variableValues) : {}, nodes: fieldNodes };
  });
}
