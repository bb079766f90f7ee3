import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The select list for an entity's readable columns under `alias`, named after
 * the entity's properties: hand-written SQL over either the working or the
 * published table yields rows that become entities without ORM hydration.
 */
const columnLists = new WeakMap<object, Map<string, string>>();

export function entityColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  const metadata = ds.getMetadata(entity);
  let byAlias = columnLists.get(metadata);
  if (!byAlias) columnLists.set(metadata, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (list === undefined) {
    list = metadata.columns
      .filter((c) => c.isSelect)
      .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
}

export function asEntity<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const target = ds.getMetadata(entity).target as new () => T;
  return Object.assign(new target(), row);
}

/** Stored (non-generated) column names of an entity's table, for copying rows between twin tables. */
export function storedColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>): string[] {
  return ds
    .getMetadata(entity)
    .columns.filter((c) => !c.generatedType)
    .map((c) => c.databaseName);
}
