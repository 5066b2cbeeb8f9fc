/**
 * Headless Chromium for the widget tests, driven by playwright-core. Playwright's own browser
 * download does not work here: the tests use Debian's chromium (`apt-get install chromium`),
 * or the one CHROMIUM_PATH names.
 */
import path from 'node:path';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { repoRoot, startCms } from '../support/cms';
import { cmsClock } from '../support/clock';

export { CHROMIUM, launchChromium as launchBrowser } from '../support/chromium.mjs';

/** What went wrong on a page: uncaught errors, console errors and warnings, failed requests. */
export interface PageLog {
  errors: string[];
  warnings: string[];
  requests: string[];
}

/**
 * A fresh page in its own context (own cache, own history) that records uncaught errors, console
 * output and every request, so tests can assert that the host page stayed intact. The page's
 * clock (Playwright's) starts where the test CMS's clock is, so widgets and API agree on "now".
 */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Lisbon', ...options });
  await context.clock.install({ time: cmsClock(await startCms()).now() });
  const page = await context.newPage();
  const log: PageLog = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('request', (request) => log.requests.push(request.url()));
  return { page, context, log };
}

/** axe-core's script, injected into pages under test. */
export const AXE_PATH = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

/** Runs axe-core on the page (shadow roots included) and returns its violations, each with the failing targets. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`),
    }));
  });
}
