import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';
import { signIn } from './support/console';

jest.setTimeout(180_000);

describeInBrowser('fact-checking a quote (browser)', () => {
  let app: TestApp;
  let browser: Browser;
  let staff: Awaited<ReturnType<typeof createStaff>>;
  let quotes: { id: string; text: string; kind: string; speaker: { name: string } }[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ seed: true }), launchBrowser()]);
    staff = await createStaff(app);
    quotes = ok(await app.gql(`{ quotes(first: 50) { edges { node { id text kind speaker { name } } } } }`)).quotes.edges.map(
      (e: { node: (typeof quotes)[number] }) => e.node,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an editor fact-checks Bayramov’s statement with evidence and submits it; a second user approves it; its ClaimReview is public', async () => {
    const quote = quotes.find((q) => q.speaker.name === 'Jeyhun Bayramov' && q.text.startsWith('Despite'))!;
    expect(quote).toBeDefined();
    // Not public before: no fact-check, no ClaimReview.
    expect(ok(await app.gql(`query($id: ID!) { quote(id: $id) { factCheck { id } claimReview } }`, { id: quote.id })).quote).toEqual({
      factCheck: null,
      claimReview: null,
    });

    const editor = await openSession(browser, app.url);
    const { page } = editor;
    await signIn(page, staff.editor.email);
    // The dashboard counts the quotes without a fact-check.
    await page.getByTestId('quotes-without-fact-check').filter({ hasText: /^\d+$/ }).waitFor();
    await page.goto(`/#/quotes/${quote.id}/show`);
    await page.getByTestId('quote-checks').waitFor();
    await page.locator('[data-testid="verbatim-check"][data-matches="true"]').waitFor();

    const panel = page.getByTestId('fact-check-panel');
    await panel.getByRole('button', { name: 'Fact-check this quote' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fact-check this quote' });
    await dialog.getByRole('combobox', { name: 'Verdict' }).click();
    await page.getByRole('option', { name: /^Misleading — / }).click();
    await dialog.getByTestId('verdict-meaning').getByText('framed to leave a false impression').waitFor();
    await dialog.getByLabel('Summary').fill('The constitution is said to hold claims against Azerbaijan, not from it.');
    await dialog
      .getByLabel('Context for readers')
      .fill('Armenia’s declaration of independence is referenced in its constitution’s preamble.');
    for (const [i, source] of [
      ['https://example.org/constitution', 'Constitution of Armenia', 'Preamble'],
      ['https://example.org/press', 'Press conference transcript', 'The full statement'],
    ].entries()) {
      await dialog.getByRole('button', { name: 'Add' }).click();
      await dialog.getByLabel('URL').nth(i).fill(source[0]);
      await dialog.getByLabel('Source title').nth(i).fill(source[1]);
      await dialog.getByLabel('What it shows').nth(i).fill(source[2]);
    }
    await dialog.getByLabel('Accessed on').nth(0).fill('2024-08-29');
    // Reorder: the transcript first.
    await dialog.getByRole('button', { name: 'Move up' }).nth(1).click();
    await screenshot(page, 'fact-check-dialog');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save fact-check' }).click();
    await page.getByText(/^Fact-check saved/).waitFor();
    await panel.locator('[data-verdict="MISLEADING"]').waitFor();
    const sources = await panel.getByTestId('fact-check-view').locator('ol > li a').allTextContents();
    expect(sources).toEqual(['Press conference transcript', 'Constitution of Armenia']);

    await panel.getByRole('button', { name: 'Submit for review' }).click();
    await panel.locator('[data-status="IN_REVIEW"]').first().waitFor();
    // The editor never sees Approve.
    await expect(panel.getByRole('button', { name: /approve/i }).count()).resolves.toBe(0);
    await screenshot(page, 'quote-fact-check-in-review');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A reviewer approves it from the review queue; the record link goes to the quote.
    const reviewer = await openSession(browser, app.url);
    await signIn(reviewer.page, staff.reviewer.email);
    await reviewer.page.goto('/#/review');
    const row = reviewer.page.getByRole('row').filter({ hasText: 'Fact check' });
    await row.waitFor();
    await expect(row.getByRole('link').first().getAttribute('href')).resolves.toContain(`/quotes/${quote.id}/show`);
    await row.locator('[aria-label="Expand"]').click();
    await reviewer.page.getByTestId('review-diff').locator('[data-field="verdict"]').waitFor();
    await screenshot(reviewer.page, 'review-queue-fact-check');
    expect(await seriousA11yViolations(reviewer.page)).toEqual([]);
    await row.getByRole('button', { name: 'Approve' }).click();
    await reviewer.page
      .getByText(/^Approved/)
      .first()
      .waitFor();

    await reviewer.page.goto(`/#/quotes/${quote.id}/show`);
    const claimReview = reviewer.page.getByTestId('claim-review');
    await claimReview.waitFor();
    const shown = JSON.parse((await claimReview.textContent()) ?? '{}');
    expect(shown['@type']).toBe('ClaimReview');
    expect(shown.reviewRating.alternateName).toBe('Misleading');
    await screenshot(reviewer.page, 'quote-claim-review');
    expect(await seriousA11yViolations(reviewer.page)).toEqual([]);

    // The fact-checks list: the row opens the quote.
    await reviewer.page.goto('/#/factChecks');
    const listed = reviewer.page.getByRole('row').filter({ has: reviewer.page.locator('[data-verdict="MISLEADING"]') });
    await listed.waitFor();
    await screenshot(reviewer.page, 'fact-check-list');
    expect(await seriousA11yViolations(reviewer.page)).toEqual([]);
    await listed.click();
    await reviewer.page.waitForURL(new RegExp(`/quotes/${quote.id}/show`));

    // Anonymous clients see the approved fact-check and its ClaimReview.
    const published = ok(
      await app.gql(`query($id: ID!) { quote(id: $id) { factCheck { verdict status evidence { url } } claimReview } }`, { id: quote.id }),
    ).quote;
    expect(published.factCheck).toEqual({
      verdict: 'MISLEADING',
      status: 'APPROVED',
      evidence: [{ url: 'https://example.org/press' }, { url: 'https://example.org/constitution' }],
    });
    expect(published.claimReview['@type']).toBe('ClaimReview');
    expect(published.claimReview.reviewRating.ratingValue).toBe(2);
    expect(editor.errors).toEqual([]);
    expect(reviewer.errors).toEqual([]);
    await editor.context.close();
    await reviewer.context.close();
  });

  it('an edit that breaks a direct quote is refused, and saved as a paraphrase with the editor’s consent', async () => {
    const quote = quotes.find((q) => q.kind === 'DIRECT' && !q.text.startsWith('Despite'))!;
    const { context, page, errors } = await openSession(browser, app.url);
    await signIn(page, staff.editor.email);
    await page.goto(`/#/quotes/${quote.id}/edit`);
    const text = page.getByLabel('Quote text');
    await text.waitFor();
    await page.locator('[data-testid="verbatim-check"][data-matches="true"]').first().waitFor();
    await text.fill(`${quote.text} (sic)`);
    await page.locator('[data-testid="verbatim-check"][data-matches="false"]').first().waitFor();
    await screenshot(page, 'quote-edit-verbatim-mismatch');
    await page.getByRole('button', { name: 'Save' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'This edit breaks the direct quote' });
    await expect(dialog.getByTestId('article-holds').textContent()).resolves.toBe(quote.text);
    await dialog.getByRole('button', { name: 'Save as paraphrase' }).click();
    await page.waitForURL(new RegExp(`/quotes/${quote.id}/show`));
    await page.getByText('Saved as a paraphrase').waitFor();
    const saved = ok(
      await app.gql(`query($id: ID!) { node(id: $id) { ... on Quote { kind text } } }`, { id: quote.id }, staff.editor.headers),
    );
    expect(saved.node).toEqual({ kind: 'PARAPHRASE', text: `${quote.text} (sic)` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
