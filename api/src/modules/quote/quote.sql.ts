import type { Tables } from '../../database/tables';

/**
 * SQL for the (id, said_on) of every quote an actor said, alone or jointly, from narrow index scans;
 * `actor` is a bound parameter or a column (':speakerId', 'a.id'). With `order`, the candidates come
 * sorted newest first (DESC) or oldest first (ASC): joined to the quote rows afterwards, the planner
 * keeps that order and reads only a page's rows, instead of every quote of a prolific speaker.
 */
export function speakerQuoteCandidatesSql(t: Tables, actor: string, order?: 'ASC' | 'DESC'): string {
  const sorted = order ? ` ORDER BY said_on ${order}, id ${order}` : '';
  return `SELECT x.id, x.said_on FROM ${t.quotes} x WHERE x.speaker_id = ${actor}
    UNION ALL SELECT x.id, x.said_on FROM ${t.quotes} x JOIN ${t.quoteCoSpeakers} cs ON cs.quote_id = x.id WHERE cs.actor_id = ${actor}${sorted}`;
}
