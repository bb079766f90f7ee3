import type { DataSource } from 'typeorm';
import { asEntity, entityColumns } from '../../database/select';
import { byIdLoader, groupedLoader, type Keyed } from '../../graphql/loaders';
import { Issue } from '../issue/issue.entity';
import { ActorRole } from './actor-role.entity';
import { Actor } from './actor.entity';

export function actorLoaders(ds: DataSource) {
  return {
    actorById: byIdLoader(ds, Actor),
    rolesByActor: groupedLoader<ActorRole>(
      (ids) =>
        ds
          .getRepository(ActorRole)
          .createQueryBuilder('r')
          .where('r.actor_id = ANY(:ids)', { ids })
          .orderBy('r.started_on', 'DESC', 'NULLS LAST')
          .addOrderBy('r.id')
          .getMany(),
      (r) => r.actorId,
    ),
    issuesByActor: groupedLoader<Keyed<Issue>>(async (ids) => {
      const rows = await ds.query(
        `SELECT ia.actor_id AS "_key", ${entityColumns(ds, Issue, 'i')}
           FROM issue_actors ia JOIN issues i ON i.id = ia.issue_id
          WHERE ia.actor_id = ANY($1::uuid[]) ORDER BY i.title, i.id`,
        [ids],
      );
      return rows.map((r: Record<string, unknown>) => asEntity(ds, Issue, r) as Keyed<Issue>);
    }, (r) => r._key),
  };
}
