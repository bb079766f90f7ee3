/**
 * The standard reads, written once per server: a GraphQL document for this API,
 * one for PostGraphile's generated schema, and the floor's SQL (floor-sql.ts).
 * Each server's answer is turned into one canonical shape, so the verifier can
 * demand the same records in the same order before anything is measured.
 */
import type { Client } from 'pg';

export type ServerName = 'api' | 'postgraphile' | 'floor';
export const SERVERS: ServerName[] = ['api', 'postgraphile', 'floor'];

export interface Variant {
  label: string;
  vars: Record<string, unknown>;
}

export interface ReadDef {
  name: string;
  description: string;
  api: string;
  postgraphile: string;
  /** Canonical shape from each server's `data`. */
  canonical: Record<ServerName, (data: any) => unknown>;
  variants: Variant[];
}

export const PAGE = 50;
export const ACTOR_PAGE = 20;
export const ISSUE_QUOTES = 20;

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const apiQuote = (q: any) => ({
  id: q.id,
  text: q.text,
  saidOn: q.saidOn,
  speaker: { id: q.speaker.id, name: q.speaker.name },
  article: { id: q.article.id, title: q.article.title, publishedOn: q.article.publishedOn, outlet: q.article.outlet?.name ?? null },
  // PostGraphile lists a join table by its key, the API by title: compare the sets.
  issues: byId(q.issues.map((i: any) => ({ id: i.id, title: i.title }))),
});
const floorQuote = (q: any) => ({ ...q, issues: byId(q.issues) });

/** PostGraphile's names for a table under the prefix: allPublishedQuotes, publishedActorBySpeakerId … */
function names(prefix: string) {
  const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const pascal = (s: string) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
  const t = (table: string) => camel(prefix + table);
  return { all: (table: string) => `all${pascal(prefix + table)}`, t };
}

