import type { DataSource } from 'typeorm';
import { asEntity, entityColumns } from '../../database/select';
import { byIdLoader, groupedLoader, type Keyed } from '../../graphql/loaders';
import { Actor } from '../actor/actor.entity';
import { Issue } from './issue.entity';

export function issueLoaders(ds: DataSource) {
  return {
    issueById: byIdLoader(ds, Issue),
    childrenByIssue: groupedLoader<Issue>(
      (ids) => ds.getRepository(Issue).createQueryBuilder('i').where('i.parent_id = ANY(:ids)', { ids }).orderBy('i.title').addOrderBy('i.id').getMany(),
      (i) => i.parentId!,
    ),
    actorsByIssue: groupedLoader<Keyed<Actor>>(async (ids) => {
      const rows = await ds.query(
        `SELECT ia.issue_id AS "_key", ${entityColumns(ds, Actor, 'a')}
           FROM issue_actors ia JOIN actors a ON a.id = ia.actor_id
          WHERE ia.issue_id = ANY($1::uuid[]) ORDER BY a.name, a.id`,
        [ids],
      );
      return rows.map((r: Record<string, unknown>) => asEntity(ds, Actor, r) as Keyed<Actor>);
    }, (r) => r._key),
  };
}
