import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { validate } from 'class-validator';
import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { tablesFor } from '../../database/tables';
import { ActorFilter, ActorOrder, ActorsArgs } from '../../modules/actor/actor.inputs';
import { ArticleFilter, ArticleOrder, ArticlesArgs } from '../../modules/article/article.inputs';
import { IssueFilter, IssueOrder, IssuesArgs } from '../../modules/issue/issue.inputs';
import { QuoteFilter, QuoteOrder, QuotesArgs } from '../../modules/quote/quote.inputs';
import type { Context } from '../context';
import type { Viewer } from '../../auth/viewer';
import type { Services } from '../services';
import { UUID } from '../loaders';
import { responseProjection, runPrepared, Unsupported } from './compile';
import { READ_MODEL } from './read-model';
import { selectedFields, type FieldSelection } from './selection';

type Ctx = Parameters<typeof responseProjection>[1];
type ClassOf = new () => object;

const LISTS: Record<
  string,
  { type: string; service: 'quotes' | 'actors' | 'articles' | 'issues'; args: ClassOf; nested: Record<string, ClassOf> }
> = {
  quotes: { type: 'Quote', service: 'quotes', args: QuotesArgs, nested: { filter: QuoteFilter, orderBy: QuoteOrder } },
  actors: { type: 'Actor', service: 'actors', args: ActorsArgs, nested: { filter: ActorFilter, orderBy: ActorOrder } },
  articles: { type: 'Article', service: 'articles', args: ArticlesArgs, nested: { filter: ArticleFilter, orderBy: ArticleOrder } },
  issues: { type: 'Issue', service: 'issues', args: IssuesArgs, nested: { filter: IssueFilter, orderBy: IssueOrder } },
};

const LOOKUPS: Record<string, { type: string; by: 'id' | 'slug' }> = {
  quote: { type: 'Quote', by: 'id' },
  article: { type: 'Article', by: 'id' },
  actor: { type: 'Actor', by: 'id' },
  issue: { type: 'Issue', by: 'id' },
  issueBySlug: { type: 'Issue', by: 'slug' },
};

let enabled = true;
let served = 0;

/** How many requests the fast path has answered (tests check it engages). */
export function fastReadsServed(): number {
  return served;
}

/** One more request answered without resolvers (by this plugin or the fast lane). */
export function countServed(): void {
  served += 1;
}

/** Whether fast reads are on (tests turn them off to compare). */
export function fastReadsEnabled(): boolean {
  return enabled;
}

/** Tests compare the answers with and without the fast path. */
export function setFastReads(on: boolean): void {
  enabled = on;
}

function only(fields: FieldSelection[], allowed: string[], where: string): void {
  for (const f of fields) if (!allowed.includes(f.name)) throw new Unsupported(`${where}.${f.name}`);
}

/** The arguments checked exactly as type-graphql would check them; any problem leaves the request to the ordinary path. */
async function validArgs(list: (typeof LISTS)[string], args: Record<string, unknown>): Promise<Record<string, unknown>> {
  const instance = Object.assign(new list.args(), args) as Record<string, unknown>;
  for (const [key, cls] of Object.entries(list.nested)) if (args[key]) instance[key] = Object.assign(new cls(), args[key]);
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw new Unsupported('invalid arguments');
  return instance;
}

/**
 * Anonymous reads of one list or one record whose every selected field the
 * compiler can produce are answered straight from one SQL statement that builds
 * the response itself: no resolver runs. Anything else (signed-in users,
 * mutations, other fields, invalid arguments) takes the ordinary path, which
 * gives the same answer, or the error.
 */
export async function fastRead(
  ds: DataSource,
  services: Services,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
  viewer: Viewer,
): Promise<Record<string, unknown> | null> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const info: Ctx = { schema, fragments, variableValues: coerced.coerced };
  const roots = selectedFields(info, 'Query', [{ selectionSet: operation.selectionSet } as unknown as FieldNode]);
  if (roots.length !== 1) return null;
  const [root] = roots;

  const lookup = LOOKUPS[root.name];
  if (lookup) {
    const value = String(root.args[lookup.by]);
    if (lookup.by === 'id' && !UUID.test(value)) return { [root.alias]: null };
    const node = responseProjection(ds, info, viewer, lookup.type, root.nodes)('r');
    const rows = await runPrepared<{ node: unknown }>(
      ds.manager,
      `SELECT ${node} AS node FROM ${READ_MODEL[lookup.type].table(tablesFor('public'))} r WHERE r.${lookup.by} = $1`,
      [value],
    );
    return { [root.alias]: rows[0]?.node ?? null };
  }

  const list = LISTS[root.name];
  if (!list) return null;
  const connection = selectedFields(info, `${list.type}Connection`, root.nodes);
  only(connection, ['edges', 'pageInfo', 'totalCount', '__typename'], `${list.type}Connection`);
  const edges = connection.filter((f) => f.name === 'edges');
  if (edges.length > 1) return null;
  const edgeFields = edges.length ? selectedFields(info, `${list.type}Edge`, edges[0].nodes) : [];
  only(edgeFields, ['cursor', 'node', '__typename'], `${list.type}Edge`);
  const nodeFields = edgeFields.filter((f) => f.name === 'node');
  if (nodeFields.length > 1) return null;
  const pageInfo = connection.find((f) => f.name === 'pageInfo');
  const pageInfoFields = pageInfo ? selectedFields(info, 'PageInfo', pageInfo.nodes) : [];
  only(pageInfoFields, ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'], 'PageInfo');

  const args = await validArgs(list, root.args);
  const page = await services[list.service].list(args as never, viewer, {
    node: nodeFields.length ? responseProjection(ds, info, viewer, list.type, nodeFields[0].nodes) : () => `'{}'::json`,
    wantsCount: connection.some((f) => f.name === 'totalCount'),
  });
  const result: Record<string, unknown> = {};
  for (const field of connection) {
    if (field.name === '__typename') result[field.alias] = `${list.type}Connection`;
    else if (field.name === 'totalCount') result[field.alias] = await page.count();
    else if (field.name === 'pageInfo') {
      const out: Record<string, unknown> = {};
      for (const f of pageInfoFields)
        out[f.alias] = f.name === '__typename' ? 'PageInfo' : page.pageInfo[f.name as keyof typeof page.pageInfo];
      result[field.alias] = out;
    } else {
      result[field.alias] = page.edges.map((edge) => {
        const out: Record<string, unknown> = {};
        for (const f of edgeFields)
          out[f.alias] = f.name === '__typename' ? `${list.type}Edge` : f.name === 'cursor' ? edge.cursor : edge.node;
        return out;
      });
    }
  }
  return { [root.alias]: result };
}

/** The Apollo hook that answers eligible requests before execution. */
export function fastReadsPlugin(ds: DataSource, services: Services): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue, schema }) {
          if (!enabled || operation.operation !== 'query' || contextValue.viewer.user) return null;
          try {
            const data = await fastRead(ds, services, schema, document, operation, request.variables ?? {}, contextValue.viewer);
            if (!data) return null;
            countServed();
            return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: { data } } };
          } catch (error) {
            // Unsupported selections and every error go the ordinary way, which reports them properly.
            void error;
            return null;
          }
        },
      };
    },
  };
}
