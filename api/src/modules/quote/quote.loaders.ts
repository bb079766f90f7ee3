import type { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader, KeyedLoaders } from '../../graphql/loaders';
import { asEntity, entityColumns } from '../../database/select';
import { Actor } from '../actor/actor.entity';
import { Issue } from '../issue/issue.entity';
import { Quote } from './quote.entity';

import type { Keyed } from '../../graphql/loaders';

export function quoteLoaders(ds: DataSource) {
  const quoteCols = entityColumns(ds, Quote, 'q');
  return {
    quoteById: byIdLoader(ds, Quote),
    issuesByQuote: groupedLoader<Keyed<Issue>>(async (ids) => {
      const rows = await ds.query(
        `SELECT qi.quote_id AS "_key", ${entityColumns(ds, Issue, 'i')}
           FROM quote_issues qi JOIN issues i ON i.id = qi.issue_id
          WHERE qi.quote_id = ANY($1::uuid[]) ORDER BY i.title, i.id`,
        [ids],
      );
      return rows.map((r: Record<string, unknown>) => asEntity(ds, Issue, r) as Keyed<Issue>);
    }, (r) => r._key),
    coSpeakersByQuote: groupedLoader<Keyed<Actor>>(async (ids) => {
      const rows = await ds.query(
        `SELECT cs.quote_id AS "_key", ${entityColumns(ds, Actor, 'a')}
           FROM quote_co_speakers cs JOIN actors a ON a.id = cs.actor_id
          WHERE cs.quote_id = ANY($1::uuid[]) ORDER BY cs.position, a.name`,
        [ids],
      );
      return rows.map((r: Record<string, unknown>) => asEntity(ds, Actor, r) as Keyed<Actor>);
    }, (r) => r._key),
    quotesByArticle: groupedLoader<Quote>(async (ids) => {
      const rows = await ds.query(`SELECT ${quoteCols} FROM quotes q WHERE q.article_id = ANY($1::uuid[]) ORDER BY q.start_offset, q.id`, [ids]);
      return rows.map((r: Record<string, unknown>) => asEntity(ds, Quote, r));
    }, (q) => q.articleId),
    /** Newest quotes per speaker (alone or jointly), `first` of each. */
    quotesBySpeaker: new KeyedLoaders((first: number) =>
      groupedLoader<Keyed<Quote>>(async (ids) => {
        const rows = await ds.query(
          `SELECT * FROM (
             SELECT s.actor_id AS "_key", ${quoteCols},
                    row_number() OVER (PARTITION BY s.actor_id ORDER BY q.said_on DESC, q.id DESC) AS rn
               FROM (SELECT q.id AS quote_id, q.speaker_id AS actor_id FROM quotes q WHERE q.speaker_id = ANY($1::uuid[])
                     UNION SELECT cs.quote_id, cs.actor_id FROM quote_co_speakers cs WHERE cs.actor_id = ANY($1::uuid[])) s
               JOIN quotes q ON q.id = s.quote_id
           ) t WHERE rn <= $2`,
          [ids, first],
        );
        return rows.map(({ rn: _rn, ...r }: Record<string, unknown>) => asEntity(ds, Quote, r) as Keyed<Quote>);
      }, (r) => r._key),
    ),
    /** Newest quotes per issue, `first` of each. */
    quotesByIssue: new KeyedLoaders((first: number) =>
      groupedLoader<Keyed<Quote>>(async (ids) => {
        const rows = await ds.query(
          `SELECT * FROM (
             SELECT qi.issue_id AS "_key", ${quoteCols},
                    row_number() OVER (PARTITION BY qi.issue_id ORDER BY q.said_on DESC, q.id DESC) AS rn
               FROM quote_issues qi JOIN quotes q ON q.id = qi.quote_id
              WHERE qi.issue_id = ANY($1::uuid[])
           ) t WHERE rn <= $2`,
          [ids, first],
        );
        return rows.map(({ rn: _rn, ...r }: Record<string, unknown>) => asEntity(ds, Quote, r) as Keyed<Quote>);
      }, (r) => r._key),
    ),
  };
}
