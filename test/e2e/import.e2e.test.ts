import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';
import { idFromUrl, signIn } from './support/console';

jest.setTimeout(180_000);

const QUOTE = 'We are ready to sign the peace treaty with Armenia as soon as the constitution is changed';
const ARTICLE = ` date 2024-09-03 Bayramov says Baku wants a treaty without mediators

Foreign Minister Jeyhun Bayramow told reporters in Baku on Tuesday that Azerbaijan wanted to finish the peace treaty with Armenia directly.

"${QUOTE}," Bayramov said at a press conference.

Armenian Prime Minister Nikol Pashinyan said last week that his government would not hold a referendum before 2027.
`;

describeInBrowser('importing an article in the console (browser)', () => {
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

  it('an editor pastes an article, accepts a suggested quote and records a spelling; clients see nothing until it is approved', async () => {
    const { context, page, errors } = await openSession(browser, app.url);
    await signIn(page, staff.editor.email);
    await page.getByRole('menuitem', { name: 'Import article' }).click();
    await page.waitForURL(/\/import$/);
    await page.getByLabel('Article text').fill(ARTICLE);
    await screenshot(page, 'import-form');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
    const articleId = idFromUrl(page, 'import');

    // The suggestions: quotes with speaker and confidence, highlighted in the reader; actors; issues ranked.
    const quotes = page.getByTestId('quote-suggestions');
    await quotes.getByText(QUOTE, { exact: false }).waitFor();
    await quotes.getByText('confidence', { exact: false }).first().waitFor();
    // How and when, read from the words around the quote.
    await quotes
      .locator('[data-suggestion]')
      .filter({ hasText: QUOTE })
      .getByText('press conference (“press conference”) · said on 2024-09-03', { exact: false })
      .waitFor();
    const reader = page.getByTestId('article-reader');
    expect(await reader.locator('.suggested').count()).toBeGreaterThan(0);
    const actors = page.getByTestId('actor-suggestions');
    await actors.getByText('The article spells it “Jeyhun Bayramow”', { exact: false }).waitFor();
    await actors.getByRole('button', { name: 'Create actor Nikol Pashinyan' }).waitFor();
    await page.getByTestId('issue-suggestions').getByRole('checkbox').first().waitFor();
    await screenshot(page, 'import-suggestions');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Nothing but the draft article exists yet.
    const staffView = (query: string, variables?: Record<string, unknown>) => app.gql(query, variables, staff.editor.headers);
    expect(ok(await staffView(`query($id: ID!) { article(id: $id) { status quotes { id } } }`, { id: articleId })).article).toEqual({
      status: 'DRAFT',
      quotes: [],
    });
    expect(ok(await staffView(`{ actors(filter: { search: "Nikol Pashinyan" }) { totalCount } }`)).actors.totalCount).toBe(0);

    await actors.getByRole('button', { name: 'Record spelling “Jeyhun Bayramow” on Jeyhun Bayramov' }).click();
    await page.getByText('“Jeyhun Bayramow” recorded as a misspelling of Jeyhun Bayramov').waitFor();
    await quotes.getByRole('button', { name: /^Accept quote “We are ready/ }).click();
    await quotes.getByRole('link', { name: 'Accepted' }).waitFor();
    await screenshot(page, 'import-accepted');

    const article = ok(
      await staffView(`query($id: ID!) { article(id: $id) { status quotes { id text kind delivery saidOn speaker { name } } } }`, {
        id: articleId,
      }),
    ).article;
    expect(article.quotes).toEqual([
      {
        id: expect.any(String),
        text: QUOTE,
        kind: 'DIRECT',
        delivery: 'PRESS_CONFERENCE',
        saidOn: '2024-09-03',
        speaker: { name: 'Jeyhun Bayramov' },
      },
    ]);
    const quoteId = article.quotes[0].id;
    const { actors: found } = ok(
      await staffView(`{ actors(filter: { search: "Jeyhun Bayramov" }) { edges { node { id name misspellings } } } }`),
    );
    const bayramov = found.edges
      .map((e: { node: { id: string; name: string; misspellings: string[] } }) => e.node)
      .find((a: { name: string }) => a.name === 'Jeyhun Bayramov');
    expect(bayramov.misspellings).toContain('Jeyhun Bayramow');
    // Nothing was created without the editor: the proposed actor is still only a suggestion.
    expect(ok(await staffView(`{ actors(filter: { search: "Nikol Pashinyan" }) { totalCount } }`)).actors.totalCount).toBe(0);

    // Anonymous clients see none of it yet.
    const anonymous = async () =>
      ok(
        await app.gql(`query($a: ID!, $q: ID!, $b: ID!) { article(id: $a) { id } quote(id: $q) { id } actor(id: $b) { misspellings } }`, {
          a: articleId,
          q: quoteId,
          b: bayramov.id,
        }),
      );
    const before = await anonymous();
    expect(before.article).toBeNull();
    expect(before.quote).toBeNull();
    expect(before.actor.misspellings).not.toContain('Jeyhun Bayramow');

    // Submitted by the editor, approved by a reviewer: now they are public.
    for (const id of [articleId, bayramov.id, quoteId]) {
      ok(await app.gql(`mutation($id: ID!) { submitForReview(id: $id) { id } }`, { id }, staff.editor.headers));
      const { version } = ok(
        await app.gql(`query($id: ID!) { node(id: $id) { ... on Curated { version } } }`, { id }, staff.reviewer.headers),
      ).node;
      ok(
        await app.gql(`mutation($id: ID!, $r: Int!) { approve(id: $id, revision: $r) { id } }`, { id, r: version }, staff.reviewer.headers),
      );
    }
    const after = await anonymous();
    expect(after.article).toEqual({ id: articleId });
    expect(after.quote).toEqual({ id: quoteId });
    expect(after.actor.misspellings).toContain('Jeyhun Bayramow');

    // The same article again: nothing new, a link to the stored one.
    await page.goto('/#/import');
    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Import' }).click();
    const duplicate = page.getByTestId('import-duplicate');
    await duplicate.waitFor();
    await duplicate.getByRole('link', { name: /^Open “Bayramov says/ }).click();
    await page.waitForURL(new RegExp(`/articles/${articleId}/show`));
    expect(errors).toEqual([]);
    await context.close();
  });
});
