import { ok, startTestApp, type TestApp } from '../support/app';

/** Reads over the demo data, as an anonymous client sees it (all of it is approved). */
let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  const data = ok(
    await app.gql(`{
      actors(first: 100) { edges { node { id name } } }
      issues(first: 100) { edges { node { id slug } } }
      articles { edges { node { id } } }
    }`),
  );
  for (const { node } of data.actors.edges) ids[node.name] = node.id;
  for (const { node } of data.issues.edges) ids[node.slug] = node.id;
  ids.article = data.articles.edges[0].node.id;
});
afterAll(() => app?.close());

const texts = (data: any, key = 'quotes') => data[key].edges.map((e: any) => e.node.text.slice(0, 20));

describe('quotes filters', () => {
  it('by speaker includes joint quotes', async () => {
    const putin = ok(
      await app.gql(`query($id: ID!) { quotes(filter: { speakerId: $id }) { totalCount edges { node { text } } } }`, {
        id: ids['Vladimir Putin'],
      }),
    );
    expect(putin.quotes.totalCount).toBe(2);
    const aliyev = ok(
      await app.gql(
        `query($id: ID!) { quotes(filter: { speakerId: $id }) { totalCount edges { node { text speaker { name } coSpeakers { name } } } } }`,
        { id: ids['Ilham Aliyev'] },
      ),
    );
    expect(aliyev.quotes.totalCount).toBe(1);
    expect(aliyev.quotes.edges[0].node.speaker.name).toBe('Vladimir Putin');
  });

  it.each([
    ['speaker', 'speakerId', 'Vladimir Putin'],
    ['issue', 'issueId', 'peace-treaty-draft'],
  ])('by %s pages forwards and backwards one at a time in the order of the whole list', async (_what, key, ref) => {
    const filter = `{ ${key}: "${ids[ref]}" }`;
    const all = ok(await app.gql(`{ quotes(first: 100, filter: ${filter}) { edges { node { id saidOn } } } }`)).quotes.edges.map(
      (e: any) => e.node.id,
    );
    expect(all.length).toBeGreaterThan(1);
    const walk = async (forward: boolean) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const args: string = forward
          ? `first: 1${cursor ? `, after: "${cursor}"` : ''}`
          : `last: 1${cursor ? `, before: "${cursor}"` : ''}`;
        const page: any = ok(
          await app.gql(
            `{ quotes(${args}, filter: ${filter}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`,
          ),
        ).quotes;
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!(forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) return seen;
        cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
      }
    };
    expect(await walk(true)).toEqual(all);
    expect((await walk(false)).reverse()).toEqual(all);
  });

  it('by article, kind, delivery and date range', async () => {
    const byArticle = ok(await app.gql(`query($id: ID!) { quotes(filter: { articleId: $id }) { totalCount } }`, { id: ids.article }));
    expect(byArticle.quotes.totalCount).toBe(6);
    const direct = ok(await app.gql(`{ quotes(filter: { kind: DIRECT }) { totalCount } }`));
    expect(direct.quotes.totalCount).toBe(3);
    const press = ok(await app.gql(`{ quotes(filter: { delivery: PRESS_CONFERENCE }) { edges { node { speaker { name } } } } }`));
    expect(press.quotes.edges.map((e: any) => e.node.speaker.name)).toEqual(['Jeyhun Bayramov', 'Jeyhun Bayramov']);
    const tuesday = ok(await app.gql(`{ quotes(filter: { saidFrom: "2024-08-27", saidTo: "2024-08-27" }) { totalCount } }`));
    expect(tuesday.quotes.totalCount).toBe(2);
    const none = ok(await app.gql(`{ quotes(filter: { saidFrom: "2024-08-29" }) { totalCount } }`));
    expect(none.quotes.totalCount).toBe(0);
  });

  it('by issue, with and without sub-issues', async () => {
    const own = ok(
      await app.gql(`query($id: ID!) { quotes(filter: { issueId: $id }) { totalCount } }`, { id: ids['armenia-azerbaijan-peace-process'] }),
    );
    expect(own.quotes.totalCount).toBe(0);
    const tree = ok(
      await app.gql(`query($id: ID!) { quotes(filter: { issueId: $id, includeSubIssues: true }) { totalCount } }`, {
        id: ids['armenia-azerbaijan-peace-process'],
      }),
    );
    expect(tree.quotes.totalCount).toBe(5);
    const treaty = ok(
      await app.gql(`query($id: ID!) { quotes(filter: { issueId: $id }) { totalCount } }`, { id: ids['peace-treaty-draft'] }),
    );
    expect(treaty.quotes.totalCount).toBe(3);
  });

  it('by full-text search, ranked when asked', async () => {
    const data = ok(
      await app.gql(`{ quotes(filter: { search: "obstacle treaty" }, orderBy: { field: RELEVANCE }) { edges { node { text } } } }`),
    );
    expect(texts(data)).toEqual(['He said that is the ']);
    const stemmed = ok(await app.gql(`{ quotes(filter: { search: "negotiations" }) { totalCount } }`));
    expect(stemmed.quotes.totalCount).toBe(1);
  });
});

