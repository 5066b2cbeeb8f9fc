/** Driving Strapi's admin panel in Chromium, as an editor does: logging in, picking from its selects. */
import type { Page } from 'playwright-core';
import type { Cms } from './cms';
import { EVENT } from './content';

export async function logIn(page: Page, cms: Cms, credentials: { email: string; password: string }) {
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('button[type="submit"]').click();
  await page.getByRole('navigation').first().waitFor();
}

/** Picks an option of one of the design system's selects, found by its label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Clicks Save or Publish in a meeting's edit view and waits for the server's answer to it: its status. */
export async function clickAndAwait(page: Page, button: 'Speichern' | 'Veröffentlichen'): Promise<number> {
  const answer = page.waitForResponse((response) =>
    button === 'Speichern'
      ? response.request().method() === 'PUT' && response.url().includes(`/content-manager/collection-types/${EVENT}/`)
      : response.url().includes('/actions/publish'),
  );
  await page.getByRole('button', { name: button, exact: true }).click();
  return (await answer).status();
}
