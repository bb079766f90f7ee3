import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/loaders';
import { User } from '../user/user.entity';

export function reviewLoaders(ds: DataSource) {
  return {
    userById: byIdLoader(ds, User, 'users'),
    /** Revision snapshots by "entityId:number", one statement per batch. */
    snapshotByRevision: new DataLoader<string, Record<string, unknown> | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows: { entity_id: string; number: number; snapshot: Record<string, unknown> }[] = await ds.query(
        `SELECT r.entity_id, r.number, r.snapshot FROM revisions r
           JOIN unnest($1::uuid[], $2::int[]) AS k(entity_id, number) ON k.entity_id = r.entity_id AND k.number = r.number`,
        [pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))],
      );
      const map = new Map(rows.map((r) => [`${r.entity_id}:${r.number}`, r.snapshot]));
      return keys.map((k) => map.get(k) ?? null);
    }),
  };
}
