import type { DataSource } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import { entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { byIdLoader, groupedLoader, KeyedLoaders } from '../../graphql/loaders';
import { Actor } from '../actor/actor.entity';
import { Issue } from '../issue/issue.entity';
import { Quote } from './quote.entity';

export function quoteLoaders(ds: DataSource, audience: Audience) {
  const t = tablesFor(audience);
  const q = entityColumns(ds, Quote, 'q');
  const live = (alias: string) => notDeleted(audience, alias);
  return {
    quoteById: byIdLoader(ds, Quote, t.quotes),
    issuesByQuote: groupedLoader(
      ds,
      Issue,
      `SELECT qi.quote_id AS "_key", ${entityColumns(ds, Issue, 'i')}
         FROM ${t.quoteIssues} qi JOIN ${t.issues} i ON i.id = qi.issue_id
        WHERE qi.quote_id = ANY($1::uuid[]) AND ${live('i')} ORDER BY i.title, i.id`,
    ),
    coSpeakersByQuote: groupedLoader(
      ds,
      Actor,
      `SELECT cs.quote_id AS "_key", ${entityColumns(ds, Actor, 'a')}
         FROM ${t.quoteCoSpeakers} cs JOIN ${t.actors} a ON a.id = cs.actor_id
        WHERE cs.quote_id = ANY($1::uuid[]) AND ${live('a')} ORDER BY cs.position, a.name`,
    ),
    quotesByArticle: groupedLoader(
      ds,
      Quote,
      `SELECT q.article_id AS "_key", ${q} FROM ${t.quotes} q
        WHERE q.article_id = ANY($1::uuid[]) AND ${live('q')} ORDER BY q.start_offset, q.id`,
    ),
    /** Newest quotes per speaker (alone or jointly), `first` of each. */
    quotesBySpeaker: new KeyedLoaders((first: number) =>
      groupedLoader(
        ds,
        Quote,
        `SELECT * FROM (
           SELECT s.actor_id AS "_key", ${q},
                  row_number() OVER (PARTITION BY s.actor_id ORDER BY q.said_on DESC, q.id DESC) AS _rn
             FROM (SELECT q.id AS quote_id, q.speaker_id AS actor_id FROM ${t.quotes} q WHERE q.speaker_id = ANY($1::uuid[])
                   UNION SELECT cs.quote_id, cs.actor_id FROM ${t.quoteCoSpeakers} cs WHERE cs.actor_id = ANY($1::uuid[])) s
             JOIN ${t.quotes} q ON q.id = s.quote_id
            WHERE ${live('q')}
         ) ranked WHERE _rn <= $2`,
        (ids) => [ids, first],
      ),
    ),
    /** Newest quotes per issue, `first` of each. */
    quotesByIssue: new KeyedLoaders((first: number) =>
      groupedLoader(
        ds,
        Quote,
        `SELECT * FROM (
           SELECT qi.issue_id AS "_key", ${q},
                  row_number() OVER (PARTITION BY qi.issue_id ORDER BY q.said_on DESC, q.id DESC) AS _rn
             FROM ${t.quoteIssues} qi JOIN ${t.quotes} q ON q.id = qi.quote_id
            WHERE qi.issue_id = ANY($1::uuid[]) AND ${live('q')}
         ) ranked WHERE _rn <= $2`,
        (ids) => [ids, first],
      ),
    ),
  };
}
