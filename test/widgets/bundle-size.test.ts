/**
 * The size budget: what a page with every element loads before
 * a visitor does anything is at most 12,288 bytes gzip -9. The second file comes only with the
 * first click, and comes from the same release as the first.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { openPage } from './browser';
import { hostPage } from './host-server';
import { startCms } from '../support/cms';
import { allLoaded, useTestbed } from './testbed';
import { worstCase } from './worst-case';

export const GZIP_BUDGET_BYTES = 12 * 1024;

const testbed = useTestbed();

describe('the widget bundle', () => {
  it('loads at most 12,288 bytes gzip -9 of script until a visitor clicks, and the rest on the first click', async () => {
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
    const { page, context } = await openPage(browser);
    const scripts: Response[] = [];
    page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));
    await page.goto(`${host.url}/budget.html`);
    await allLoaded(page);
    await page.waitForLoadState('networkidle');

    const gzipped = async (responses: Response[]) =>
      (await Promise.all(responses.map(async (response) => gzipSync(await response.body(), { level: 9 }).length))).reduce(
        (a, b) => a + b,
        0,
      );
    const firstLoad = [...scripts];
    expect(firstLoad.map((response) => new URL(response.url()).pathname)).toEqual(['/treffpunkt/widgets.js']);
    expect(await gzipped(firstLoad)).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    // What travels is compressed too: brotli, which Chromium accepts, and within the budget.
    expect(firstLoad[0].headers()['content-encoding']).toBe('br');
    expect((await firstLoad[0].request().sizes()).responseBodySize).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);

    await page.getByRole('button', { name: /Mehr zum Treffen/ }).click();
    await page.locator('treffpunkt-next-meeting [part=details]').waitFor();
    const later = scripts.slice(firstLoad.length).map((response) => new URL(response.url()).pathname);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(/^\/treffpunkt\/widgets-details-[\w-]+\.js$/);
    await context.close();
  });
});
