import type { Browser } from 'playwright-core';
import { createStaff, ok, startTestApp, type TestApp } from '../support/app';
import { describeInBrowser, launchBrowser, openSession, screenshot, seriousA11yViolations } from './support/browser';
import { signIn } from './support/console';

jest.setTimeout(180_000);

describeInBrowser('two editors saving the same quote (browser)', () => {
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

  it('ends with one CONFLICT shown, the other edit visible, and both edits kept after re-applying', async () => {
    const { quotes } = ok(
      await app.gql(`{ quotes(filter: { search: "only obstacle" }) { edges { node { id version saidOn deliveryContext } } } }`),
    );
    const quote = quotes.edges[0].node;
    const first = await openSession(browser, app.url);
    const second = await openSession(browser, app.url);
    await Promise.all([signIn(first.page, staff.editor.email), signIn(second.page, staff.editor2.email)]);
    // Both open the same version of the quote.
    await Promise.all([first.page.goto(`/#/quotes/${quote.id}`), second.page.goto(`/#/quotes/${quote.id}`)]);
    await Promise.all([first.page.getByLabel('Delivery context').waitFor(), second.page.getByLabel('Said on').waitFor()]);

    await first.page.getByLabel('Delivery context').fill('press conference in Ankara with Hakan Fidan');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.waitForURL(/\/show$/);

    await second.page.getByLabel('Said on').fill('2024-08-26');
    await second.page.getByRole('button', { name: 'Save' }).click();
    const dialog = second.page.getByRole('dialog', { name: 'Someone else saved this record while you were editing' });
    await dialog.waitFor();
    const theirs = dialog.getByTestId('their-change-deliveryContext');
    await expect(theirs.textContent()).resolves.toContain('press conference in Ankara with Hakan Fidan');
    await expect(dialog.textContent()).resolves.toContain('2024-08-26');
    await screenshot(second.page, 'conflict-dialog');
    expect(await seriousA11yViolations(second.page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Re-apply my edit' }).click();
    await second.page.waitForURL(/\/show$/);

    const saved = ok(
      await app.gql(
        `query($id: ID!) { quote(id: $id) { deliveryContext saidOn version } revisions(id: $id) { number author { email } } }`,
        { id: quote.id },
        staff.editor.headers,
      ),
    );
    expect(saved.quote).toEqual({
      deliveryContext: 'press conference in Ankara with Hakan Fidan',
      saidOn: '2024-08-26',
      version: quote.version + 2,
    });
    expect(saved.revisions.slice(0, 2).map((r: { author: { email: string } }) => r.author.email)).toEqual([
      staff.editor2.email,
      staff.editor.email,
    ]);
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});
