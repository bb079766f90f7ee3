import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { LIMITS, QUERY_LIMITS } from '@newsroom/shared';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Limits on what one GraphQL request may ask for (issue 8): depth, aliases,
 * directives, cost, page sizes and introspection. They run after graphql-js has
 * validated the document (so fragments exist and do not cycle) and before
 * anything executes; the first one broken answers HTTP 400 with its own
 * `extensions.code`. Tokens are bounded by the parser (`PARSE_OPTIONS`), the
 * body size by the HTTP layer.
 *
 * Fragments count where they are spread (a fragment spread ten times counts ten
 * times) but each is measured once, so a "fragment bomb" costs no time here.
 * Introspection (`__schema`, `__type`) is exempt from depth and cost: the IDE's
 * introspection query is deep by nature, and who may introspect at all is
 * decided separately.
 */

export type LimitCode =
  'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COSTLY' | 'PAGE_TOO_LARGE' | 'INTROSPECTION_DISABLED';

export interface QueryLimits {
  depthMax: number;
  aliasesMax: number;
  directivesMax: number;
  costMax: number;
  pageSizeMax: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  depthMax: QUERY_LIMITS.depthMax,
  aliasesMax: QUERY_LIMITS.aliasesMax,
  directivesMax: QUERY_LIMITS.directivesMax,
  costMax: QUERY_LIMITS.costMax,
  pageSizeMax: LIMITS.pageSizeMax,
};

/** graphql-js parser options: documents longer than this many tokens are a 400 GRAPHQL_PARSE_FAILED. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.tokensMax };

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);
const PAGE_ARGUMENTS = ['first', 'last'];

export function limitError(code: LimitCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

interface Measure {
  /** Deepest field below this selection set (a leaf field is 1). */
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  introspection: boolean;
}

const ZERO: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0, introspection: false };

/** Measures one operation of a validated document against the schema. */
export class QueryMeasurer {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly pageSizes: number[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly operation: OperationDefinitionNode,
    fragments: readonly FragmentDefinitionNode[],
    private readonly variables: Record<string, unknown> = {},
  ) {
    for (const fragment of fragments) this.fragments.set(fragment.name.value, fragment);
  }

  measure(): Measure & { largestPage: number } {
    const root = this.schema.getRootType(this.operation.operation);
    const own = this.operation.directives?.length ?? 0;
    const inner = root ? this.selectionSet(this.operation.selectionSet, root) : ZERO;
    return { ...inner, directives: inner.directives + own, largestPage: Math.max(0, ...this.pageSizes) };
  }

  private selectionSet(set: SelectionSetNode, parent: GraphQLNamedType): Measure {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let cost = 0;
    let introspection = false;
    const add = (m: Measure) => {
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      directives += m.directives;
      cost += m.cost;
      introspection ||= m.introspection;
    };
    for (const selection of set.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        add(this.field(selection, parent));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (this.schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
        add(this.selectionSet(selection.selectionSet, type));
      } else {
        add(this.fragment(selection.name.value));
      }
    }
    return { depth, aliases, directives, cost, introspection };
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // graphql-js validation has already refused unknown and cyclic fragments; this only guards a bypass.
    this.measured.set(name, ZERO);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    const result = fragment && type ? this.selectionSet(fragment.selectionSet, type) : ZERO;
    this.measured.set(name, result);
    return result;
  }

