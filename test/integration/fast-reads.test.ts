import { fastLaneServed } from '../../api/src/graphql/read/fast-lane';
import { fastReadsServed, setFastReads } from '../../api/src/graphql/read/fast-response';
import { ok, startTestApp, type TestApp } from '../support/app';

/**
 * Anonymous reads the compiler can answer whole skip the resolvers; the answer
 * must be the same, to the byte, as the ordinary path's.
 */
let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const data = ok(
    await app.gql(
      `{ actors(filter: { search: "Bayramov" }) { edges { node { id } } } issueBySlug(slug: "armenia-azerbaijan-peace-process") { id } articles { edges { node { id } } } }`,
    ),
  );
  ids.actor = data.actors.edges[0].node.id;
  ids.issue = data.issueBySlug.id;
  ids.article = data.articles.edges[0].node.id;
});
afterAll(() => {
  setFastReads(true);
  return app?.close();
});

/** name, query, variables, whether the fast path should answer it */
const QUERIES: [string, string, Record<string, unknown>?, boolean?][] = [
  [
    'newest quotes',
    `query($n: Int) { quotes(first: $n) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id text kind saidOn createdAt speaker { id name } article { id title publishedOn outlet { name } } issues { id title } } } } }`,
    { n: 4 },
  ],
  [
    'by actor, aliased, typenames',
    `query($a: ID!) { list: quotes(first: 10, filter: { speakerId: $a }) { __typename edges { __typename c: cursor n: node { __typename t: text who: speaker { n: name } } } } }`,
    { a: 'actor' },
  ],
  [
    'by issue subtree',
    `query($i: ID!) { quotes(first: 3, filter: { issueId: $i, includeSubIssues: true }) { totalCount edges { node { text issues { slug parent { slug } } } } } }`,
    { i: 'issue' },
  ],
  ['search ranked', `{ quotes(filter: { search: "treaty" }, orderBy: { field: RELEVANCE }) { edges { cursor node { text } } } }`],
  ['backwards', `{ quotes(last: 2) { pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id } } } }`],
  [
    'fragments',
    `query { actors(filter: { search: "Putin" }) { edges { node { ...A } } } } fragment A on Actor { name aliases misspellings kind roles { title startedOn organization { name } } quotes(first: 2) { text } }`,
  ],
  [
    'article with quotes and mentions',
    `query($id: ID!) { article(id: $id) { title body quotes { text startOffset endOffset speaker { name } coSpeakers { name } } mentions { text startOffset actor { name } } } }`,
    { id: 'article' },
  ],
  [
    'issue tree',
    `query($id: ID!) { issue(id: $id) { title children { slug quotes(first: 2) { text } } actors { name } } }`,
    { id: 'issue' },
  ],
  ['by slug', `{ issueBySlug(slug: "peace-treaty-draft") { title parent { title } } }`],
  ['missing ids', `{ quote(id: "00000000-0000-4000-8000-000000000000") { id } actor(id: "nope") { id } }`, undefined, false],
  [
    'fields the compiler leaves to resolvers',
    `{ quotes(first: 2) { edges { node { text verbatim { matches } titleChecks { title } factCheck { verdict } } } } }`,
    undefined,
    false,
  ],
  ['invalid arguments', `{ quotes(first: 1000) { totalCount } }`, undefined, false],
  [
    'skip and include',
    `query($s: Boolean!) { quotes(first: 2) { edges { node { text @skip(if: $s) kind @include(if: $s) } } } }`,
    { s: true },
  ],
];

function variablesOf(refs?: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(refs ?? {})) variables[key] = typeof value === 'string' && ids[value] ? ids[value] : value;
  return variables;
}

/** The raw answer: status, the headers a client could tell apart, and the body bytes. */
async function raw(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // Every header but the per-request ones, in order.
  const seen: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (!['date', 'x-request-id', 'x-sql-statements'].includes(name)) seen.push([name, value]);
  });
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  // Statements are not compared: the ordinary path may need more for the same answer.
  const statements = Number(response.headers.get('x-sql-statements'));
  return { status: response.status, headers: seen, body: await response.text(), statements };
}

describe.each(QUERIES)('%s', (_name, query, refs, eligible = true) => {
  it('answers the same bytes and headers in the fast lane as through Apollo', async () => {
    const variables = variablesOf(refs);
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      const headers: Record<string, string> = accept ? { accept } : {};
      setFastReads(false);
      const { statements: _slowStatements, ...slow } = await raw(query, variables, headers);
      setFastReads(true);
      const before = fastLaneServed();
      const { statements, ...fast } = await raw(query, variables, headers);
      expect(fastLaneServed() - before).toBe(eligible ? 1 : 0);
      expect(fast).toEqual(slow);
      if (eligible) expect(statements).toBe(1);
    }
  });

  it('answers the same with and without the fast path', async () => {
    const variables = variablesOf(refs);
    setFastReads(false);
    const slow = await app.gql(query, variables);
    setFastReads(true);
    const before = fastReadsServed();
    const fast = await app.gql(query, variables);
    expect(fastReadsServed() - before).toBe(eligible ? 1 : 0);
    expect(fast.status).toBe(slow.status);
    expect(JSON.stringify({ data: fast.data, errors: fast.errors?.map((e) => e.message) })).toBe(
      JSON.stringify({ data: slow.data, errors: slow.errors?.map((e) => e.message) }),
    );
  });
});

it('leaves requests with credentials, CORS, GET requests and other Accept values to Apollo', async () => {
  setFastReads(true);
  const query = '{ quotes(first: 2) { edges { node { id } } } }';
  const variants: Record<string, string>[] = [
    { authorization: 'Bearer nope' },
    { cookie: 'other=1' },
    { accept: 'application/xml' },
    { origin: 'https://elsewhere.example' },
    { 'content-type': 'application/json; charset=utf-8' },
  ];
  for (const headers of variants) {
    const before = fastLaneServed();
    await raw(query, {}, headers);
    expect(fastLaneServed()).toBe(before);
  }
  const before = fastLaneServed();
  const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': '1' } });
  expect(response.status).toBe(200);
  expect(fastLaneServed()).toBe(before);
});

it('reports a body that is not JSON as the ordinary path does', async () => {
  const post = async (body: string) => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, body: await response.text() };
  };
  for (const body of ['{"query": ', '"just a string"', 'null', '{"query": "{ quotes(first: 1) { totalCount } }", "variables": 3}']) {
    setFastReads(false);
    const slow = await post(body);
    setFastReads(true);
    const before = fastLaneServed();
    const fast = await post(body);
    expect(fast.status).toBe(400);
    expect(fast).toEqual(slow);
    expect(fastLaneServed()).toBe(before);
  }
});

it('reports errors of a document the lane has seen through Apollo', async () => {
  setFastReads(true);
  const bad = '{ quotes(first: 2) { edges { node { nope } } } }';
  for (let i = 0; i < 2; i++) {
    const result = await app.gql(bad);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
  const deep = '{ quotes(first: 101) { totalCount } }';
  const result = await app.gql(deep);
  expect(result.errors?.[0].extensions?.code).toBe('PAGE_TOO_LARGE');
});

it('answers a standard read in one statement without resolvers', async () => {
  setFastReads(true);
  const result = await app.gql(QUERIES[0][1], { n: 6 });
  expect(ok(result).quotes.edges).toHaveLength(6);
  expect(result.statements).toBe(1);
});
