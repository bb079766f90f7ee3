/**
 * The "floor": one hand-written SQL statement per read that builds the whole JSON
 * page in PostgreSQL. Shapes are the canonical ones the verifier compares
 * (see reads.ts), so the floor's answer needs no reshaping.
 * `p` is the table prefix: `published_` once the review workflow's public twins exist.
 */
export interface FloorStatement {
  sql: string;
  /** Variable names, in $1, $2 … order. */
  params: string[];
}

export function floorStatements(p: string): Record<string, FloorStatement> {
  const quoteJson = `json_build_object('id', q.id, 'text', q.text, 'saidOn', q.said_on,
      'speaker', json_build_object('id', s.id, 'name', s.name),
      'article', json_build_object('id', a.id, 'title', a.title, 'publishedOn', a.published_on, 'outlet', o.name),
      'issues', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'title', i.title) ORDER BY i.title, i.id), '[]'::json)
                   FROM ${p}quote_issues qi JOIN ${p}issues i ON i.id = qi.issue_id WHERE qi.quote_id = q.id))`;
  const quoteList = (page: string) => `SELECT coalesce(json_agg(${quoteJson} ORDER BY q.said_on DESC, q.id DESC), '[]'::json)::text AS json
      FROM (${page}) q
      JOIN ${p}actors s ON s.id = q.speaker_id
      JOIN ${p}articles a ON a.id = q.article_id
      LEFT JOIN outlets o ON o.id = a.outlet_id`;
  return {
    quotesNewest: {
      sql: quoteList(`SELECT * FROM ${p}quotes ORDER BY said_on DESC, id DESC LIMIT $1`),
      params: ['n'],
    },
    quotesByActor: {
      // Alone or jointly, like the API's speakerId filter: each branch walks its own index.
      sql: quoteList(`SELECT q.* FROM (
          (SELECT id, said_on FROM ${p}quotes WHERE speaker_id = $1 ORDER BY said_on DESC, id DESC LIMIT $2)
          UNION
          (SELECT q.id, q.said_on FROM ${p}quote_co_speakers cs JOIN ${p}quotes q ON q.id = cs.quote_id
            WHERE cs.actor_id = $1 ORDER BY q.said_on DESC, q.id DESC LIMIT $2)
          ORDER BY said_on DESC, id DESC LIMIT $2) u JOIN ${p}quotes q ON q.id = u.id`),
      params: ['actor', 'n'],
    },
    quotesByIssue: {
      sql: quoteList(`SELECT q.* FROM ${p}quote_issues qi JOIN ${p}quotes q ON q.id = qi.quote_id
          WHERE qi.issue_id = $1 ORDER BY qi.said_on DESC, qi.quote_id DESC LIMIT $2`),
      params: ['issue', 'n'],
    },
    quotesSearch: {
      sql: quoteList(`SELECT * FROM ${p}quotes WHERE search_vector @@ websearch_to_tsquery('english', $1)
          ORDER BY said_on DESC, id DESC LIMIT $2`),
      params: ['term', 'n'],
    },
    actorsSearch: {
      sql: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'kind', a.kind) ORDER BY a.rel DESC, a.id DESC), '[]'::json)::text AS json
          FROM (SELECT id, name, kind, word_similarity(lower($1), search_names)::float8 AS rel FROM ${p}actors
                 WHERE lower($1) <% search_names ORDER BY 4 DESC, id DESC LIMIT $2) a`,
      params: ['term', 'n'],
    },
    article: {
      sql: `SELECT json_build_object('id', a.id, 'title', a.title, 'publishedOn', a.published_on, 'outlet', o.name,
          'quotes', (SELECT coalesce(json_agg(json_build_object('id', q.id, 'text', q.text, 'startOffset', q.start_offset, 'endOffset', q.end_offset,
                        'speaker', json_build_object('id', s.id, 'name', s.name)) ORDER BY q.start_offset, q.id), '[]'::json)
                       FROM ${p}quotes q JOIN ${p}actors s ON s.id = q.speaker_id WHERE q.article_id = a.id),
          'mentions', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'text', m.text, 'startOffset', m.start_offset,
                        'actor', json_build_object('id', x.id, 'name', x.name)) ORDER BY m.start_offset, m.id), '[]'::json)
                       FROM ${p}article_mentions m JOIN ${p}actors x ON x.id = m.actor_id WHERE m.article_id = a.id))::text AS json
        FROM ${p}articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = $1`,
      params: ['id'],
    },
    issue: {
      sql: `SELECT json_build_object('id', i.id, 'title', i.title, 'slug', i.slug,
          'parent', (SELECT json_build_object('id', pa.id, 'title', pa.title) FROM ${p}issues pa WHERE pa.id = i.parent_id),
          'children', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'title', c.title) ORDER BY c.title, c.id), '[]'::json)
                         FROM ${p}issues c WHERE c.parent_id = i.id),
          'quotes', (SELECT coalesce(json_agg(json_build_object('id', q.id, 'text', q.text, 'saidOn', q.said_on,
                        'speaker', json_build_object('id', s.id, 'name', s.name)) ORDER BY q.said_on DESC, q.id DESC), '[]'::json)
                       FROM (SELECT q.* FROM ${p}quote_issues qi JOIN ${p}quotes q ON q.id = qi.quote_id
                              WHERE qi.issue_id = i.id ORDER BY qi.said_on DESC, qi.quote_id DESC LIMIT $2) q
                       JOIN ${p}actors s ON s.id = q.speaker_id))::text AS json
        FROM ${p}issues i WHERE i.id = $1`,
      params: ['id', 'n'],
    },
  };
}
