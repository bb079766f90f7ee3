import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { BuildQueryResult } from 'ra-data-graphql';

/**
 * A query or mutation for ra-data-graphql whose variables and response are checked against the
 * generated operation types: `parse` receives exactly what the document selects.
 */
export function operation<TData, TVars extends OperationVariables, R>(
  query: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  parse: (data: TData) => R,
): BuildQueryResult & { parseResponse: (response: { data?: TData | null }) => R } {
  return {
    query,
    variables,
    parseResponse: (response: { data?: TData | null }) => {
      if (!response.data) throw new Error('The API answered without data');
      return parse(response.data);
    },
  };
}

interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

/** A Relay connection as react-admin's getList result, keeping the end cursor for the next page. */
export function fromConnection<N, R>(connection: Connection<N>, toRecord: (node: N) => R) {
  return {
    data: connection.edges.map((edge) => toRecord(edge.node)),
    total: connection.totalCount,
    pageInfo: { hasNextPage: connection.pageInfo.hasNextPage, hasPreviousPage: false },
    meta: { endCursor: connection.pageInfo.endCursor },
  };
}

export interface CursorPage {
  endCursor: string | null;
  hasNextPage: boolean;
}

export function fromCursorPage(connection: { pageInfo: CursorPage }): CursorPage {
  return { endCursor: connection.pageInfo.endCursor, hasNextPage: connection.pageInfo.hasNextPage };
}
