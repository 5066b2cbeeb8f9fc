/**
 * The size budget: what a page with every element loads to show their content is at most
 * 12,288 bytes gzip -9. The third file (structured data, what fills a list's room) comes once
 * the content is there and the content never waits for it; the second file comes only with
 * the first click. Both come from the same release as the first.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { openPage } from './browser';
import { hostPage } from './host-server';
import { startCms } from '../support/cms';
import { allLoaded, useTestbed } from './testbed';
import { widgetsSettled } from '../support/widget-layout.mjs';
import { worstCase } from './worst-case';

export const GZIP_BUDGET_BYTES = 12 * 1024;

const testbed = useTestbed();

describe('the widget bundle', () => {
  it('shows the content with at most 12,288 bytes gzip -9 of script, the rest after it and on the first click', async () => {
    const { cms, host, browser } = testbed();
    const worst = await worstCase(await startCms());
    host.page(
      '/budget.html',
      hostPage(
        `<treffpunkt-next-meeting network="${worst.busy}"></treffpunkt-next-meeting>
         <treffpunkt-latest-reports network="${worst.few}"></treffpunkt-latest-reports>`,
        { scriptSrc: `${cms}/treffpunkt/widgets.js` },
      ),
    );
    /** A fresh page of the host site that records the scripts it loads. */
    const visit = async () => {
      const { page, context } = await openPage(browser);
      const scripts: Response[] = [];
      page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));
      return { page, context, scripts, paths: () => scripts.map((response) => new URL(response.url()).pathname) };
    };
    const gzipped = async (responses: Response[]) =>
      (await Promise.all(responses.map(async (response) => gzipSync(await response.body(), { level: 9 }).length))).reduce(
        (a, b) => a + b,
        0,
      );

    // The content without the third file: it shows all the same.
    const first = await visit();
    await first.page.route(/\/widgets-after-render-[\w-]+\.js$/, (route) => route.abort());
    await first.page.goto(`${host.url}/budget.html`);
    await allLoaded(first.page);
    await first.page.waitForLoadState('networkidle');
    await expect(first.page.locator('treffpunkt-next-meeting [part=card] [part=heading]').textContent()).resolves.not.toBe('');
    await expect(first.page.locator('treffpunkt-latest-reports [part=card]').count()).resolves.toBe(2);
    expect(first.paths()).toEqual(['/treffpunkt/widgets.js']);
    expect(await gzipped(first.scripts)).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    // What travels is compressed too: brotli, which Chromium accepts, and within the budget.
    expect(first.scripts[0].headers()['content-encoding']).toBe('br');
    expect((await first.scripts[0].request().sizes()).responseBodySize).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    await first.context.close();

    // The third file once the content is there (the list shows all it has); the second on the first click.
    const { page, context, paths } = await visit();
    await page.goto(`${host.url}/budget.html`);
    await page.waitForFunction(widgetsSettled);
    expect(paths()).toEqual(['/treffpunkt/widgets.js', expect.stringMatching(/^\/treffpunkt\/widgets-after-render-[\w-]+\.js$/)]);
    await page.getByRole('button', { name: /Mehr zum Treffen/ }).click();
    await page.locator('treffpunkt-next-meeting [part=details]').waitFor();
    expect(paths().slice(2)).toEqual([expect.stringMatching(/^\/treffpunkt\/widgets-details-[\w-]+\.js$/)]);
    await context.close();
  });
});
