import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads rows of one entity by id, one statement per batch. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    // A malformed id cannot exist: answer null like any other missing id, without a failing query.
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length ? await ds.getRepository(entity).findBy({ id: In(valid) } as never) : [];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Groups rows by a key column: one statement per batch of parent ids. */
export function groupedLoader<T>(load: (ids: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
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

/** A row of a grouped loader, carrying the parent id it was loaded for. */
export type Keyed<T> = T & { _key: string };
