import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';
import { signIn } from './support/console';

jest.setTimeout(180_000);

const PASSAGE = 'The telephone conversation came a little more than a week after Putin visited Baku';

describeInBrowser('merging duplicate actors (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  let staff: Awaited<ReturnType<typeof createStaff>>;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    staff = await createStaff(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an editor merges a duplicate into the actor kept from the duplicates screen, the quotes move, and undo puts them back', async () => {
    const gql = (query: string, variables?: Record<string, unknown>) => app.gql(query, variables, staff.editor.headers);
    const { actors } = ok(await gql(`{ actors(filter: { search: "Bayramov" }) { edges { node { id name } } } }`));
    const kept = actors.edges
      .map((e: { node: { id: string; name: string } }) => e.node)
      .find((a: { name: string }) => a.name === 'Jeyhun Bayramov');
    const { articles } = ok(await gql(`{ articles { edges { node { id body publishedOn } } } }`));
    const article = articles.edges[0].node;
    // A duplicate of Bayramov, speaking one quote of its own.
    const duplicate = ok(await gql(`mutation { createActor(input: { name: "Jeyhun Bayramow", kind: PERSON }) { id } }`)).createActor;
    const start = [...article.body.slice(0, article.body.indexOf(PASSAGE))].length;
    const quote = ok(
      await gql(`mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, {
        input: {
          articleId: article.id,
          speakerId: duplicate.id,
          text: PASSAGE,
          startOffset: start,
          endOffset: start + [...PASSAGE].length,
          kind: 'PARAPHRASE',
          delivery: 'MEDIA_REPORT',
        },
      }),
    ).createQuote;
    const speakerOf = async () =>
      ok(await gql(`query($id: ID!) { node(id: $id) { ... on Quote { speaker { id } } } }`, { id: quote.id })).node.speaker.id;

    const { context, page, errors } = await openSession(browser, app.url);
    await signIn(page, staff.editor.email);
    await page.getByRole('menuitem', { name: 'Duplicate actors' }).click();
    await page.waitForURL(/\/duplicates$/);
    const candidates = page.getByRole('list', { name: 'Candidate pairs' });
    await candidates.getByRole('button', { name: /Jeyhun Bayramow/ }).click();
    const comparison = page.getByTestId('duplicate-comparison');
    await comparison.getByRole('columnheader', { name: 'Jeyhun Bayramow' }).waitFor();
    await comparison.getByTestId(`quote-count-${duplicate.id}`).filter({ hasText: /^1$/ }).waitFor();
    await screenshot(page, 'duplicates');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await comparison.getByRole('button', { name: 'Merge into this one: keep Jeyhun Bayramov' }).click();
    await page.getByRole('dialog', { name: 'Merge Jeyhun Bayramow into Jeyhun Bayramov?' }).getByRole('button', { name: 'Merge' }).click();
    await page.getByText(/^Merged Jeyhun Bayramow into Jeyhun Bayramov\./).waitFor();
    expect(await speakerOf()).toBe(kept.id);
    // Staff still read a deleted record by id, with its deletion time.
    expect(ok(await gql(`query($id: ID!) { actor(id: $id) { deletedAt } }`, { id: duplicate.id })).actor?.deletedAt ?? 'gone').toBeTruthy();
    const keptNow = ok(await gql(`query($id: ID!) { actor(id: $id) { aliases misspellings } }`, { id: kept.id })).actor;
    expect([...keptNow.aliases, ...keptNow.misspellings]).toContain('Jeyhun Bayramow');
    const history = page.getByTestId('merge-history');
    await history.getByText('Jeyhun Bayramow merged into Jeyhun Bayramov').waitFor();
    await screenshot(page, 'duplicates-merged');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await history.getByRole('button', { name: 'Undo merge of Jeyhun Bayramow' }).click();
    await expect(
      page
        .getByText(/Merge undone/)
        .first()
        .textContent(),
    ).resolves.toContain('Jeyhun Bayramow is back');
    await history.getByText('undone').waitFor();
    expect(await speakerOf()).toBe(duplicate.id);
    expect(ok(await gql(`query($id: ID!) { actor(id: $id) { name deletedAt } }`, { id: duplicate.id })).actor).toEqual({
      name: 'Jeyhun Bayramow',
      deletedAt: null,
    });

    // "Not the same person" is remembered: the pair is not suggested again.
    await candidates.getByRole('button', { name: /Jeyhun Bayramow/ }).click();
    await comparison.getByRole('columnheader', { name: 'Jeyhun Bayramow' }).waitFor();
    await comparison.getByRole('button', { name: 'Not the same person' }).click();
    await page.getByText(/are different; the pair is not suggested again/).waitFor();
    await candidates.getByRole('button', { name: /Jeyhun Bayramow/ }).waitFor({ state: 'detached' });
    const pairs = ok(await gql(`{ actorDuplicates(first: 100) { a { id } b { id } } }`)).actorDuplicates;
    expect(pairs.some((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(duplicate.id))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
