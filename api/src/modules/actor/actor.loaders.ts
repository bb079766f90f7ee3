import type { DataSource } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import { entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { byIdLoader, groupedLoader } from '../../graphql/loaders';
import { Issue } from '../issue/issue.entity';
import { ActorRole } from './actor-role.entity';
import { Actor } from './actor.entity';

export function actorLoaders(ds: DataSource, audience: Audience) {
  const t = tablesFor(audience);
  return {
    actorById: byIdLoader(ds, Actor, t.actors),
    rolesByActor: groupedLoader(
      ds,
      ActorRole,
      `SELECT r.actor_id AS "_key", ${entityColumns(ds, ActorRole, 'r')}
         FROM ${t.actorRoles} r WHERE r.actor_id = ANY($1::uuid[])
        ORDER BY r.started_on DESC NULLS LAST, r.id`,
    ),
    issuesByActor: groupedLoader(
      ds,
      Issue,
      `SELECT ia.actor_id AS "_key", ${entityColumns(ds, Issue, 'i')}
         FROM ${t.issueActors} ia JOIN ${t.issues} i ON i.id = ia.issue_id
        WHERE ia.actor_id = ANY($1::uuid[]) AND ${notDeleted(audience, 'i')} ORDER BY i.title, i.id`,
    ),
  };
}
