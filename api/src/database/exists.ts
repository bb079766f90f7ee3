import { In, IsNull, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { badInput } from '../graphql/errors';

/** Refuses input that points at records that do not exist, naming the missing ids. */
export async function assertAllExist<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
  what: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const metadata = em.connection.getMetadata(entity);
  // Soft-deleted records count as missing: nothing new may point at them.
  const live = metadata.columns.some((c) => c.propertyName === 'deletedAt') ? { deletedAt: IsNull() } : {};
  const found = await em.getRepository(entity).find({ select: { id: true } as never, where: { id: In(unique), ...live } as never });
  const present = new Set(found.map((row) => row.id));
  const missing = unique.filter((id) => !present.has(id));
  if (missing.length) {
    throw badInput(`No ${what} with id ${missing.join(', ')}`, { [`missing${what[0].toUpperCase()}${what.slice(1)}Ids`]: missing });
  }
}