export function buildReads(prefix: string, variants: Record<string, Variant[]>): ReadDef[] {
  const { all, t } = names(prefix);
  const pglQuote = `rowId text saidOn
      ${t('actor')}BySpeakerId { rowId name }
      ${t('article')}ByArticleId { rowId title publishedOn outletByOutletId { name } }
      ${t('quote_issues')}ByQuoteId { nodes { ${t('issue')}ByIssueId { rowId title } } }`;
  const pglQuoteCanonical = (q: any) => ({
    id: q.rowId,
    text: q.text,
    saidOn: q.saidOn,
    speaker: { id: q[`${t('actor')}BySpeakerId`].rowId, name: q[`${t('actor')}BySpeakerId`].name },
    article: {
      id: q[`${t('article')}ByArticleId`].rowId,
      title: q[`${t('article')}ByArticleId`].title,
      publishedOn: q[`${t('article')}ByArticleId`].publishedOn,
      outlet: q[`${t('article')}ByArticleId`].outletByOutletId?.name ?? null,
    },
    issues: byId(
      q[`${t('quote_issues')}ByQuoteId`].nodes.map((n: any) => ({
        id: n[`${t('issue')}ByIssueId`].rowId,
        title: n[`${t('issue')}ByIssueId`].title,
      })),
    ),
  });
  const apiQuoteFields = 'id text saidOn speaker { id name } article { id title publishedOn outlet { name } } issues { id title }';
  const quoteList = (name: string, description: string, apiArgs: string, apiVars: string, pglField: string, pglVars: string): ReadDef => ({
    name,
    description,
    api: `query ${name}(${apiVars}) { quotes(${apiArgs}) { edges { node { ${apiQuoteFields} } } } }`,
    postgraphile: `query ${name}(${pglVars}) { list: ${pglField} { nodes { ${pglQuote} } } }`,
    canonical: {
      api: (d) => d.quotes.edges.map((e: any) => apiQuote(e.node)),
      postgraphile: (d) => d.list.nodes.map(pglQuoteCanonical),
      floor: (d) => d.map(floorQuote),
    },
    variants: variants[name] ?? [],
  });

  return [
    quoteList(
      'quotesNewest',
      `newest ${PAGE} quotes with speaker, article (title, date, outlet) and issues`,
      'first: $n',
      '$n: Int!',
      `${all('quotes')}(first: $n, orderBy: [SAID_ON_DESC, ROW_ID_DESC])`,
      '$n: Int!',
    ),
    quoteList(
      'quotesByActor',
      `newest ${PAGE} quotes of one actor`,
      'first: $n, filter: { speakerId: $actor }',
      '$actor: ID!, $n: Int!',
      `${all('quotes')}(first: $n, condition: { speakerId: $actor }, orderBy: [SAID_ON_DESC, ROW_ID_DESC])`,
      '$actor: UUID!, $n: Int!',
    ),
    quoteList(
      'quotesByIssue',
      `newest ${PAGE} quotes on one issue`,
      'first: $n, filter: { issueId: $issue }',
      '$issue: ID!, $n: Int!',
      'benchQuotesByIssue(issue: $issue, n: $n)',
      '$issue: UUID!, $n: Int!',
    ),
    quoteList(
      'quotesSearch',
      `newest ${PAGE} quotes matching a full-text search`,
      'first: $n, filter: { search: $term }',
      '$term: String!, $n: Int!',
      'benchSearchQuotes(term: $term, n: $n)',
      '$term: String!, $n: Int!',
    ),
    {
      name: 'actorsSearch',
      description: `fuzzy actor search (misspelt names), ${ACTOR_PAGE} best`,
      api: `query actorsSearch($term: String!, $n: Int!) { actors(first: $n, filter: { search: $term }) { edges { node { id name kind } } } }`,
      postgraphile: `query actorsSearch($term: String!, $n: Int!) { list: benchSearchActors(term: $term, n: $n) { nodes { rowId name kind } } }`,
      canonical: {
        api: (d) => d.actors.edges.map((e: any) => ({ id: e.node.id, name: e.node.name, kind: e.node.kind })),
        postgraphile: (d) => d.list.nodes.map((a: any) => ({ id: a.rowId, name: a.name, kind: a.kind })),
        floor: (d) => d,
      },
      variants: variants.actorsSearch ?? [],
    },
    {
      name: 'article',
      description: 'one article with its quotes (and speakers) and mentions',
      api: `query article($id: ID!) { article(id: $id) { id title publishedOn outlet { name }
          quotes { id text startOffset endOffset speaker { id name } }
          mentions { id text startOffset actor { id name } } } }`,
      postgraphile: `query article($id: UUID!) { one: ${t('article')}ByRowId(rowId: $id) { rowId title publishedOn outletByOutletId { name }
          ${t('quotes')}ByArticleId(orderBy: [START_OFFSET_ASC, ROW_ID_ASC]) { nodes { rowId text startOffset endOffset ${t('actor')}BySpeakerId { rowId name } } }
          ${t('article_mentions')}ByArticleId(orderBy: [START_OFFSET_ASC, ROW_ID_ASC]) { nodes { rowId text startOffset ${t('actor')}ByActorId { rowId name } } } } }`,
      canonical: {
        api: (d) =>
          d.article && {
            id: d.article.id,
            title: d.article.title,
            publishedOn: d.article.publishedOn,
            outlet: d.article.outlet?.name ?? null,
            quotes: d.article.quotes.map((q: any) => ({
              id: q.id,
              text: q.text,
              startOffset: q.startOffset,
              endOffset: q.endOffset,
              speaker: { id: q.speaker.id, name: q.speaker.name },
            })),
            mentions: d.article.mentions.map((m: any) => ({
              id: m.id,
              text: m.text,
              startOffset: m.startOffset,
              actor: { id: m.actor.id, name: m.actor.name },
            })),
          },
        postgraphile: (d) =>
          d.one && {
            id: d.one.rowId,
            title: d.one.title,
            publishedOn: d.one.publishedOn,
            outlet: d.one.outletByOutletId?.name ?? null,
            quotes: d.one[`${t('quotes')}ByArticleId`].nodes.map((q: any) => ({
              id: q.rowId,
              text: q.text,
              startOffset: q.startOffset,
              endOffset: q.endOffset,
              speaker: { id: q[`${t('actor')}BySpeakerId`].rowId, name: q[`${t('actor')}BySpeakerId`].name },
            })),
            mentions: d.one[`${t('article_mentions')}ByArticleId`].nodes.map((m: any) => ({
              id: m.rowId,
              text: m.text,
              startOffset: m.startOffset,
              actor: { id: m[`${t('actor')}ByActorId`].rowId, name: m[`${t('actor')}ByActorId`].name },
            })),
          },
        floor: (d) => d,
      },
      variants: variants.article ?? [],
    },
    {
      name: 'issue',
      description: `one issue with its parent, sub-issues and latest ${ISSUE_QUOTES} quotes`,
      api: `query issue($id: ID!, $n: Int!) { issue(id: $id) { id title slug parent { id title } children { id title }
          quotes(first: $n) { id text saidOn speaker { id name } } } }`,
      postgraphile: `query issue($id: UUID!, $n: Int!) { one: ${t('issue')}ByRowId(rowId: $id) { rowId title slug
          ${t('issue')}ByParentId { rowId title }
          ${t('issues')}ByParentId(orderBy: [TITLE_ASC, ROW_ID_ASC]) { nodes { rowId title } }
          benchLatestQuotes(n: $n) { nodes { rowId text saidOn ${t('actor')}BySpeakerId { rowId name } } } } }`,
      canonical: {
        api: (d) =>
          d.issue && {
            id: d.issue.id,
            title: d.issue.title,
            slug: d.issue.slug,
            parent: d.issue.parent && { id: d.issue.parent.id, title: d.issue.parent.title },
            children: d.issue.children.map((c: any) => ({ id: c.id, title: c.title })),
            quotes: d.issue.quotes.map((q: any) => ({
              id: q.id,
              text: q.text,
              saidOn: q.saidOn,
              speaker: { id: q.speaker.id, name: q.speaker.name },
            })),
          },
        postgraphile: (d) => {
          const one = d.one;
          if (!one) return one;
          const parent = one[`${t('issue')}ByParentId`];
          return {
            id: one.rowId,
            title: one.title,
            slug: one.slug,
            parent: parent && { id: parent.rowId, title: parent.title },
            children: one[`${t('issues')}ByParentId`].nodes.map((c: any) => ({ id: c.rowId, title: c.title })),
            quotes: one.benchLatestQuotes.nodes.map((q: any) => ({
              id: q.rowId,
              text: q.text,
              saidOn: q.saidOn,
              speaker: { id: q[`${t('actor')}BySpeakerId`].rowId, name: q[`${t('actor')}BySpeakerId`].name },
            })),
          };
        },
        floor: (d) => d,
      },
      variants: variants.issue ?? [],
    },
  ];
}

