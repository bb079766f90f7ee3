import { createStaff, ok, startTestApp, type Staff, type TestApp } from '../support/app';

/** Validation and integrity rules of the write mutations (issue 2), as an editor. */
let app: TestApp;
let editor: Staff;
const BODY =
  'The minister said: "We will not sign this treaty under pressure from anyone," and left the room. A spokesman declined to comment.';

beforeAll(async () => {
  app = await startTestApp();
  ({ editor } = await createStaff(app));
});
afterAll(() => app?.close());

const as = (query: string, variables?: Record<string, unknown>) => app.gql(query, variables, editor.headers);

async function setup() {
  const article = ok(
    await as(`mutation($i: CreateArticleInput!) { createArticle(input: $i) { id version body outlet { name } } }`, {
      i: { title: `Test ${Math.random()}`, publishedOn: '2025-01-02', body: `${BODY} ${Math.random()}`, outletName: 'Example Daily' },
    }),
  ).createArticle;
  const actor = ok(
    await as(`mutation { createActor(input: { kind: PERSON, name: "Ana Minister ${Math.random()}" }) { id version } }`),
  ).createActor;
  return { article, actor };
}

describe('articles', () => {
  it('refuses the same body twice, naming the stored article', async () => {
    const { article } = await setup();
    const again = await as(`mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }`, {
      i: { title: 'Copy', publishedOn: '2025-01-03', body: article.body.replace(/\n/g, '\r\n') },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', existingArticleId: article.id });
    expect(article.outlet.name).toBe('Example Daily');
  });

  it('validates inputs with messages that name the field', async () => {
    const bad = await as(
      `mutation { createArticle(input: { title: "", publishedOn: "2025-01-02", body: "x", url: "ftp://x", language: "english!" }) { id } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0].extensions?.validation.map((v: any) => v.field).sort();
    expect(fields).toEqual(['language', 'title', 'url']);
    const date = await as(`mutation { createArticle(input: { title: "t", publishedOn: "2025-13-45", body: "x" }) { id } }`);
    expect(date.errors?.[0].message).toMatch(/publishedOn|LocalDate|date/i);
  });

  it('refuses a body change that would move a quote away from its text', async () => {
    const { article, actor } = await setup();
    const start = article.body.indexOf('We will');
    const text = 'We will not sign this treaty under pressure from anyone';
    ok(
      await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
        i: {
          text,
          kind: 'DIRECT',
          speakerId: actor.id,
          articleId: article.id,
          startOffset: start,
          endOffset: start + text.length,
          delivery: 'STATEMENT',
        },
      }),
    );
    const moved = await as(`mutation($id: ID!, $i: UpdateArticleInput!) { updateArticle(id: $id, input: $i) { id } }`, {
      id: article.id,
      i: { expectedVersion: article.version, body: `Breaking: ${article.body}` },
    });
    expect(moved.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(moved.errors?.[0].message).toMatch(/quote/);
    const deleted = await as(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: article.id });
    expect(deleted.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('quotes', () => {
  it('refuses offsets that do not point at the verbatim text, saying what is there', async () => {
    const { article, actor } = await setup();
    const wrong = await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
      i: {
        text: 'We will not sign',
        kind: 'DIRECT',
        speakerId: actor.id,
        articleId: article.id,
        startOffset: 0,
        endOffset: 16,
        delivery: 'STATEMENT',
      },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('the body has "The minister sai"');
    const past = await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
      i: {
        text: 'x',
        kind: 'DIRECT',
        speakerId: actor.id,
        articleId: article.id,
        startOffset: 5000,
        endOffset: 5001,
        delivery: 'STATEMENT',
      },
    });
    expect(past.errors?.[0].message).toMatch(/past the end of the article body/);
    const missingSpeaker = await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
      i: {
        text: 'The',
        kind: 'DIRECT',
        speakerId: '00000000-0000-4000-8000-000000000000',
        articleId: article.id,
        startOffset: 0,
        endOffset: 3,
        delivery: 'STATEMENT',
      },
    });
    expect(missingSpeaker.errors?.[0].message).toMatch(/No actor with id 00000000/);
  });

  it('counts offsets in code points, so text beyond the Basic Multilingual Plane stays aligned', async () => {
    const body = `Emoji 🎉 first. "Quoted words here," said Ana. ${Math.random()}`;
    const article = ok(
      await as(`mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }`, {
        i: { title: 'Emoji', publishedOn: '2025-01-02', body },
      }),
    ).createArticle;
    const actor = ok(await as(`mutation { createActor(input: { kind: PERSON, name: "Ana Emoji" }) { id } }`)).createActor;
    const start = Array.from(body).indexOf('Q');
    const text = 'Quoted words here';
    const created = ok(
      await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { startOffset saidOn } }`, {
        i: {
          text,
          kind: 'DIRECT',
          speakerId: actor.id,
          articleId: article.id,
          startOffset: start,
          endOffset: start + text.length,
          delivery: 'STATEMENT',
        },
      }),
    );
    expect(created.createQuote).toEqual({ startOffset: start, saidOn: '2025-01-02' });
  });
});

