import type { DataSource } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import { entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { byIdLoader, groupedLoader } from '../../graphql/loaders';
import { Actor } from '../actor/actor.entity';
import { Issue } from './issue.entity';

export function issueLoaders(ds: DataSource, audience: Audience) {
  const t = tablesFor(audience);
  return {
    issueById: byIdLoader(ds, Issue, t.issues),
    childrenByIssue: groupedLoader(
      ds,
      Issue,
      `SELECT i.parent_id AS "_key", ${entityColumns(ds, Issue, 'i')}
         FROM ${t.issues} i WHERE i.parent_id = ANY($1::uuid[]) AND ${notDeleted(audience, 'i')} ORDER BY i.title, i.id`,
    ),
    actorsByIssue: groupedLoader(
      ds,
      Actor,
      `SELECT ia.issue_id AS "_key", ${entityColumns(ds, Actor, 'a')}
         FROM ${t.issueActors} ia JOIN ${t.actors} a ON a.id = ia.actor_id
        WHERE ia.issue_id = ANY($1::uuid[]) AND ${notDeleted(audience, 'a')} ORDER BY a.name, a.id`,
    ),
  };
}
