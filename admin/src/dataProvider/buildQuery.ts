import type { BuildQuery, BuildQueryFactory } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import type { ListRequest } from './resource';
import { resources } from './registry';

/** Not a react-admin fetch type: the console's own step for walking Relay cursors. */
export const GET_CURSOR = 'GET_CURSOR';

/** getManyReference targets are API filter keys already (speakerId, articleId, issueId, parentId…). */
function listRequest(params: {
  pagination?: { perPage: number };
  filter?: Record<string, unknown>;
  sort?: ListRequest['sort'];
  meta?: { after?: string | null; first?: number };
  target?: string;
  id?: unknown;
}): ListRequest {
  const filter = { ...(params.filter ?? {}) };
  if (params.target) filter[params.target] = params.id;
  return {
    first: params.meta?.first ?? params.pagination?.perPage ?? 25,
    after: params.meta?.after ?? null,
    filter,
    sort: params.sort,
  };
}

/**
 * ra-data-graphql calls this for every dataProvider method. Introspection is off: the operations
 * are the generated, typed documents, checked against the committed schema at build time.
 */
export const buildQueryFactory: BuildQueryFactory = () => {
  const buildQuery: BuildQuery = (fetchType, resourceName, params) => {
    const resource = resources[resourceName];
    if (!resource) throw new Error(`Unknown resource "${resourceName}"`);
    const unsupported = () => new Error(`${fetchType} is not available for ${resourceName}`);
    switch (fetchType) {
      case GET_LIST:
      case GET_MANY_REFERENCE:
        return resource.list(listRequest(params));
      case GET_CURSOR:
        if (!resource.cursor) throw unsupported();
        return resource.cursor(listRequest(params));
      case GET_ONE:
        if (!resource.one) throw unsupported();
        return resource.one(String(params.id));
      case CREATE:
        if (!resource.create) throw unsupported();
        return resource.create(params.data);
      case UPDATE:
        if (!resource.update) throw unsupported();
        return resource.update(String(params.id), params.data, params.previousData ?? {});
      case DELETE:
        if (!resource.delete) throw unsupported();
        return resource.delete(String(params.id), params.previousData);
      default:
        throw unsupported();
    }
  };
  return buildQuery;
};
