import { LIMITS } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../graphql/errors';
import { UUID } from '../../graphql/loaders';

export type NodeType = 'Actor' | 'Article' | 'Issue' | 'Quote';

export interface Hit {
  type: NodeType;
  id: string;
  score: number;
}


export class SearchService {
  constructor(private readonly db: EntityManager) {}

  /** Which table holds this id; one statement over all four. */
  async typeOf(id: string): Promise<NodeType | null> {
    if (!UUID.test(id)) return null;
    const rows: { type: NodeType }[] = await this.db.query(
      `SELECT 'Actor' AS type FROM actors WHERE id = $1
       UNION ALL SELECT 'Article' FROM articles WHERE id = $1
       UNION ALL SELECT 'Issue' FROM issues WHERE id = $1
       UNION ALL SELECT 'Quote' FROM quotes WHERE id = $1`,
      [id],
    );
    return rows[0]?.type ?? null;
  }

  /**
   * Ranked hits across actors and issues (trigram closeness of names, 0-1) and
   * quotes and articles (full-text rank scaled to 0-1), best first.
   */
  async search(query: string, first: number): Promise<Hit[]> {
    const q = query.trim();
    if (!q) throw badInput('query must not be blank');
    if (q.length > LIMITS.searchQueryMax) throw badInput(`query is longer than ${LIMITS.searchQueryMax} characters`);
    const rows: { type: NodeType; id: string; score: number }[] = await this.db.query(
      `WITH tsq AS (SELECT websearch_to_tsquery('english', $1) AS q)
       SELECT type, id, score FROM (
         SELECT 'Actor' AS type, a.id, word_similarity(lower($1), a.search_names)::float8 AS score
           FROM actors a WHERE lower($1) <% a.search_names
         UNION ALL
         SELECT 'Issue', i.id, word_similarity(lower($1), i.search_names)::float8
           FROM issues i WHERE lower($1) <% i.search_names
         UNION ALL
         SELECT 'Quote', q.id, ts_rank(q.search_vector, tsq.q, 32)::float8
           FROM quotes q, tsq WHERE q.search_vector @@ tsq.q
         UNION ALL
         SELECT 'Article', a.id, ts_rank(a.search_vector, tsq.q, 32)::float8
           FROM articles a, tsq WHERE a.search_vector @@ tsq.q
       ) hits
       ORDER BY score DESC, type, id
       LIMIT $2`,
      [q, first],
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
