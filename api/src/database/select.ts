import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The select list for an entity's readable columns under `alias`, named after
 * the entity's properties, for hand-written SQL whose rows become entities
 * without TypeORM's per-row identity bookkeeping.
 */
export function entityColumns<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): string {
  return ds
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect)
    .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
    .join(', ');
}

export function asEntity<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const target = ds.getMetadata(entity).target as new () => T;
  return Object.assign(new target(), row);
}
