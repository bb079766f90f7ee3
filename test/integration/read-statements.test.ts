import { ok, startTestApp, type TestApp } from '../support/app';

/** The standard reads cost exactly one SQL statement each, whatever the page size and nesting (issue 7). */
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
afterAll(() => app?.close());

const QUOTE_PAGE = `edges { cursor node { id text kind saidOn speaker { id name } article { id title publishedOn outlet { name } } issues { id title } } }`;

const STANDARD_READS: Record<string, [string, Record<string, unknown>?]> = {
  'newest quotes': [`query($n: Int) { quotes(first: $n) { totalCount pageInfo { hasNextPage endCursor } ${QUOTE_PAGE} } }`],
  'quotes by actor': [`query($n: Int, $a: ID!) { quotes(first: $n, filter: { speakerId: $a }) { ${QUOTE_PAGE} } }`, { a: 'actor' }],
  'quotes by issue': [
    `query($n: Int, $i: ID!) { quotes(first: $n, filter: { issueId: $i, includeSubIssues: true }) { ${QUOTE_PAGE} } }`,
    { i: 'issue' },
  ],
  'quotes by search': [`query($n: Int) { quotes(first: $n, filter: { search: "treaty" }) { totalCount ${QUOTE_PAGE} } }`],
  'fuzzy actor search': [
    `query($n: Int) { actors(first: $n, filter: { search: "Vladmir Putin" }) { edges { node { id name kind aliases } } } }`,
  ],
  'article with quotes and mentions': [
    `query($id: ID!) { article(id: $id) { id title body publishedOn quotes { id text startOffset endOffset speaker { name } } mentions { startOffset endOffset text actor { id name } } } }`,
    { id: 'article' },
  ],
  'issue with sub-issues and latest quotes': [
    `query($id: ID!, $n: Int!) { issue(id: $id) { id title children { id title slug quotes(first: $n) { id text speaker { name } } } quotes(first: $n) { id text } } }`,
    { id: 'issue' },
  ],
};

describe.each(Object.entries(STANDARD_READS))('%s', (_name, [query, refs]) => {
  it.each([1, 5, 50])('costs one statement with page size %i', async (n) => {
    const variables: Record<string, unknown> = { n };
    for (const [key, ref] of Object.entries(refs ?? {})) variables[key] = ids[ref as string];
    const result = await app.gql(query, variables);
    ok(result);
    expect(result.statements).toBe(1);
  });
});

describe('the compiled read', () => {
  it('returns what the field resolvers return, aliases and fragments included', async () => {
    const query = `query($id: ID!) {
      article(id: $id) {
        title
        first: quotes { ...Q }
        again: quotes { id }
        mentions { actor { name roles { title organization { name } } } }
      }
    }
    fragment Q on Quote { id text speaker { name aka: aliases } coSpeakers { name } issues { slug parent { slug } } updatedAt createdAt }`;
    const data = ok(await app.gql(query, { id: ids.article }));
    expect(data.article.first).toHaveLength(6);
    expect(data.article.again.map((q: any) => q.id)).toEqual(data.article.first.map((q: any) => q.id));
    const joint = data.article.first.find((q: any) => q.coSpeakers.length);
    expect(joint.speaker.name).toBe('Vladimir Putin');
    expect(joint.coSpeakers).toEqual([{ name: 'Ilham Aliyev' }]);
    expect(data.article.first[0].issues[0].parent).toEqual({ slug: 'armenia-azerbaijan-peace-process' });
    expect(new Date(data.article.first[0].createdAt).getTime()).toBeGreaterThan(0);
    const bayramov = data.article.mentions.find((m: any) => m.actor.name === 'Jeyhun Bayramov');
    expect(bayramov.actor.roles).toEqual([{ title: 'Foreign Minister', organization: { name: 'Azerbaijan' } }]);
  });

  it('serves the same values as the DataLoader path', async () => {
    // search() resolves nodes through loaders and field resolvers; quotes() through the compiled statement.
    const compiled = ok(
      await app.gql(
        `{ quotes(filter: { search: "obstacle" }) { edges { node { id text saidOn createdAt speaker { name } issues { slug } } } } }`,
      ),
    );
    const loaded = ok(
      await app.gql(
        `{ search(query: "obstacle", first: 10) { node { __typename ... on Quote { id text saidOn createdAt speaker { name } issues { slug } } } } }`,
      ),
    );
    const { __typename, ...quote } = loaded.search.find((hit: any) => hit.node.__typename === 'Quote').node;
    expect(__typename).toBe('Quote');
    expect(compiled.quotes.edges[0].node).toEqual(quote);
  });
});