  private field(node: FieldNode, parent: GraphQLNamedType): Measure {
    const name = node.name.value;
    const aliased = node.alias ? 1 : 0;
    if (INTROSPECTION_FIELDS.has(name)) {
      return { depth: 1, aliases: aliased, directives: 0, cost: 1, introspection: true };
    }
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!node.selectionSet) return { depth: 1, aliases: aliased, directives: 0, cost: 1, introspection: false };
    const childType = definition ? getNamedType(definition.type) : undefined;
    const inner = childType && isCompositeType(childType) ? this.selectionSet(node.selectionSet, childType) : ZERO;
    const multiplier = definition ? this.pageSize(node, definition) : 1;
    return {
      depth: inner.depth + 1,
      aliases: inner.aliases + aliased,
      directives: inner.directives,
      cost: 1 + multiplier * inner.cost,
      introspection: inner.introspection,
    };
  }

  /**
   * How many items this field may return: its `first`/`last` (given, from a
   * variable, or the argument's default), the default page size for a
   * connection asked without either, 1 for anything else.
   */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    let size: number | undefined;
    let paged = false;
    for (const argument of definition.args) {
      if (!PAGE_ARGUMENTS.includes(argument.name)) continue;
      paged = true;
      const given = node.arguments?.find((a) => a.name.value === argument.name);
      let value: unknown = argument.defaultValue;
      if (given) {
        value = valueFromAST(given.value, argument.type, this.variables);
        // A variable left out falls back to the argument's default.
        if (value === undefined && given.value.kind === Kind.VARIABLE) value = this.variableDefault(given.value.name.value, argument.type);
      }
      if (typeof value === 'number' && Number.isFinite(value)) {
        this.pageSizes.push(value);
        size = Math.max(size ?? 0, value);
      }
    }
    if (size !== undefined) return Math.max(size, 0);
    return paged ? LIMITS.pageSizeDefault : 1;
  }

  private variableDefault(name: string, type: GraphQLField<unknown, unknown>['args'][number]['type']): unknown {
    const definition = this.operation.variableDefinitions?.find((v) => v.variable.name.value === name);
    if (!definition?.defaultValue) return undefined;
    const declared = typeFromAST(this.schema, definition.type as never) ?? type;
    return valueFromAST(definition.defaultValue, declared as never);
  }
}

/** The first limit the operation breaks, as the error to answer with; undefined when it keeps to all. */
export function checkOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> | undefined,
  options: { limits?: QueryLimits; allowIntrospection: boolean },
): GraphQLError | undefined {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const m = new QueryMeasurer(schema, operation, fragments, variables ?? {}).measure();
  if (m.introspection && !options.allowIntrospection) {
    return limitError(
      'INTROSPECTION_DISABLED',
      'Introspection is available to signed-in users only; the schema is published as api/schema.graphql',
    );
  }
  if (m.depth > limits.depthMax) {
    return limitError('QUERY_TOO_DEEP', `The query is ${m.depth} levels deep; at most ${limits.depthMax} are allowed`, {
      limit: limits.depthMax,
      actual: m.depth,
    });
  }
  if (m.aliases > limits.aliasesMax) {
    return limitError('TOO_MANY_ALIASES', `The query uses ${m.aliases} aliases; at most ${limits.aliasesMax} are allowed`, {
      limit: limits.aliasesMax,
      actual: m.aliases,
    });
  }
  if (m.directives > limits.directivesMax) {
    return limitError('TOO_MANY_DIRECTIVES', `The query uses ${m.directives} directives; at most ${limits.directivesMax} are allowed`, {
      limit: limits.directivesMax,
      actual: m.directives,
    });
  }
  if (m.largestPage > limits.pageSizeMax) {
    return limitError(
      'PAGE_TOO_LARGE',
      `A page of ${m.largestPage} items was asked for; first and last are at most ${limits.pageSizeMax}`,
      {
        limit: limits.pageSizeMax,
        actual: m.largestPage,
      },
    );
  }
  if (m.cost > limits.costMax) {
    return limitError(
      'QUERY_TOO_COSTLY',
      `The query's estimated cost is ${m.cost}; at most ${limits.costMax} is allowed. Ask for smaller pages or fewer nested lists`,
      { limit: limits.costMax, actual: m.cost },
    );
  }
  return undefined;
}

/**
 * The Apollo plugin that applies the limits to every operation. `mayIntrospect`
 * decides per request (production: signed-in users only).
 */
export function queryLimitsPlugin<C extends BaseContext>(options: {
  mayIntrospect: (context: C) => boolean;
  limits?: QueryLimits;
}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          const error = checkOperation(schema, operation, fragments, request.variables, {
            limits: options.limits,
            allowIntrospection: options.mayIntrospect(contextValue),
          });
          if (error) throw error;
        },
      };
    },
  };
}
