import type { Locator, Page } from 'playwright-core';
import { PASSWORD } from '../../support/app';

/** Signs in through the console's login page, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Awaiting review' }).waitFor();
}

/** The id at the end of a react-admin URL such as /#/quotes/<id>/show. */
export function idFromUrl(page: Page, resource: string): string {
  const match = new RegExp(`/${resource}/([0-9a-f-]{36})`).exec(page.url());
  if (!match) throw new Error(`No ${resource} id in ${page.url()}`);
  return match[1];
}

/** Picks an option in a react-admin AutocompleteInput by typing part of it. */
export async function autocomplete(page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits for react-admin's notification and returns its text. */
export async function notification(page: Page): Promise<string> {
  const alert = page.locator('.RaNotification-root, [role="alert"]').filter({ hasText: /\S/ }).first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

/** Waits until an input holds `expected` (forms fill in asynchronously); fails with what it holds. */
export async function expectValue(locator: Locator, expected: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let value = '';
  while (Date.now() < until) {
    value = await locator.inputValue();
    if (value === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected the input to hold "${expected}", it holds "${value}"`);
}