/** PostGraphile sees the tables plus this schema of SQL functions (its root fields come out as benchXxx). */
export const POSTGRAPHILE_SCHEMA = 'bench';

/**
 * What a PostGraphile user would add for reads its generated CRUD cannot express
 * (ordering through a join table, full-text and trigram search): plain SQL functions,
 * which PostGraphile exposes as root fields and computed columns and inlines into its
 * one statement. Same SQL as the floor's inner pages.
 */
export function postgraphileSupportSql(p: string): string[] {
  const s = POSTGRAPHILE_SCHEMA;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE OR REPLACE FUNCTION ${s}.quotes_by_issue(issue uuid, n int) RETURNS SETOF public.${p}quotes LANGUAGE sql STABLE AS $$
       SELECT q.* FROM public.${p}quote_issues qi JOIN public.${p}quotes q ON q.id = qi.quote_id
        WHERE qi.issue_id = issue ORDER BY qi.said_on DESC, qi.quote_id DESC LIMIT n $$`,
    `CREATE OR REPLACE FUNCTION ${s}.search_quotes(term text, n int) RETURNS SETOF public.${p}quotes LANGUAGE sql STABLE AS $$
       SELECT * FROM public.${p}quotes WHERE search_vector @@ websearch_to_tsquery('english', term)
        ORDER BY said_on DESC, id DESC LIMIT n $$`,
    `CREATE OR REPLACE FUNCTION ${s}.search_actors(term text, n int) RETURNS SETOF public.${p}actors LANGUAGE sql STABLE AS $$
       SELECT * FROM public.${p}actors WHERE lower(term) OPERATOR(public.<%) search_names
        ORDER BY public.word_similarity(lower(term), search_names) DESC, id DESC LIMIT n $$`,
    // A computed column (Issue.benchLatestQuotes): PostGraphile wants it beside the table.
    `CREATE OR REPLACE FUNCTION public.${p}issues_bench_latest_quotes(i public.${p}issues, n int) RETURNS SETOF public.${p}quotes LANGUAGE sql STABLE AS $$
       SELECT q.* FROM public.${p}quote_issues qi JOIN public.${p}quotes q ON q.id = qi.quote_id
        WHERE qi.issue_id = i.id ORDER BY qi.said_on DESC, qi.quote_id DESC LIMIT n $$`,
  ];
}

/**
 * Parameters for each read, spread over the data: prolific and quiet actors,
 * big and small issues, common and rare search terms.
 */
export async function pickVariants(client: Client, p: string, count: number): Promise<Record<string, Variant[]>> {
  const spread = <T>(rows: T[]): T[] => {
    if (rows.length <= count) return rows;
    return Array.from({ length: count }, (_, i) => rows[Math.floor((i * (rows.length - 1)) / Math.max(1, count - 1))]);
  };
  const actors = await client.query<{ id: string; name: string; n: string }>(
    `SELECT a.id, a.name, count(*) AS n FROM ${p}quotes q JOIN ${p}actors a ON a.id = q.speaker_id GROUP BY a.id, a.name ORDER BY count(*) DESC, a.id LIMIT 400`,
  );
  const issues = await client.query<{ id: string; title: string; n: string }>(
    `SELECT i.id, i.title, count(*) AS n FROM ${p}quote_issues qi JOIN ${p}issues i ON i.id = qi.issue_id GROUP BY i.id, i.title ORDER BY count(*) DESC, i.id`,
  );
  const parents = await client.query<{ id: string; title: string; n: string }>(
    `SELECT i.id, i.title, (SELECT count(*) FROM ${p}issues c WHERE c.parent_id = i.id) AS n FROM ${p}issues i
      ORDER BY (SELECT count(*) FROM ${p}issues c WHERE c.parent_id = i.id) DESC, i.id`,
  );
  const articles = await client.query<{ id: string; title: string }>(`SELECT id, title FROM ${p}articles ORDER BY md5(id::text) LIMIT $1`, [
    count,
  ]);
  // Misspelt forms of prolific speakers' names: what the fuzzy search is for.
  const misspelt = await client.query<{ term: string }>(
    `SELECT m AS term FROM (SELECT a.misspellings[1] AS m, count(*) AS n FROM ${p}quotes q JOIN ${p}actors a ON a.id = q.speaker_id
      WHERE cardinality(a.misspellings) > 0 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $1) t`,
    [count],
  );
  const terms = [
    'ceasefire',
    'sanctions',
    'border agreement',
    '"peace treaty"',
    'pipeline -gas',
    'humanitarian convoy',
    'election observers',
    'survival',
  ];
  return {
    quotesNewest: [{ label: 'first page', vars: { n: PAGE } }],
    quotesByActor: spread(actors.rows).map((a) => ({ label: `${a.name} (${a.n} quotes)`, vars: { actor: a.id, n: PAGE } })),
    quotesByIssue: spread(issues.rows).map((i) => ({ label: `${i.title} (${i.n} quotes)`, vars: { issue: i.id, n: PAGE } })),
    quotesSearch: terms.slice(0, Math.max(count, 2)).map((term) => ({ label: term, vars: { term, n: PAGE } })),
    actorsSearch: misspelt.rows.map((r) => ({ label: r.term, vars: { term: r.term, n: ACTOR_PAGE } })),
    article: articles.rows.map((a) => ({ label: a.title.slice(0, 40), vars: { id: a.id } })),
    issue: spread(parents.rows).map((i) => ({ label: `${i.title} (${i.n} sub-issues)`, vars: { id: i.id, n: ISSUE_QUOTES } })),
  };
}

/** Request bodies for one read on one server, one per variant. */
export function requestBodies(read: ReadDef, server: ServerName): string[] {
  return read.variants.map((v) =>
    server === 'floor'
      ? JSON.stringify({ read: read.name, vars: v.vars })
      : JSON.stringify({ query: server === 'api' ? read.api : read.postgraphile, variables: v.vars }),
  );
}
