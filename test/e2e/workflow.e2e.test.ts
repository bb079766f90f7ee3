import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, selectText, seriousA11yViolations } from './support/browser';
import { autocomplete, expectValue, idFromUrl, signIn } from './support/console';

jest.setTimeout(180_000);

const PASSAGE = 'accused Armenia of harboring territorial claims from Azerbaijan, demanding that Armenia change its constitution';

describeInBrowser('an editor and a reviewer in the console (browser)', () => {
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

  it('editor creates an issue and a quote picked in the reader and submits them; a reviewer approves them; anonymous clients then see them', async () => {
    const editor = await openSession(browser, app.url);
    const { page } = editor;

    // The login page: fields labelled Email and Password.
    await page.goto('/');
    await page.getByLabel('Email').waitFor();
    await screenshot(page, 'login');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signIn(page, staff.editor.email);
    await screenshot(page, 'dashboard-editor');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Role-aware menu: editors have no Users and no Audit log.
    await expect(page.getByRole('menuitem', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Audit log' }).count()).resolves.toBe(0);

    // A new issue, submitted for review.
    await page.goto('/#/issues/create');
    await page.getByLabel('Title').fill('Constitutional referendum in Armenia');
    await page.getByLabel('Description').fill('Whether and when Armenia votes on a new constitution.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/issues\/[0-9a-f-]{36}\/show/);
    const issueId = idFromUrl(page, 'issues');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('[data-status="IN_REVIEW"]').waitFor();

    // A quote selected in the article reader.
    const { articles } = ok(await app.gql(`{ articles { edges { node { id body } } } }`));
    const article = articles.edges[0].node;
    await page.goto(`/#/articles/${article.id}/show`);
    await page.getByTestId('article-reader').waitFor();
    await screenshot(page, 'article-reader-editor');
    await selectText(page, '[data-testid="article-reader"]', PASSAGE);
    await page.getByRole('button', { name: 'New quote from selection' }).click();
    await page.waitForURL(/\/quotes\/create/);
    await expectValue(page.getByLabel('Quote text'), PASSAGE);
    const start = [...article.body.slice(0, article.body.indexOf(PASSAGE))].length;
    await expectValue(page.getByLabel('Start offset'), String(start));
    await expectValue(page.getByLabel('End offset'), String(start + [...PASSAGE].length));
    await autocomplete(page, 'Speaker', 'Bayramov', 'Jeyhun Bayramov');
    await autocomplete(page, 'Issues', 'Constitutional', 'Constitutional referendum in Armenia');
    await page.getByLabel('Delivery context').fill('press conference in Ankara');
    await screenshot(page, 'quote-create');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}\/show/);
    const quoteId = idFromUrl(page, 'quotes');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('[data-status="IN_REVIEW"]').waitFor();
    // An editor never sees Approve, not even on a record waiting for review.
    await expect(page.getByRole('button', { name: /approve/i }).count()).resolves.toBe(0);
    await screenshot(page, 'quote-show-in-review');

    // Not public yet.
    expect(ok(await app.gql(`query($id: ID!) { quote(id: $id) { id } }`, { id: quoteId })).quote).toBeNull();

    // The reviewer: the queue, the diff, bulk approval.
    const reviewer = await openSession(browser, app.url);
    await signIn(reviewer.page, staff.reviewer.email);
    await reviewer.page.goto('/#/review');
    const quoteRow = reviewer.page.getByRole('row').filter({ hasText: 'accused Armenia' });
    await quoteRow.waitFor();
    await quoteRow.locator('[aria-label="Expand"]').click();
    const diff = reviewer.page.getByTestId('review-diff');
    await diff.waitFor();
    await expect(diff.locator('[data-field="text"]').textContent()).resolves.toContain(PASSAGE);
    await expect(diff.locator('[data-field="deliveryContext"]').textContent()).resolves.toContain('press conference in Ankara');
    await screenshot(reviewer.page, 'review-queue-diff');
    expect(await seriousA11yViolations(reviewer.page)).toEqual([]);
    const issueRow = reviewer.page.getByRole('row').filter({ hasText: 'Constitutional referendum in Armenia' });
    // Selected quote first: bulk approval has to approve the issue it links to before it.
    await quoteRow.getByRole('checkbox').check();
    await issueRow.getByRole('checkbox').check();
    await reviewer.page.getByRole('button', { name: 'Approve selected' }).click();
    await reviewer.page.getByText('Approved 2').waitFor();
    await reviewer.page.getByText('Nothing waits for review.').waitFor();

    // Anonymous clients see both now.
    const published = ok(
      await app.gql(
        `query($q: ID!, $i: ID!) { quote(id: $q) { text status speaker { name } issues { id title } } issue(id: $i) { title status } }`,
        {
          q: quoteId,
          i: issueId,
        },
      ),
    );
    expect(published.quote).toEqual({
      text: PASSAGE,
      status: 'APPROVED',
      speaker: { name: 'Jeyhun Bayramov' },
      issues: [{ id: issueId, title: 'Constitutional referendum in Armenia' }],
    });
    expect(published.issue).toEqual({ title: 'Constitutional referendum in Armenia', status: 'APPROVED' });

    // The editor's record page shows the approval in its history.
    await page.reload();
    await page.locator('[data-status="APPROVED"]').waitFor();
    await page
      .getByText(/approved by Test reviewer/)
      .first()
      .waitFor();
    expect(editor.errors).toEqual([]);
    expect(reviewer.errors).toEqual([]);
    await editor.context.close();
    await reviewer.context.close();
  });
});
