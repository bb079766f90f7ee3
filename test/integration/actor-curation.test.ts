import { createStaff, ok, startTestApp, type TestApp } from '../support/app';

/** Duplicate detection, "not the same" judgements, merge with undo, and spellings the corpus remembers (issue 6). */
let app: TestApp;
let staff: Awaited<ReturnType<typeof createStaff>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  staff = await createStaff(app);
  const data = ok(await app.gql(`{ actors(first: 100) { edges { node { id name } } } articles { edges { node { id body } } } }`));
  for (const { node } of data.actors.edges) ids[node.name] = node.id;
  ids.article = data.articles.edges[0].node.id;
});
afterAll(() => app?.close());

const as = (who: keyof typeof staff, query: string, variables?: Record<string, unknown>) => app.gql(query, variables, staff[who].headers);

async function approve(id: string) {
  ok(await as('editor', `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id }));
  const { version } = ok(await as('reviewer', `query($id: ID!) { node(id: $id) { ... on Curated { version } } }`, { id })).node;
  ok(await as('reviewer', `mutation($id: ID!, $v: Int!) { approve(id: $id, revision: $v) { status } }`, { id, v: version }));
}

describe('duplicates', () => {
  it('suggests a likely duplicate with reasons, and not again once judged different', async () => {
    const dup = ok(
      await as(
        'editor',
        `mutation { createActor(input: { kind: PERSON, name: "Jeyhun Bayramow", misspellings: ["J. Bayramow"] }) { id } }`,
      ),
    ).createActor;
    ids.dup = dup.id;
    const pairs = ok(await as('editor', `{ actorDuplicates(first: 50) { score reasons a { id name } b { id name } } }`)).actorDuplicates;
    const pair = pairs.find((p: any) => [p.a.id, p.b.id].includes(dup.id));
    expect([pair.a.name, pair.b.name].sort()).toEqual(['Jeyhun Bayramov', 'Jeyhun Bayramow']);
    expect(pair.score).toBeGreaterThan(0.5);
    expect(pair.reasons[0]).toMatch(/names \d+% alike/);

    const other = ok(await as('editor', `mutation { createActor(input: { kind: PERSON, name: "Hakan Fidanoglu" }) { id } }`)).createActor;
    const before = ok(await as('editor', `{ actorDuplicates(first: 50) { a { id } b { id } } }`)).actorDuplicates;
    expect(before.some((p: any) => [p.a.id, p.b.id].includes(other.id))).toBe(true);
    ok(await as('editor', `mutation($a: ID!, $b: ID!) { judgeActorsDifferent(aId: $a, bId: $b) }`, { a: ids['Hakan Fidan'], b: other.id }));
    const after = ok(await as('editor', `{ actorDuplicates(first: 50) { a { id } b { id } } }`)).actorDuplicates;
    expect(after.some((p: any) => [p.a.id, p.b.id].includes(other.id) && [p.a.id, p.b.id].includes(ids['Hakan Fidan']))).toBe(false);
  });
});

describe('merge', () => {
  it('moves quotes, mentions, roles and issue links onto the actor kept, and undo puts everything back', async () => {
    // A duplicate "Vladimir V. Putin" with a quote, a mention, a role and an issue link, all approved.
    const body = (await app.ds.query('SELECT body FROM articles WHERE id = $1', [ids.article]))[0].body as string;
    const dup = ok(
      await as(
        'editor',
        `mutation($r: [ActorRoleInput!]) { createActor(input: { kind: PERSON, name: "Vladimir V. Putin", aliases: ["V. V. Putin"], misspellings: ["Vladimr Putin"], roles: $r }) { id } }`,
        {
          r: [{ title: 'Prime Minister of Russia', startedOn: '2008-05-08', endedOn: '2012-05-07' }],
        },
      ),
    ).createActor;
    await approve(dup.id);
    const text = 'Putin visited Baku';
    const start = body.indexOf(text);
    const quote = ok(
      await as('editor', `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
        i: {
          text,
          kind: 'PARAPHRASE',
          speakerId: dup.id,
          articleId: ids.article,
          startOffset: start,
          endOffset: start + text.length,
          delivery: 'MEDIA_REPORT',
        },
      }),
    ).createQuote;
    await approve(quote.id);
    const issue = ok(
      await as('editor', `mutation($a: [ID!]) { createIssue(input: { title: "Russia–Azerbaijan relations", actorIds: $a }) { id } }`, {
        a: [dup.id],
      }),
    ).createIssue;

    const merge = ok(
      await as(
        'editor',
        `mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id moved source { deletedAt } target { name aliases misspellings roles { title } } } }`,
        {
          s: dup.id,
          t: ids['Vladimir Putin'],
        },
      ),
    ).mergeActors;
    expect(merge.source.deletedAt).not.toBeNull();
    expect(merge.target.aliases).toEqual(expect.arrayContaining(['Vladimir V. Putin', 'V. V. Putin']));
    expect(merge.target.misspellings).toEqual(expect.arrayContaining(['Vladmir Putin', 'Vladimr Putin']));
    expect(merge.target.roles.map((r: any) => r.title).sort()).toEqual(['President of Russia', 'Prime Minister of Russia']);
    expect(merge.moved.quoteIds).toEqual([quote.id]);
    // Clients: the approved quote now has the kept actor as speaker; the duplicate is gone.
    const publicView = ok(
      await app.gql(`query($q: ID!, $d: ID!) { quote(id: $q) { speaker { name } } actor(id: $d) { id } }`, { q: quote.id, d: dup.id }),
    );
    expect(publicView).toEqual({ quote: { speaker: { name: 'Vladimir Putin' } }, actor: null });
    const issueActors = ok(await as('editor', `query($i: ID!) { issue(id: $i) { actors { name } } }`, { i: issue.id })).issue.actors;
    expect(issueActors).toEqual([{ name: 'Vladimir Putin' }]);

    ok(await as('editor', `mutation($m: ID!) { undoActorMerge(mergeId: $m) { undoneAt } }`, { m: merge.id }));
    const back = ok(
      await as(
        'editor',
        `query($q: ID!, $d: ID!, $p: ID!, $i: ID!) {
        quote(id: $q) { speaker { id } }
        dup: actor(id: $d) { deletedAt roles { title } }
        kept: actor(id: $p) { aliases misspellings roles { title } }
        issue(id: $i) { actors { id } }
      }`,
        { q: quote.id, d: dup.id, p: ids['Vladimir Putin'], i: issue.id },
      ),
    );
    expect(back.quote.speaker.id).toBe(dup.id);
    expect(back.dup).toEqual({ deletedAt: null, roles: [{ title: 'Prime Minister of Russia' }] });
    expect(back.kept.aliases).not.toContain('Vladimir V. Putin');
    expect(back.kept.misspellings).toEqual(['Vladmir Putin']);
    expect(back.kept.roles).toEqual([{ title: 'President of Russia' }]);
    expect(back.issue.actors).toEqual([{ id: dup.id }]);
    const publicAgain = ok(await app.gql(`query($q: ID!) { quote(id: $q) { speaker { id } } }`, { q: quote.id }));
    expect(publicAgain.quote.speaker.id).toBe(dup.id);
    const merges = ok(await as('editor', `{ actorMerges(first: 5) { id undoneAt source { id } } }`)).actorMerges;
    expect(merges[0]).toMatchObject({ id: merge.id, source: { id: dup.id } });
    expect(merges[0].undoneAt).not.toBeNull();
    const history = ok(await as('editor', `query($id: ID!) { revisions(id: $id) { action } }`, { id: dup.id })).revisions;
    expect(history.map((r: any) => r.action).slice(0, 2)).toEqual(['restore', 'delete']);
  });

  it('refuses to merge a public actor into one that is not approved', async () => {
    const draft = ok(await as('editor', `mutation { createActor(input: { kind: PERSON, name: "Ilham Aliev" }) { id } }`)).createActor;
    const refused = await as('editor', `mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id } }`, {
      s: ids['Ilham Aliyev'],
      t: draft.id,
    });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/Approve "Ilham Aliev" first/);
  });
});
