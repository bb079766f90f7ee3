import type { Browser } from 'playwright-core';
import { ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';

jest.setTimeout(120_000);

describeInBrowser('the article reader (browser)', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the demo article with every quote and mention highlighted at its offsets, linked to the record', async () => {
    const data = ok(await app.gql(`{ articles { edges { node { id quotes { id text } mentions { id actor { id } } } } } }`));
    const article = data.articles.edges[0].node;
    const { context, page, errors } = await openSession(browser, app.url);
    await page.goto(`/#/articles/${article.id}/show`);
    const reader = page.getByTestId('article-reader');
    await reader.waitFor();
    await expect(reader.locator(`[data-span="${article.quotes[0].id}"]`).first()).toBeTruthy();
    for (const quote of article.quotes) {
      const marked = (await reader.locator(`[data-span="${quote.id}"]`).allTextContents()).join('');
      // Mentions inside a quote split it into several marked pieces; together they cover the quote.
      expect(quote.text.replace(/\s+/g, ' ')).toContain(marked.replace(/\s+/g, ' ').slice(0, 20));
    }
    expect(await reader.locator('.mention').count()).toBeGreaterThanOrEqual(article.mentions.length);
    await screenshot(page, 'article-reader');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await reader.locator(`a[data-span="${article.quotes[0].id}"]`).first().click();
    await page.waitForURL(new RegExp(`/quotes/${article.quotes[0].id}/show`));
    await page.getByText('In the article').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
