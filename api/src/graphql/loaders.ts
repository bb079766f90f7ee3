import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { asEntity, entityColumns } from '../database/select';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A row of a grouped loader, carrying the parent id it was loaded for. */
export type Keyed<T> = T & { _key: string };

/** Loads rows of one entity from `table` by id, one statement per batch. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>, table: string) {
  const columns = entityColumns(ds, entity, 't');
  return new DataLoader<string, T | null>(async (ids) => {
    // A malformed id cannot exist: answer null like any other missing id, without a failing query.
    const valid = ids.filter((id) => UUID.test(id));
    const rows: Record<string, unknown>[] = valid.length
      ? await ds.query(`SELECT ${columns} FROM ${table} t WHERE t.id = ANY($1::uuid[])`, [valid])
      : [];
    const map = new Map(rows.map((r) => [r.id as string, asEntity(ds, entity, r)]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Rows of `entity` for many parents in one statement, grouped by the `_key` column the SQL selects. */
export function groupedLoader<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  sql: string,
  params: (ids: string[]) => unknown[] = (ids) => [ids],
) {
  return new DataLoader<string, Keyed<T>[]>(async (ids) => {
    const rows: Record<string, unknown>[] = await ds.query(sql, params([...ids]));
    const groups = new Map<string, Keyed<T>[]>();
    for (const row of rows) {
      const { _key, _rn: _unused, ...rest } = row;
      const item = Object.assign(asEntity(ds, entity, rest), { _key: _key as string });
      const list = groups.get(item._key);
      if (list) list.push(item);
      else groups.set(item._key, [item]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * One grouped loader per distinct argument set (a nested list's `first`),
 * created on demand for the request.
 */
export class KeyedLoaders<A, T> {
  private readonly loaders = new Map<string, DataLoader<string, T[]>>();
  constructor(private readonly make: (args: A) => DataLoader<string, T[]>) {}
  get(args: A): DataLoader<string, T[]> {
    const key = JSON.stringify(args);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = this.make(args);
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
