import crypto from 'node:crypto';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Pool } from 'pg';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { notDeleted, tablesFor } from '../../database/tables';
import { countStatement } from '../../request-scope';
import { UUID } from '../loaders';
import { READ_MODEL, readableColumns, type Env } from './read-model';
import { selectedFields } from './selection';

/** Beyond this nesting the field resolvers (and their DataLoaders) take over. */
const MAX_DEPTH = 6;
const PRELOAD = '$';

/** Marks a value the compiled read did not load, so the field resolver loads it. */
export const NOT_LOADED = Symbol('not loaded');

interface Compiler {
  ds: DataSource;
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues' | 'schema'>;
  env: Env;
  next: number;
  /**
   * preload: rows for the field resolvers (columns by property, relations under `$alias`);
   * response: the GraphQL response itself (keys are response keys, values serialised),
   * refusing (Unsupported) any field it cannot produce exactly.
   */
  mode: 'preload' | 'response';
}

/** A selection the response mode cannot produce: the request takes the ordinary path. */
export class Unsupported extends Error {}

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

function jsonObject(pairs: string[]): string {
  // json_build_object takes at most 100 arguments: larger objects are merged as jsonb.
  if (pairs.length <= 50) return `json_build_object(${pairs.join(', ')})`;
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  return `(${chunks.join(' || ')})`;
}

/**
 * The SQL expression that builds, for row `alias` of `typeName`, a JSON object
 * holding exactly the selected columns and, under `$<response key>`, every
 * selected relation the read model knows, nested to any depth: one statement.
 */
function project(
  cx: Compiler,
  typeName: string,
  alias: string,
  nodes: readonly FieldNode[],
  depth: number,
  joined: Record<string, string> = {},
): string {
  const type = READ_MODEL[typeName];
  const columns = readableColumns(cx.ds, type);
  const byProperty = new Map(columns.map((c) => [c.property, c]));
  const byColumn = new Map(columns.map((c) => [c.column, c]));
  const response = cx.mode === 'response';
  const wanted = new Set<string>(response ? [] : ['id']);
  const pairs: string[] = [];
  let fallback = false;
  for (const field of selectedFields(cx.info, typeName, nodes)) {
    const key = response ? field.alias : `${PRELOAD}${field.alias}`;
    if (field.name === '__typename') {
      if (response) pairs.push(`'${field.alias}', '${typeName}'::text`);
      continue;
    }
    const relation = type.relations[field.name];
    if (relation && depth < MAX_DEPTH) {
      const child = `c${cx.next++}`;
      const target = READ_MODEL[relation.target];
      if (relation.kind === 'one') {
        if (!response) wanted.add(byColumn.get(relation.fk)!.property);
        const join = joined[field.name];
        const row = project(cx, relation.target, join ?? child, field.nodes, depth + 1);
        pairs.push(
          join
            ? `'${key}', ${row}`
            : `'${key}', (SELECT ${row} FROM ${target.table(cx.env.t)} ${child} WHERE ${child}.id = ${alias}.${relation.fk})`,
        );
      } else {
        const s = relation.sql(cx.env, alias, child, field.args);
        const row = project(cx, relation.target, child, field.nodes, depth + 1, s.joined);
        const limit = s.limit !== undefined ? ` LIMIT ${s.limit}` : '';
        pairs.push(`'${key}', array_to_json(ARRAY(SELECT ${row} FROM ${s.from} WHERE ${s.where} ORDER BY ${s.order}${limit}))`);
      }
    } else if (byProperty.has(field.name)) {
      if (!response) {
        wanted.add(field.name);
        continue;
      }
      const column = byProperty.get(field.name)!;
      const value =
        column.type === 'timestamptz'
          ? `to_char(${alias}."${column.column}" AT TIME ZONE 'UTC', ${ISO_UTC})`
          : `${alias}."${column.column}"`;
      pairs.push(`'${field.alias}', ${value}`);
    } else if (response) {
      throw new Unsupported(`${typeName}.${field.name}`);
    } else {
      fallback = true;
    }
  }
  if (!response) {
    // Fields served by their own resolvers need the row's columns (large texts only when asked for).
    if (fallback) for (const c of columns) if (!type.heavy?.includes(c.property)) wanted.add(c.property);
    for (const relation of Object.values(type.relations)) if (relation.kind === 'one') wanted.add(byColumn.get(relation.fk)!.property);
    for (const property of wanted) pairs.push(`'${property}', ${alias}."${byProperty.get(property)!.column}"`);
  }
  return jsonObject(pairs);
}

function compiler(ds: DataSource, info: Compiler['info'], viewer: Viewer, mode: Compiler['mode'] = 'preload'): Compiler {
  const audience = audienceOf(viewer);
  return { ds, info, env: { t: tablesFor(audience), live: (a) => notDeleted(audience, a) }, next: 0, mode };
}

/** The response-mode projection of `typeName` for the given selections (no cache: the caller caches whole plans). */
export function responseProjection(ds: DataSource, info: Compiler['info'], viewer: Viewer, typeName: string, nodes: readonly FieldNode[]) {
  return (alias: string) => project(compiler(ds, info, viewer, 'response'), typeName, alias, nodes, 0);
}

