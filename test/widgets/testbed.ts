/**
 * What every widget test file needs: the real CMS with its demo content (serving the bundle),
 * a Chromium, a second web server on another origin, and helpers to read the API and the page
 * as a user meets it.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startCms } from '../support/cms';
import { launchBrowser } from './browser';
import { startHostSite, type HostSite } from './host-server';

export interface Testbed {
  /** Origin of the CMS, e.g. http://127.0.0.1:40123 */
  cms: string;
  browser: Browser;
  host: HostSite;
  /** GET a path of the CMS as JSON, the way a test checks what the widgets should show. */
  api<T>(path: string): Promise<T>;
}

/** Registers the hooks of a test file and returns the testbed once they ran. */
export function useTestbed(): () => Testbed {
  let testbed: Testbed | undefined;
  beforeAll(async () => {
    const { url } = await startCms();
    testbed = {
      cms: url,
      browser: await launchBrowser(),
      host: await startHostSite(),
      async api<T>(path: string) {
        const response = await fetch(url + path);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return (await response.json()) as T;
      },
    };
  });
  afterAll(async () => {
    await testbed?.browser.close();
    await testbed?.host.close();
  });
  return () => {
    if (!testbed) throw new Error('testbed not ready');
    return testbed;
  };
}

/** Waits until an element has left its loading state (its body is no longer aria-busy). */
export async function loaded(element: Locator): Promise<void> {
  await element.locator('[part=base][aria-busy=false]').waitFor();
}

/** Waits for every Treffpunkt element on the page to finish loading. */
export async function allLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('treffpunkt-latest-reports, treffpunkt-next-meeting, treffpunkt-upcoming-meetings')].every(
      (element) => element.shadowRoot?.querySelector('[part=base]')?.getAttribute('aria-busy') === 'false',
    ),
  );
}

/** The element that has keyboard focus, looking into shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const root = active.getRootNode();
    return {
      tag: active.tagName.toLowerCase(),
      text: active.textContent?.trim() ?? '',
      part: active.getAttribute('part'),
      slug: active.getAttribute('data-key'),
      role: active.getAttribute('role'),
      host: root instanceof ShadowRoot ? root.host.tagName.toLowerCase() + (root.host.id ? `#${root.host.id}` : '') : null,
    };
  });
}

/** Chromium's own line for a failed request is not the page's error; everything else is. */
export const pageErrors = (errors: string[]) => errors.filter((line) => !line.includes('Failed to load resource'));
