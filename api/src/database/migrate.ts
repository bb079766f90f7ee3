import type { DataSource } from 'typeorm';
import { log } from '../logger';

/** Applies pending migrations; each in its own transaction, so a failure leaves the last good state. */
export async function migrate(ds: DataSource): Promise<number> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  if (applied.length) log.info(`Applied ${applied.length} migration(s)`, { migrations: applied.map((m) => m.name) });
  return applied.length;
}
