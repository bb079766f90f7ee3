import { LIMITS } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { notDeleted, tablesFor } from '../../database/tables';
import { badInput } from '../../graphql/errors';
import { UUID } from '../../graphql/loaders';
import { CURATED, typeOfSql } from '../review/curated.registry';

export type NodeType = 'Actor' | 'Article' | 'Issue' | 'Quote' | 'FactCheck';

export interface Hit {
  type: NodeType;
  id: string;
  score: number;
}

export class SearchService {
  constructor(private readonly db: EntityManager) {}

  /** Which type an id belongs to, among the records this viewer may see; one statement over all four. */
  async typeOf(id: string, viewer: Viewer): Promise<NodeType | null> {
    if (!UUID.test(id)) return null;
    const audience = audienceOf(viewer);
    const rows: { type: keyof typeof CURATED }[] = await this.db.query(typeOfSql(audience === 'public' ? 'published_' : ''), [id]);
    return rows[0] ? CURATED[rows[0].type].typeName : null;
  }

  /**
   * Ranked hits across actors and issues (trigram closeness of names, 0-1) and
   * quotes and articles (full-text rank scaled to 0-1), best first.
   */
  async search(query: string, first: number, viewer: Viewer): Promise<Hit[]> {
    const q = query.trim();
    if (!q) throw badInput('query must not be blank');
    if (q.length > LIMITS.searchQueryMax) throw badInput(`query is longer than ${LIMITS.searchQueryMax} characters`);
    const audience = audienceOf(viewer);
    const t = tablesFor(audience);
    const live = (alias: string) => notDeleted(audience, alias);
    const rows: Hit[] = await this.db.query(
      `WITH tsq AS (SELECT websearch_to_tsquery('english', $1) AS q)
       SELECT type, id, score FROM (
         SELECT 'Actor' AS type, a.id, word_similarity(lower($1), a.search_names)::float8 AS score
           FROM ${t.actors} a WHERE lower($1) <% a.search_names AND ${live('a')}
         UNION ALL
         SELECT 'Issue', i.id, word_similarity(lower($1), i.search_names)::float8
           FROM ${t.issues} i WHERE lower($1) <% i.search_names AND ${live('i')}
         UNION ALL
         SELECT 'Quote', q.id, ts_rank(q.search_vector, tsq.q, 32)::float8
           FROM ${t.quotes} q, tsq WHERE q.search_vector @@ tsq.q AND ${live('q')}
         UNION ALL
         SELECT 'Article', a.id, ts_rank(a.search_vector, tsq.q, 32)::float8
           FROM ${t.articles} a, tsq WHERE a.search_vector @@ tsq.q AND ${live('a')}
       ) hits
       ORDER BY score DESC, type, id
       LIMIT $2`,
      [q, first],
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