/**
 * Compiled projections, per parsed selection (Apollo reuses the parsed document of
 * a repeated query, so its field nodes are the same objects), audience, alias
 * and variables: a repeated read skips the compile.
 */
const projections = new WeakMap<object, Map<string, string>>();

function cachedProjection(key: object, variant: string, build: () => string): string {
  let byVariant = projections.get(key);
  if (!byVariant) projections.set(key, (byVariant = new Map()));
  let sql = byVariant.get(variant);
  if (sql === undefined) {
    sql = build();
    // Bounded: a query run with ever-new variables must not grow the cache without end.
    if (byVariant.size > 200) byVariant.clear();
    byVariant.set(variant, sql);
  }
  return sql;
}

function variantOf(info: GraphQLResolveInfo, viewer: Viewer, typeName: string, alias: string): string {
  return `${audienceOf(viewer)}|${typeName}|${alias}|${JSON.stringify(info.variableValues)}`;
}

/** The projection of one node type under the root field of `info` (a lookup such as quote(id)). */
export function nodeProjection(ds: DataSource, info: GraphQLResolveInfo, viewer: Viewer, typeName: string) {
  return (alias: string) =>
    cachedProjection(info.fieldNodes[0], variantOf(info, viewer, typeName, alias), () =>
      project(compiler(ds, info, viewer), typeName, alias, info.fieldNodes, 0),
    );
}

export interface ConnectionProjection {
  /** The JSON select expression for the connection's node, over the list's row alias. */
  node: (alias: string) => string;
  /** totalCount is selected: compute it in the same statement. */
  wantsCount: boolean;
}

/** The projection for a Relay connection root field: edges.node selections merged across aliases. */
export function connectionProjection(ds: DataSource, info: GraphQLResolveInfo, viewer: Viewer, typeName: string): ConnectionProjection {
  const shape = () => {
    const connection = selectedFields(info, `${typeName}Connection`, info.fieldNodes);
    const nodeNodes: FieldNode[] = [];
    for (const edges of connection.filter((f) => f.name === 'edges')) {
      for (const node of selectedFields(info, `${typeName}Edge`, edges.nodes).filter((f) => f.name === 'node'))
        nodeNodes.push(...node.nodes);
    }
    return { nodeNodes, wantsCount: connection.some((f) => f.name === 'totalCount') };
  };
  const wantsCount =
    cachedProjection(info.fieldNodes[0], `count|${variantOf(info, viewer, typeName, '')}`, () => String(shape().wantsCount)) === 'true';
  return {
    node: (alias) =>
      cachedProjection(info.fieldNodes[0], `edges|${variantOf(info, viewer, typeName, alias)}`, () =>
        project(compiler(ds, info, viewer), typeName, alias, shape().nodeNodes, 0),
      ),
    wantsCount,
  };
}

/** A relation loaded by the compiled read, or NOT_LOADED. */
export function preloaded(root: object, info: Pick<GraphQLResolveInfo, 'path'>): unknown {
  const key = `${PRELOAD}${info.path.key}`;
  return key in root ? (root as Record<string, unknown>)[key] : NOT_LOADED;
}

const statementNames = new Map<string, string>();

/**
 * Runs a read as a named prepared statement straight on the pool: PostgreSQL
 * plans each distinct read once per connection. Counted like every statement.
 */
export async function runPrepared<T = Record<string, unknown>>(db: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (db.connection.driver as unknown as { master: Pool }).master;
  countStatement(sql);
  let name = statementNames.get(sql);
  if (!name) {
    name = `r_${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    if (statementNames.size > 5000) statementNames.clear();
    statementNames.set(sql, name);
  }
  const result = await pool.query({ name, text: sql, values: params });
  return result.rows as T[];
}

/** The compiled reads of one request, bound to its viewer: what root resolvers call. */
export function readerFor(ds: DataSource, viewer: Viewer) {
  const audience = audienceOf(viewer);
  const t = tablesFor(audience);
  return {
    connection: (info: GraphQLResolveInfo, typeName: string) => connectionProjection(ds, info, viewer, typeName),
    /** One record by a unique column, with every requested relation, in one statement. */
    async one(info: GraphQLResolveInfo, typeName: string, column: 'id' | 'slug', value: string): Promise<Record<string, unknown> | null> {
      if (column === 'id' && !UUID.test(value)) return null;
      const type = READ_MODEL[typeName];
      // Staff may open a deleted record by id (to restore it); lookups by slug see live records only.
      const live = column === 'slug' ? ` AND ${notDeleted(audience, 'r')}` : '';
      const sql = `SELECT ${nodeProjection(ds, info, viewer, typeName)('r')} AS node FROM ${type.table(t)} r WHERE r.${column} = $1${live}`;
      const rows = await runPrepared<{ node: Record<string, unknown> }>(ds.manager, sql, [value]);
      return rows[0]?.node ?? null;
    },
  };
}

export type Reader = ReturnType<typeof readerFor>;
