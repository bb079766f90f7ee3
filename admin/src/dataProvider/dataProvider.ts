import type { ApolloClient } from '@apollo/client';
import { LIMITS } from '@newsroom/shared';
import buildGraphQLProvider from 'ra-data-graphql';
import type {
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyReferenceParams,
  GetManyResult,
  RaRecord,
} from 'react-admin';
import { apolloClient } from './client';
import { buildQueryFactory, GET_CURSOR } from './buildQuery';
import { CursorCache } from './cursors';
import type { CursorPage } from './operation';
import { resources } from './registry';
import { createCurationActions } from '../curation/curationActions';
import { createImportActions } from '../import/importActions';
import { createWorkflowActions } from '../workflow/workflowActions';

type ListParams = (GetListParams | GetManyReferenceParams) & { target?: string; id?: unknown };

/**
 * react-admin's dataProvider over ra-data-graphql. ra-data-graphql runs each single request
 * (typed by buildQuery); this layer adds what one request cannot do: reaching page N of a Relay
 * connection, exports larger than the API's page limit, and getMany without an ids filter.
 */
export function createDataProvider(client: ApolloClient<unknown> = apolloClient) {
  const base = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: buildQueryFactory,
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const buildQuery = buildQueryFactory(undefined as never);
  const cursors = new CursorCache();
  const max = LIMITS.pageSizeMax;

  const listFilter = (params: ListParams) => (params.target ? { ...params.filter, [params.target]: params.id } : params.filter);

  async function cursorAt(resource: string, params: ListParams, offset: number): Promise<string | null> {
    if (offset <= 0) return null;
    const key = CursorCache.key(resource, listFilter(params), params.sort);
    let [at, cursor] = cursors.nearest(key, offset);
    while (at < offset) {
      const step = Math.min(max, offset - at);
      const q = buildQuery(GET_CURSOR, resource, { ...params, meta: { first: step, after: cursor } });
      const response = await client.query({ query: q.query, variables: q.variables, fetchPolicy: 'no-cache' });
      const page = q.parseResponse(response) as CursorPage;
      if (!page.endCursor) break;
      at += step;
      cursor = page.endCursor;
      cursors.remember(key, at, cursor);
      if (!page.hasNextPage) break;
    }
    return cursor;
  }

  async function fetchPage(method: 'getList' | 'getManyReference', resource: string, params: ListParams): Promise<GetListResult> {
    const definition = resources[resource];
    const call = (p: ListParams) =>
      method === 'getList' ? base.getList(resource, p) : base.getManyReference(resource, p as GetManyReferenceParams);
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    if (definition && !definition.paged) {
      // Whole lists: filter by name and page in memory, as react-admin would expect of a server.
      const all = (await call(params)).data as RaRecord[];
      const q = typeof params.filter?.q === 'string' ? params.filter.q.toLowerCase() : '';
      const matching = q ? all.filter((r) => JSON.stringify(r).toLowerCase().includes(q)) : all;
      return { data: matching.slice((page - 1) * perPage, page * perPage), total: matching.length };
    }
    const offset = (page - 1) * perPage;
    const key = CursorCache.key(resource, listFilter(params), params.sort);
    let after = await cursorAt(resource, params, offset);
    const data: RaRecord[] = [];
    let total: number;
    // Exports ask for up to 1000 rows at once; the API gives at most 100 a request.
    do {
      const first = Math.min(max, perPage - data.length);
      const result = await call({ ...params, meta: { ...params.meta, after, first } });
      data.push(...result.data);
      total = result.total ?? data.length;
      after = (result.meta as { endCursor?: string | null } | undefined)?.endCursor ?? null;
      cursors.remember(key, offset + data.length, after);
      if (!result.pageInfo?.hasNextPage || !after) break;
    } while (data.length < perPage);
    return { data, total, pageInfo: { hasNextPage: offset + data.length < total, hasPreviousPage: offset > 0 } };
  }

  const dataProvider = {
    ...base,
    ...createWorkflowActions(client),
    ...createCurationActions(client),
    ...createImportActions(client),
    getList: (resource: string, params: GetListParams) => fetchPage('getList', resource, params),
    getManyReference: (resource: string, params: GetManyReferenceParams) => fetchPage('getManyReference', resource, params),
    // With an ids filter: one request per page of ids; otherwise one small request per id (react-admin asks only for the ids on screen).
    getMany: async <R extends RaRecord>(resource: string, params: { ids: RaRecord['id'][] }): Promise<GetManyResult<R>> => {
      if (resources[resource]?.idsFilter) {
        const data: R[] = [];
        for (let i = 0; i < params.ids.length; i += max) {
          const chunk = params.ids.slice(i, i + max).map(String);
          const result = await base.getList<R>(resource, {
            pagination: { page: 1, perPage: chunk.length },
            filter: { ids: chunk },
            sort: { field: 'id', order: 'ASC' },
          });
          data.push(...result.data);
        }
        return { data };
      }
      const found: (R | null)[] = await Promise.all(
        params.ids.map((id) =>
          base.getOne<R>(resource, { id }).then(
            (r): R => r.data,
            () => null,
          ),
        ),
      );
      return { data: found.filter((r): r is R => r !== null) };
    },
    create: async (resource: string, params: Parameters<DataProvider['create']>[1]) => {
      const result = await base.create(resource, params);
      cursors.forget(resource);
      return result;
    },
    update: async (resource: string, params: Parameters<DataProvider['update']>[1]) => {
      const result = await base.update(resource, params);
      cursors.forget(resource);
      return result;
    },
    delete: async <R extends RaRecord>(resource: string, params: DeleteParams<R>): Promise<DeleteResult<R>> => {
      const result = await base.delete<R>(resource, params);
      cursors.forget(resource);
      return result;
    },
    deleteMany: async (resource: string, params: { ids: RaRecord['id'][] }) => {
      const deleted: RaRecord['id'][] = [];
      for (const id of params.ids) {
        await base.delete(resource, { id });
        deleted.push(id);
      }
      cursors.forget(resource);
      return { data: deleted };
    },
    updateMany: () => Promise.reject(new Error('Edit records one at a time: every edit is a revision of its own')),
  } satisfies DataProvider;
  return dataProvider;
}

export type ConsoleDataProvider = ReturnType<typeof createDataProvider>;
