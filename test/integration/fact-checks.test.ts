import { createStaff, ok, startTestApp, type TestApp } from '../support/app';

/** Fact-checks with evidence, their review, ClaimReview export and import, and the verbatim check (issue 6). */
let app: TestApp;
let staff: Awaited<ReturnType<typeof createStaff>>;
let bayramov: { id: string; text: string; startOffset: number; endOffset: number; version: number };

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  staff = await createStaff(app);
  const data = ok(
    await app.gql(
      `{ quotes(filter: { kind: DIRECT, delivery: PRESS_CONFERENCE }) { edges { node { id text startOffset endOffset version } } } }`,
    ),
  );
  bayramov = data.quotes.edges[0].node;
});
afterAll(() => app?.close());

const as = (who: keyof typeof staff, query: string, variables?: Record<string, unknown>) => app.gql(query, variables, staff[who].headers);

describe("fact-checking Bayramov's statement", () => {
  it('goes through four-eyes review and is exported as ClaimReview once approved', async () => {
    const created = ok(
      await as(
        'editor',
        `mutation($i: CreateFactCheckInput!) { createFactCheck(input: $i) { id status version verdict evidence { url position } } }`,
        {
          i: {
            quoteId: bayramov.id,
            verdict: 'MISLEADING',
            summary: 'Armenia\'s constitution is said to hold claims against Azerbaijan and Turkey, not "from" them.',
            context: "The constitution's preamble refers to the 1990 declaration of independence.",
            evidence: [
              { url: 'https://example.org/constitution-of-armenia', title: 'Constitution of Armenia', accessedOn: '2024-08-29' },
              { url: 'https://example.org/ankara-press-conference', note: 'Transcript of the press conference' },
            ],
          },
        },
      ),
    ).createFactCheck;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, verdict: 'MISLEADING' });
    expect(created.evidence.map((e: any) => e.position)).toEqual([0, 1]);
    const before = ok(await app.gql(`query($id: ID!) { quote(id: $id) { factCheck { id } claimReview } }`, { id: bayramov.id }));
    expect(before.quote).toEqual({ factCheck: null, claimReview: null });

    ok(await as('editor', `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: created.id }));
    const self = await as('editor', `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: created.id });
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const queue = ok(
      await as(
        'reviewer',
        `{ reviewQueue(filter: { type: FACT_CHECK }) { edges { node { id label node { ... on FactCheck { verdict } } } } } }`,
      ),
    );
    expect(queue.reviewQueue.edges[0].node).toMatchObject({ id: created.id, node: { verdict: 'MISLEADING' } });
    ok(await as('reviewer', `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: created.id }));

    const after = ok(
      await app.gql(
        `query($id: ID!) { quote(id: $id) { factCheck { verdict summary checkedBy { id } evidence { url title } } claimReview } }`,
        { id: bayramov.id },
      ),
    );
    expect(after.quote.factCheck.verdict).toBe('MISLEADING');
    expect(after.quote.factCheck.checkedBy).toBeNull();
    const review = after.quote.claimReview;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: bayramov.text,
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      author: { '@type': 'Organization', name: expect.any(String) },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jeyhun Bayramov', jobTitle: 'Foreign Minister, Azerbaijan' },
        datePublished: '2024-08-27',
        appearance: {
          '@type': 'NewsArticle',
          headline: 'Putin Calls Aliyev to Discuss Armenia-Azerbaijan Peace Process',
          datePublished: '2024-08-28',
        },
      },
    });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.url).toMatch(/\/fact-checks\//);
  });

  it('refuses a second fact-check of the same quote, naming the first', async () => {
    const again = await as('editor', `mutation($q: ID!) { createFactCheck(input: { quoteId: $q, verdict: FALSE, summary: "x" }) { id } }`, {
      q: bayramov.id,
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.existingFactCheckId).toBeDefined();
  });
});

describe('ClaimReview import', () => {
  it("maps another publisher's rating onto our verdicts as a draft", async () => {
    const quotes = ok(await app.gql(`{ quotes(filter: { kind: DIRECT, delivery: READOUT }) { edges { node { id } } } }`));
    const quoteId = quotes.quotes.edges[0].node.id;
    const imported = ok(
      await as(
        'editor',
        `mutation($q: ID!, $c: JSONObject!) { importClaimReview(quoteId: $q, claimReview: $c) { status verdict summary evidence { url } } }`,
        {
          q: quoteId,
          c: {
            '@context': 'https://schema.org',
            '@graph': [
              {
                '@type': 'ClaimReview',
                url: 'https://factcheck.example/review/1',
                claimReviewed: 'The Kremlin said the talks covered the peace treaty',
                author: { '@type': 'Organization', name: 'Example Checks' },
                reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly True' },
                itemReviewed: { '@type': 'Claim', appearance: [{ url: 'https://news.example/article' }] },
              },
            ],
          },
        },
      ),
    ).importClaimReview;
    expect(imported).toMatchObject({
      status: 'DRAFT',
      verdict: 'MOSTLY_ACCURATE',
      evidence: [{ url: 'https://factcheck.example/review/1' }, { url: 'https://news.example/article' }],
    });
    const bad = await as('editor', `mutation($q: ID!) { importClaimReview(quoteId: $q, claimReview: { name: "not one" }) { id } }`, {
      q: quoteId,
    });
    expect(bad.errors?.[0].message).toMatch(/No ClaimReview found/);
  });
});

describe('verbatim check', () => {
  it('refuses an edit that breaks a direct quote, or saves it as a paraphrase when asked', async () => {
    const current = ok(
      await as('editor', `query($id: ID!) { quote(id: $id) { version verbatim { matches } } }`, { id: bayramov.id }),
    ).quote;
    expect(current.verbatim.matches).toBe(true);
    const edited = `${bayramov.text.slice(0, 20)} [sic]`;
    const refused = await as(
      'editor',
      `mutation($id: ID!, $v: Int!, $t: String!) { updateQuote(id: $id, input: { expectedVersion: $v, text: $t }) { kind } }`,
      {
        id: bayramov.id,
        v: current.version,
        t: edited,
      },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/convertToParaphrase/);
    const converted = ok(
      await as(
        'editor',
        `mutation($id: ID!, $v: Int!, $t: String!) { updateQuote(id: $id, input: { expectedVersion: $v, text: $t, convertToParaphrase: true }) { kind text verbatim { matches found } } }`,
        {
          id: bayramov.id,
          v: current.version,
          t: edited,
        },
      ),
    ).updateQuote;
    expect(converted).toMatchObject({ kind: 'PARAPHRASE', text: edited, verbatim: { matches: false } });
    expect(converted.verbatim.found).toBe(bayramov.text);
  });
});

describe('roles over time', () => {
  it('checks the title the article gives the speaker against the roles held on its date, and flags a mismatch', async () => {
    const data = ok(
      await app.gql(
        `{ quotes(filter: { delivery: PRESS_CONFERENCE }) { edges { node { speaker { id name } titleChecks { title mention matches rolesOnDate } } } } }`,
      ),
    );
    const checks = data.quotes.edges[0].node.titleChecks;
    expect(checks).toEqual([{ title: 'Foreign Minister', mention: 'Jeyhum Bayramov', matches: true, rolesOnDate: ['Foreign Minister'] }]);
    // Had his term ended before the article, the same words would be flagged.
    const speaker = data.quotes.edges[0].node.speaker;
    const actor = ok(await as('editor', `query($id: ID!) { actor(id: $id) { version } }`, { id: speaker.id })).actor;
    ok(
      await as(
        'editor',
        `mutation($id: ID!, $v: Int!) { updateActor(id: $id, input: { expectedVersion: $v, roles: [{ title: "Foreign Minister", startedOn: "2020-07-16", endedOn: "2024-01-01" }] }) { id } }`,
        {
          id: speaker.id,
          v: actor.version,
        },
      ),
    );
    const staffView = ok(
      await as(
        'editor',
        `{ quotes(filter: { delivery: PRESS_CONFERENCE }) { edges { node { titleChecks { title matches rolesOnDate } } } } }`,
      ),
    );
    expect(staffView.quotes.edges[0].node.titleChecks).toEqual([{ title: 'Foreign Minister', matches: false, rolesOnDate: [] }]);
  });
});

describe('the ClaimReview feed', () => {
  it('serves every approved fact-check as ClaimReview, paginated', async () => {
    const response = await fetch(`${app.url}/claimreview.json?first=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/ld\+json/);
    const feed = (await response.json()) as any;
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.dataFeedElement).toHaveLength(1);
    expect(feed.dataFeedElement[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'Misleading' } });
    const bad = await fetch(`${app.url}/claimreview.json?first=1000`);
    expect(bad.status).toBe(400);
    const wrongCursor = await fetch(`${app.url}/claimreview.json?after=nope`);
    expect(wrongCursor.status).toBe(400);
  });
});