describe('actors, articles and issues filters', () => {
  it('finds Vladimir Putin by "Putin", "Vladmir Putin" and a typo', async () => {
    for (const search of ['Putin', 'Vladmir Putin', 'vladimir putin', 'Vladimr Putin']) {
      const data = ok(await app.gql(`query($s: String!) { actors(filter: { search: $s }) { edges { node { name } } } }`, { s: search }));
      expect(data.actors.edges[0]?.node.name).toBe('Vladimir Putin');
    }
  });

  it('filters actors by kind, sorted by name', async () => {
    const data = ok(await app.gql(`{ actors(filter: { kind: COUNTRY }) { edges { node { name } } } }`));
    expect(data.actors.edges.map((e: any) => e.node.name)).toEqual(['Armenia', 'Azerbaijan', 'Russia', 'Turkey']);
  });

  it('filters articles by date range, actor, issue, outlet and search', async () => {
    const q = `query($f: ArticleFilter) { articles(filter: $f) { totalCount } }`;
    const count = async (f: object) => ok(await app.gql(q, { f })).articles.totalCount;
    expect(await count({ publishedFrom: '2024-08-28', publishedTo: '2024-08-28' })).toBe(1);
    expect(await count({ publishedTo: '2024-08-27' })).toBe(0);
    expect(await count({ actorId: ids['Hakan Fidan'] })).toBe(1);
    expect(await count({ issueId: ids['peace-treaty-draft'] })).toBe(1);
    expect(await count({ issueId: ids['armenia-azerbaijan-peace-process'] })).toBe(1);
    expect(await count({ search: 'Kremlin readout' })).toBe(1);
    expect(await count({ search: 'volcano' })).toBe(0);
    expect(await count({ outletId: '00000000-0000-4000-8000-000000000000' })).toBe(0);
  });

  it('filters issues by parent, root and fuzzy search', async () => {
    const children = ok(
      await app.gql(`query($id: ID!) { issues(filter: { parentId: $id }) { totalCount } }`, {
        id: ids['armenia-azerbaijan-peace-process'],
      }),
    );
    expect(children.issues.totalCount).toBe(5);
    const roots = ok(await app.gql(`{ issues(filter: { root: true }) { edges { node { slug } } } }`));
    expect(roots.issues.edges.map((e: any) => e.node.slug)).toEqual(['armenia-azerbaijan-peace-process']);
    const found = ok(await app.gql(`{ issues(filter: { search: "border demarcation" }) { edges { node { slug } } } }`));
    expect(found.issues.edges[0].node.slug).toBe('border-delimitation-and-demarcation');
  });
});