describe('actors', () => {
  it('keeps misspellings apart from real names, and Wikidata ids unique', async () => {
    const clash = await as(
      `mutation { createActor(input: { kind: PERSON, name: "Bo Example", aliases: ["Bo"], misspellings: ["bo"] }) { id } }`,
    );
    expect(clash.errors?.[0].message).toMatch(/misspelling cannot also be the name or an alias: bo/);
    ok(await as(`mutation { createActor(input: { kind: PERSON, name: "Q One", wikidataQid: "Q424242" }) { id } }`));
    const dup = await as(`mutation { createActor(input: { kind: PERSON, name: "Q Two", wikidataQid: "Q424242" }) { id } }`);
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(dup.errors?.[0].message).toMatch(/already belongs to Q One/);
    const badQid = await as(`mutation { createActor(input: { kind: PERSON, name: "Q Three", wikidataQid: "7747" }) { id } }`);
    expect(badQid.errors?.[0].message).toMatch(/wikidataQid must look like Q7747/);
    const badRole = await as(
      `mutation { createActor(input: { kind: PERSON, name: "R", roles: [{ title: "x", startedOn: "2024-01-02", endedOn: "2023-01-01" }] }) { id } }`,
    );
    expect(badRole.errors?.[0].message).toMatch(/roles\[0\]: endedOn \(2023-01-01\) is before startedOn/);
  });

  it('refuses to delete an actor who still speaks a quote', async () => {
    const { article, actor } = await setup();
    ok(
      await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
        i: {
          text: 'The minister',
          kind: 'PARAPHRASE',
          speakerId: actor.id,
          articleId: article.id,
          startOffset: 0,
          endOffset: 12,
          delivery: 'OTHER',
        },
      }),
    );
    const refused = await as(`mutation($id: ID!) { deleteActor(id: $id) }`, { id: actor.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', quoteCount: 1 });
  });
});

describe('issues', () => {
  it('refuses a parent that would close a cycle, and a taken slug', async () => {
    const create = async (title: string, parentId?: string) =>
      ok(await as(`mutation($i: CreateIssueInput!) { createIssue(input: $i) { id slug version } }`, { i: { title, parentId } }))
        .createIssue;
    const root = await create('Cycle root');
    const child = await create('Cycle child', root.id);
    const grandchild = await create('Cycle grandchild', child.id);
    expect(grandchild.slug).toBe('cycle-grandchild');
    const cycle = await as(`mutation($id: ID!, $i: UpdateIssueInput!) { updateIssue(id: $id, input: $i) { id } }`, {
      id: root.id,
      i: { expectedVersion: root.version, parentId: grandchild.id },
    });
    expect(cycle.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0].message).toMatch(/cycle/);
    const self = await as(`mutation($id: ID!, $i: UpdateIssueInput!) { updateIssue(id: $id, input: $i) { id } }`, {
      id: root.id,
      i: { expectedVersion: root.version, parentId: root.id },
    });
    expect(self.errors?.[0].message).toMatch(/its own parent/);
    const taken = await as(`mutation { createIssue(input: { title: "Again", slug: "cycle-root" }) { id } }`);
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badSlug = await as(`mutation { createIssue(input: { title: "Bad", slug: "Not A Slug" }) { id } }`);
    expect(badSlug.errors?.[0].message).toMatch(/slug must be lower-case words/);
    const withChildren = await as(`mutation($id: ID!) { deleteIssue(id: $id) }`, { id: root.id });
    expect(withChildren.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', childCount: 1 });
  });
});

describe('errors', () => {
  it('masks unexpected errors and keeps GraphQL errors clear', async () => {
    const unknown = await app.gql(`{ quotes { edges { node { nope } } } }`);
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
