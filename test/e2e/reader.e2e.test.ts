import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';
import { signIn } from './support/console';

jest.setTimeout(120_000);

describeInBrowser('the article reader (browser)', () => {
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

  it('shows the demo article with every quote and mention highlighted at its offsets, linked to the record', async () => {
    const data = ok(await app.gql(`{ articles { edges { node { id quotes { id text } mentions { id actor { id } } } } } }`));
    const article = data.articles.edges[0].node;
    const { context, page, errors } = await openSession(browser, app.url);
    await signIn(page, staff.reviewer.email);
    await page.goto(`/#/articles/${article.id}/show`);
    const reader = page.getByTestId('article-reader');
    await reader.waitFor();
    for (const quote of article.quotes) {
      // Mentions inside a quote cut it into pieces; together the pieces are exactly the quote.
      const pieces = await reader.locator(`[data-quote="${quote.id}"]`).allTextContents();
      expect(pieces.join('')).toBe(quote.text);
    }
    for (const mention of article.mentions) {
      expect(await reader.locator(`[data-mention="${mention.id}"] a[href$="/actors/${mention.actor.id}/show"]`).count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'article-reader');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A piece of the quote outside any mention links to the quote itself.
    await reader.locator(`[data-quote="${article.quotes[0].id}"]:not([data-mention]) a`).first().click();
    await page.waitForURL(new RegExp(`/quotes/${article.quotes[0].id}/show`));
    await page.getByRole('heading', { name: 'In the article' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