describe('pagination', () => {
  const page = `query($first: Int, $after: String, $last: Int, $before: String) {
    quotes(first: $first, after: $after, last: $last, before: $before, orderBy: { field: SAID_ON, direction: DESC }) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
    }
  }`;

  it('walks forward and backward over the same order', async () => {
    const all = ok(await app.gql(page, { first: 100 })).quotes;
    const allIds = all.edges.map((e: any) => e.node.id);
    expect(allIds).toHaveLength(6);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const p = ok(await app.gql(page, { first: 4, after })).quotes;
      seen.push(...p.edges.map((e: any) => e.node.id));
      expect(p.totalCount).toBe(6);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(allIds);
    const lastTwo = ok(await app.gql(page, { last: 2 })).quotes;
    expect(lastTwo.edges.map((e: any) => e.node.id)).toEqual(allIds.slice(4));
    expect(lastTwo.pageInfo.hasPreviousPage).toBe(true);
    const before = ok(await app.gql(page, { last: 3, before: lastTwo.pageInfo.startCursor })).quotes;
    expect(before.edges.map((e: any) => e.node.id)).toEqual(allIds.slice(1, 4));
  });

  it('refuses pages over the maximum, both first and last together, and foreign cursors', async () => {
    const big = await app.gql(`{ quotes(first: 101) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|PAGE_TOO_LARGE)$/);
    expect(big.errors?.[0].message).toMatch(/first/);
    const both = await app.gql(`{ quotes(first: 1, last: 1) { totalCount } }`);
    expect(both.errors?.[0].message).toMatch(/either "first" or "last"/);
    const bad = await app.gql(`{ quotes(after: "not-a-cursor") { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lookups', () => {
  it('node(id), issueBySlug and search across types', async () => {
    const node = ok(await app.gql(`query($id: ID!) { node(id: $id) { __typename ... on Actor { name } } }`, { id: ids['Hakan Fidan'] }));
    expect(node.node).toEqual({ __typename: 'Actor', name: 'Hakan Fidan' });
    const missing = ok(await app.gql(`{ node(id: "00000000-0000-4000-8000-000000000000") { id } quote(id: "nope") { id } }`));
    expect(missing).toEqual({ node: null, quote: null });
    const bySlug = ok(await app.gql(`{ issueBySlug(slug: "peace-treaty-draft") { title parent { slug } } }`));
    expect(bySlug.issueBySlug).toEqual({ title: 'Peace treaty draft', parent: { slug: 'armenia-azerbaijan-peace-process' } });
    const hits = ok(await app.gql(`{ search(query: "Bayramov", first: 5) { score node { __typename ... on Actor { name } } } }`));
    expect(hits.search[0].node).toEqual({ __typename: 'Actor', name: 'Jeyhun Bayramov' });
    expect(hits.search[0].score).toBeGreaterThan(0.5);
  });

  it('nested fields both ways', async () => {
    const data = ok(
      await app.gql(
        `query($id: ID!) { actor(id: $id) { name roles { title organization { name } } quotes(first: 5) { text } issues { slug } } }`,
        { id: ids['Jeyhun Bayramov'] },
      ),
    );
    expect(data.actor.quotes).toHaveLength(2);
    expect(data.actor.roles[0].organization.name).toBe('Azerbaijan');
    const issue = ok(
      await app.gql(`query($id: ID!) { issue(id: $id) { children { slug } quotes(first: 10) { text } actors { name } } }`, {
        id: ids['peace-treaty-draft'],
      }),
    );
    expect(issue.issue.quotes).toHaveLength(3);
    expect(issue.issue.actors.map((a: any) => a.name)).toEqual(['Armenia', 'Azerbaijan']);
  });
});

describe('SQL statements per request', () => {
  const query = `query($first: Int) { quotes(first: $first) { edges { node { text speaker { name } coSpeakers { name } article { title outlet { name } } issues { title } } } } }`;

  it('a page of quotes with speaker, article and issues costs the same few statements for 1 or 6 rows', async () => {
    const one = await app.gql(query, { first: 1 });
    const six = await app.gql(query, { first: 6 });
    ok(one);
    expect(ok(six).quotes.edges).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
    expect(six.statements).toBeLessThanOrEqual(5);
  });
});
