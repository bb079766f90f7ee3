import { LIMITS, SortDirection } from '@newsroom/shared';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { runPrepared, type ConnectionProjection } from './read/compile';

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first.' }, DESC: { description: 'Largest, latest or Z first.' } },
});

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (at most ${LIMITS.pageSizeMax}; ${LIMITS.pageSizeDefault} when neither first nor last is given).`,
  })
  @Min(0)
  @Max(LIMITS.pageSizeMax)
  first?: number;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: start after it.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Return the last n items before \`before\` (at most ${LIMITS.pageSizeMax}).` })
  @Min(0)
  @Max(LIMITS.pageSizeMax)
  last?: number;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: end before it.' })
  before?: string;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede the first edge. When paging forward, true whenever `after` was given.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; pass as `before` for the previous page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass as `after` or `before` to page from here.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors, in order.' })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more pages follow or precede, and the cursors to reach them.' })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items that match the filter, across all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

/** How a list is ordered: an SQL expression (its cast type for cursor comparison), then the id. */
export interface SortSpec {
  expression: string;
  sqlType: 'date' | 'timestamptz' | 'text' | 'float8' | 'int8';
  direction: SortDirection;
  /** The tie-breaking id's SQL type (uuid unless said otherwise). */
  idType?: 'uuid' | 'int8';
}

function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string, argument: string): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw badInput(`"${argument}" is not a cursor from this list`, { argument });
}

/**
 * Keyset pagination over a filtered raw query: `(sort, id)` compared with the
 * cursor's values, so pages stay stable while rows are added. Rows become
 * nodes through `hydrate`; the count runs only when totalCount is asked for.
 */
export async function paginate<T extends { id: string | number }>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
  page: PageArgs,
  sort: SortSpec,
  hydrate: (row: Record<string, unknown>) => T,
  projection?: ConnectionProjection,
): Promise<ConnectionResult<T>> {
  if (page.first != null && page.last != null) throw badInput('Pass either "first" or "last", not both');
  const countQuery = qb.clone().select('count(*)', 'count');
  const backward = page.last != null;
  const size = backward ? page.last! : (page.first ?? LIMITS.pageSizeDefault);
  const desc = sort.direction === SortDirection.DESC;
  const idExpr = `${alias}.id`;
  const key = `(${sort.expression})`;
  const tuple = `(${key}, ${idExpr})`;

  if (page.after) {
    const [v, id] = decodeCursor(page.after, 'after');
    qb.andWhere(`${tuple} ${desc ? '<' : '>'} (CAST(:afterValue AS ${sort.sqlType}), CAST(:afterId AS ${sort.idType ?? 'uuid'}))`, {
      afterValue: v,
      afterId: id,
    });
  }
  if (page.before) {
    const [v, id] = decodeCursor(page.before, 'before');
    qb.andWhere(`${tuple} ${desc ? '>' : '<'} (CAST(:beforeValue AS ${sort.sqlType}), CAST(:beforeId AS ${sort.idType ?? 'uuid'}))`, {
      beforeValue: v,
      beforeId: id,
    });
  }
  const ascending = desc === backward;
  qb.addSelect(`${key}::text`, '_cursor')
    .orderBy(key, ascending ? 'ASC' : 'DESC')
    .addOrderBy(idExpr, ascending ? 'ASC' : 'DESC')
    .limit(size + 1);

  let rows: Record<string, unknown>[];
  let inlineTotal: number | undefined;
  if (projection) {
    // The compiled read: the page, every requested relation and the count in one prepared statement.
    qb.select(projection.node(alias), 'node').addSelect(`${key}::text`, '_cursor').addSelect(idExpr, '_id');
    if (projection.wantsCount) qb.addSelect(`(${countQuery.getQuery()})`, '_total');
    const [sql, params] = qb.getQueryAndParameters();
    rows = size === 0 && !projection.wantsCount ? [] : await runPrepared(qb.connection.manager, sql, params);
    inlineTotal = rows.length ? Number(rows[0]._total) : undefined;
    if (size === 0) rows = [];
  } else {
    rows = size === 0 ? [] : await qb.getRawMany();
  }
  const more = rows.length > size;
  let edges = rows.slice(0, size).map((row) => {
    // Compiled rows are ready-made plain objects; raw rows become entities.
    const node = projection ? (row.node as T) : hydrate(withoutCursor(row));
    return { node, cursor: encodeCursor(String(row._cursor), String(row._id ?? node.id)) };
  });
  if (backward) edges = edges.reverse();
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? Boolean(page.before) : more,
      hasPreviousPage: backward ? more : Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count: async () => inlineTotal ?? Number((await countQuery.getRawOne<{ count: string }>())?.count ?? 0),
  };
}

function withoutCursor(row: Record<string, unknown>): Record<string, unknown> {
  const { _cursor: _unused, ...rest } = row;
  return rest;
}

/** For nested lists' `first`: the same bounds as a connection page. */
export function checkPageSize(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > LIMITS.pageSizeMax) {
    throw badInput(`${argument} must be between 0 and ${LIMITS.pageSizeMax}; got ${first}`, { argument });
  }
  return first;
}
