/**
 * Issue 12: the embed pages (/treffpunkt/embed/<widget>) for sites that allow no script. Each is
 * checked as a site owner and a visitor meet it: with JavaScript off it already shows what the
 * API has; framed by a page on another origin it behaves like the widget, sends links to the top
 * window and keeps the reader in the frame; the optional resize script sizes the frame to the
 * page's own suggestion and ignores everyone else's messages; wrong options get a page that
 * names them.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import type { EventListResponse, NextEventResponse, ReportListResponse } from 'treffpunkt-shared/wire';
import { defaultOptions, snippet, withWidget } from '../../cms/src/plugins/treffpunkt/admin/src/embed/snippet';
import { FRAME_HEIGHT_MESSAGE } from '../../widgets/src/embed/frame-message';
import { widgetsSettled } from '../support/widget-layout.mjs';
import { openPage } from './browser';
import { allLoaded, pageErrors, useTestbed } from './testbed';

const testbed = useTestbed();

const reportsList = (query: string) => testbed().api<ReportListResponse>(`/api/treffpunkt/reports?${query}`);
const embedUrl = (path: string) => `${testbed().cms}/treffpunkt/embed/${path}`;

/** The frame height the embed page suggests for its content. */
const suggestedHeight = (page: Page) => page.locator('meta[name="treffpunkt-frame-height"]').getAttribute('content').then(Number);

/** The background of a dark host page. */
const DARK_SITE = { css: ':root{color-scheme:dark;background:#101820}', rgb: [0x10, 0x18, 0x20] };

/** A host page on another origin that frames `src`; `script` adds the optional resize line, `dark` makes it a dark site. */
function framingPage(src: string, { script = false, height = 120, dark = false } = {}) {
  const { host, cms } = testbed();
  const path = `/frame-${Math.random().toString(36).slice(2)}.html`;
  host.page(
    path,
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Vereinsseite</title>${dark ? `<style>${DARK_SITE.css}</style>` : ''}
${script ? `<script type="module" src="${cms}/treffpunkt/widgets-frames.js"></script>` : ''}</head>
<body><h1>Unser Verein</h1><iframe id="treffpunkt" src="${src}" title="Treffpunkt" style="width:100%;height:${height}px;border:0"></iframe>
<p id="after">Weiter im Text</p></body></html>`,
  );
  return `${host.url}${path}`;
}

describe('embed pages without JavaScript', () => {
  it('show the titles the API has, for each widget', async () => {
    const { page, context } = await openPage(testbed().browser, { javaScriptEnabled: false });
    await page.goto(embedUrl('latest-reports?network=jetzt,zwh,bke&limit=2'));
    const { data: reports } = await reportsList('network=bke,jetzt,zwh&limit=2&page=1&locale=de');
    expect(reports.length).toBe(2);
    await expect(page.locator('[part=card] [part=heading]').allTextContents()).resolves.toEqual(reports.map((report) => report.title));

    await page.goto(embedUrl('next-meeting?network=bke&include-subnetworks&lang=en'));
    const { data: next } = await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=bke&include=subnetworks&locale=en');
    await expect(page.locator('[part=heading]').first().textContent()).resolves.toBe(next!.title);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    await page.goto(embedUrl('upcoming-meetings?network=bke&include-subnetworks&limit=4'));
    const { data: upcoming } = await testbed().api<EventListResponse>(
      '/api/treffpunkt/events?network=bke&include=subnetworks&limit=4&page=1&locale=de',
    );
    await expect(page.locator('[part=item] [part=heading]').allTextContents()).resolves.toEqual(upcoming.map((event) => event.title));
    await context.close();
  });

  it('lead a report\'s "read more" to its page, where the whole report is, as the frame\'s other links go', async () => {
    const {
      data: [report],
    } = await reportsList('network=jetzt&limit=1&page=1&locale=de');
    const { page, context } = await openPage(testbed().browser, { javaScriptEnabled: false });
    await page.goto(framingPage(embedUrl('latest-reports?network=jetzt&limit=1'), { height: 600 }));
    await Promise.all([page.waitForURL(report.url), page.frameLocator('#treffpunkt').locator('[part=read-more]').first().click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe(report.title);
    await context.close();
  });

  it('take the height they suggest for the frame, in every layout', async () => {
    const { page, context } = await openPage(testbed().browser, { javaScriptEnabled: false, viewport: { width: 420, height: 900 } });
    for (const path of [
      'latest-reports?network=jetzt',
      'latest-reports?network=jetzt,zwh,bke&layout=list&limit=2',
      'next-meeting?network=zwh',
      'next-meeting?network=zwh&layout=compact',
      'upcoming-meetings?network=bke&include-subnetworks&limit=3',
    ]) {
      await page.goto(embedUrl(path));
      const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.round(height), path).toBe(await suggestedHeight(page));
    }
    await context.close();
  });
});

describe('embed pages in a frame on another website', () => {
  it('may be framed by any site, and hydrate into the widget: one load event, "more reports" works, no errors', async () => {
    const response = await fetch(embedUrl('latest-reports?network=jetzt&limit=1'));
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');

    const { page, context, log } = await openPage(testbed().browser);
    await page.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { seen: unknown[] }).seen = []);
      document.addEventListener('treffpunkt-load', (event) => seen.push((event as CustomEvent).detail));
    });
    await page.goto(framingPage(embedUrl('latest-reports?network=jetzt,zwh,bke&limit=1'), { height: 600 }));
    const frame = page.frameLocator('#treffpunkt');
    await frame.locator('[part=card]').first().waitFor();
    const embedded = page.frame({ url: /treffpunkt\/embed/ })!;
    await embedded.waitForFunction(() => customElements.get('treffpunkt-latest-reports'));
    await expect(embedded.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).resolves.toEqual([{ count: 1 }]);
    // The page came with its answer: the script does not ask for it again.
    expect(log.requests.filter((url) => url.includes('/api/treffpunkt/'))).toEqual([]);

    const { data: secondPage } = await reportsList('network=bke,jetzt,zwh&limit=1&page=2&locale=de');
    await frame.locator('[part=more]').click();
    await expect(frame.locator('[part=card] [part=heading]').nth(1).textContent()).resolves.toBe(secondPage[0].title);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it("opens a report in the frame, and sends the site's own report page to the top window", async () => {
    const { host } = testbed();
    const {
      data: [report],
    } = await reportsList('network=jetzt&limit=1&page=1&locale=de');
    const { page, context } = await openPage(testbed().browser);
    const top = framingPage(embedUrl('latest-reports?network=jetzt&limit=1'), { height: 900 });
    await page.goto(top);
    const frame = page.frameLocator('#treffpunkt');
    await frame.locator('[part=read-more]').first().click();
    await expect(frame.locator('[part=report] #report-title').textContent()).resolves.toBe(report.title);
    expect(page.url()).toBe(top);

    host.page('/berichte/index.html', '<!doctype html><title>Bericht</title><p>Seite des Vereins</p>');
    const template = encodeURIComponent(`${host.url}/berichte/index.html?bericht={slug}`);
    await page.goto(framingPage(embedUrl(`latest-reports?network=jetzt&limit=1&href-template=${template}`)));
    await Promise.all([page.waitForURL(/\/berichte\//), page.frameLocator('#treffpunkt').locator('[part=read-more]').first().click()]);
    expect(page.url()).toBe(`${host.url}/berichte/index.html?bericht=${report.slug}`);
    await context.close();
  });

  it('opens the report a deep link names, in place of the list, and "back" returns to the list', async () => {
    const {
      data: [report],
    } = await reportsList('network=bke&include=subnetworks&limit=1&page=1&locale=de');
    const { page, context, log } = await openPage(testbed().browser);
    await page.goto(
      framingPage(embedUrl(`latest-reports?network=bke&include-subnetworks=&limit=1&lang=de#treffpunkt-report=${report.slug}`), {
        height: 900,
      }),
    );
    const frame = page.frameLocator('#treffpunkt');
    await frame.locator('[part=report]').getByRole('heading', { name: report.title }).waitFor();
    await expect(frame.locator('[part=list]').isVisible()).resolves.toBe(false);
    await expect(frame.locator('[part=more]').isVisible()).resolves.toBe(false);
    // The server rendered the list, which knows no hash: hydration must find that markup, not the reader.
    expect(pageErrors(log.errors)).toEqual([]);

    await frame.locator('[part=back]').first().click();
    await frame.getByRole('link', { name: `Weiterlesen: ${report.title}` }).waitFor();
    await expect(frame.locator('[part=report]').count()).resolves.toBe(0);
    await context.close();
  });

  it('stays see-through on a dark site with a dark or automatic theme', async () => {
    const { page, context } = await openPage(testbed().browser, { colorScheme: 'dark' });
    for (const theme of ['dark', 'auto']) {
      await page.goto(framingPage(embedUrl(`next-meeting?network=zwh&theme=${theme}`), { height: 300, dark: true }));
      await page.frameLocator('#treffpunkt').locator('[part=heading]').first().waitFor();
      // A pixel of the embed page's margin, outside the card: the site's own background shows there.
      const shot = await page.locator('#treffpunkt').screenshot();
      const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
      const corner = [...data.subarray(info.channels * (2 * info.width + 2), info.channels * (2 * info.width + 2) + 3)];
      expect(corner, theme).toEqual(DARK_SITE.rgb);
    }
    await context.close();
  });

  it('opens links in a new tab with target=_blank', async () => {
    const { host } = testbed();
    const template = encodeURIComponent(`${host.url}/berichte/index.html?bericht={slug}`);
    const { page, context } = await openPage(testbed().browser);
    const top = framingPage(embedUrl(`latest-reports?network=jetzt&limit=1&target=_blank&href-template=${template}`));
    await page.goto(top);
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      page.frameLocator('#treffpunkt').locator('[part=read-more]').first().click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toContain('/berichte/index.html?bericht=');
    expect(page.url()).toBe(top);
    await context.close();
  });
});

describe('the resize script for host pages', () => {
  const frameHeight = (page: Page) => page.locator('#treffpunkt').evaluate((frame) => frame.getBoundingClientRect().height);

  /**
   * Resolves once the page has received `count` more messages. Its listener comes after the
   * resize script's, so by then the script has handled them too.
   */
  async function listenForMessages(page: Page, count: number) {
    await page.evaluate((count) => {
      (window as unknown as { heard: Promise<void> }).heard = new Promise((resolve) => {
        let seen = 0;
        addEventListener('message', () => ++seen === count && resolve());
      });
    }, count);
    return () => page.evaluate(() => (window as unknown as { heard: Promise<void> }).heard);
  }

  it("grows the frame to the embed page's content, and again when a report opens", async () => {
    const { page, context } = await openPage(testbed().browser);
    await page.goto(framingPage(embedUrl('latest-reports?network=jetzt&limit=1'), { script: true }));
    const embedded = page.frame({ url: /treffpunkt\/embed/ })!;
    await embedded.locator('[part=card]').first().waitFor();
    const suggested = await suggestedHeight(embedded as unknown as Page);
    await page.waitForFunction((height) => document.getElementById('treffpunkt')!.getBoundingClientRect().height === height, suggested);

    await page.frameLocator('#treffpunkt').locator('[part=read-more]').first().click();
    await page.frameLocator('#treffpunkt').locator('[part=report]').waitFor();
    const open = await embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(open).toBeGreaterThan(suggested);
    await page.waitForFunction((height) => document.getElementById('treffpunkt')!.getBoundingClientRect().height === height, open);
    await context.close();
  });

  it('ignores height messages from other origins, and heights that make no sense', async () => {
    const { page, context } = await openPage(testbed().browser);
    await page.goto(framingPage(`${testbed().host.url}/favicon.ico`, { script: true, height: 120 }));
    // The frame says "500 px" in the CMS's words, but it is the host's own origin, not the CMS; so is the page.
    const heard = await listenForMessages(page, 2);
    await page.frame({ url: /favicon/ })!.evaluate((type) => parent.postMessage({ type, height: 500 }, '*'), FRAME_HEIGHT_MESSAGE);
    await page.evaluate((type) => window.postMessage({ type, height: 500 }, '*'), FRAME_HEIGHT_MESSAGE);
    await heard();
    await expect(frameHeight(page)).resolves.toBe(120);

    // A real embed page whose messages count, until one makes no sense. In this wide frame the
    // card is lower than the height the page suggests for any width: the frame takes the card's.
    await page.goto(framingPage(embedUrl('next-meeting?network=zwh'), { script: true, height: 120 }));
    const embedded = page.frame({ url: /treffpunkt\/embed/ })!;
    await embedded.locator('[part=card]').waitFor();
    const fitted = await embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(fitted).toBeLessThan(await suggestedHeight(embedded as unknown as Page));
    await page.waitForFunction((height) => document.getElementById('treffpunkt')!.getBoundingClientRect().height === height, fitted);
    const heardAll = await listenForMessages(page, 4);
    await embedded.evaluate((type) => {
      for (const height of [-1, 0, 1e9, '300']) parent.postMessage({ type, height }, '*');
    }, FRAME_HEIGHT_MESSAGE);
    await heardAll();
    await expect(frameHeight(page)).resolves.toBe(fitted);
    await context.close();
  });
});

describe('embed pages with wrong options', () => {
  it('answer a 400 page that names the option, and a 404 page for an unknown network', async () => {
    const bad = await fetch(embedUrl('latest-reports?network=jetzt&limit=99'));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/html');
    expect(await bad.text()).toMatch(/Option &quot;limit&quot;.*1 to 20/);

    const unknown = await fetch(embedUrl('next-meeting?network=jetzt&colour=red'));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('colour');

    const missing = await fetch(embedUrl('next-meeting?network=gibt-es-nicht&lang=en'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');

    const { page, context } = await openPage(testbed().browser);
    await page.goto(framingPage(embedUrl('upcoming-meetings?network=bke&layout=grid')));
    await expect(page.frameLocator('#treffpunkt').getByRole('alert').textContent()).resolves.toContain('layout');
    await expect(page.locator('#after').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the script snippet from the admin', () => {
  /**
   * What the snippet page asks the API, each once: the two widgets' first answers (preloaded),
   * and what fills the room of the list, which shows all of JETZT's reports: the network (its
   * page and feed) and its next meeting.
   */
  const SNIPPET_PAGE_REQUESTS = () =>
    [
      'events/next?network=zwh&locale=de',
      'reports?network=jetzt&limit=2&page=1&locale=de',
      'networks/jetzt?locale=de',
      'events/next?network=jetzt&locale=de',
    ]
      .map((path) => `${testbed().cms}/api/treffpunkt/${path}`)
      .sort();
  const apiRequests = (requests: string[]) => requests.filter((url) => url.includes('/api/treffpunkt/')).sort();

  /** A host page with the snippets of two widgets, as the admin writes them; `head` is the page's own. */
  function snippetPage(head = '') {
    const { host, cms } = testbed();
    const widgets = `${cms}/treffpunkt/widgets.js`;
    const reports = { ...defaultOptions('jetzt', 'de'), limit: 2 };
    const next = withWidget(defaultOptions('zwh', 'de'), 'next-meeting');
    const path = `/snippet-${Math.random().toString(36).slice(2)}.html`;
    host.page(
      path,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Verein</title>${head}</head>
<body><h1>Unser Verein</h1>${snippet(reports, widgets)}\n${snippet(next, widgets)}</body></html>`,
    );
    return `${host.url}${path}`;
  }

  it("preloads each widget's first answer, and the widget takes that answer: one request each", async () => {
    const { page, context, log } = await openPage(testbed().browser);
    await page.goto(snippetPage());
    await page.waitForFunction(widgetsSettled);
    expect(apiRequests(log.requests)).toEqual(SNIPPET_PAGE_REQUESTS());
    // Chromium warns about a preload nobody used; both were used.
    expect(log.warnings.filter((line) => line.includes('preload'))).toEqual([]);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('draws each widget once, with its content, when the preloaded answers came before the script', async () => {
    const { page, context, log } = await openPage(testbed().browser);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/treffpunkt/widgets.js',
      async (route) => (await released, route.continue()),
    );
    // Every shadow root is watched from its start: a skeleton drawn first would turn aria-busy from "true" to "false".
    await page.addInitScript(() => {
      const skeletons: string[] = ((window as unknown as { skeletons: string[] }).skeletons = []);
      const attachShadow = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attachShadow.call(this, init);
        new MutationObserver((records) =>
          records.forEach((record) => record.oldValue === 'true' && skeletons.push(this.localName)),
        ).observe(root, {
          subtree: true,
          attributeFilter: ['aria-busy'],
          attributeOldValue: true,
        });
        return root;
      };
    });
    const answered = Promise.all(
      ['/api/treffpunkt/reports', '/api/treffpunkt/events/next'].map((path) =>
        page.waitForEvent('requestfinished', (request) => new URL(request.url()).pathname === path),
      ),
    );
    await page.goto(snippetPage(), { waitUntil: 'commit' });
    await answered;
    release();
    await allLoaded(page);
    await expect(page.locator('treffpunkt-next-meeting [part=card] [part=heading]').textContent()).resolves.not.toBe('');
    await expect(page.evaluate(() => (window as unknown as { skeletons: string[] }).skeletons)).resolves.toEqual([]);
    await page.waitForFunction(widgetsSettled);
    expect(apiRequests(log.requests)).toEqual(SNIPPET_PAGE_REQUESTS());
    await context.close();
  });

  it('keeps the page still while the preloaded answers are late: the skeletons first, then the content', async () => {
    const { page, context, log } = await openPage(testbed().browser);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(
      (url) => url.pathname.startsWith('/api/treffpunkt/'),
      async (route) => (await answered, route.continue()),
    );
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) =>
        shifts.push(...list.getEntries().map((entry) => (entry as unknown as { value: number }).value)),
      ).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.goto(snippetPage());
    const skeletons = page.locator(
      'treffpunkt-latest-reports [part=base][aria-busy=true], treffpunkt-next-meeting [part=base][aria-busy=true]',
    );
    await expect.poll(() => skeletons.count()).toBe(2);
    answer();
    await allLoaded(page);
    await expect(page.locator('treffpunkt-next-meeting [part=card] [part=heading]').textContent()).resolves.not.toBe('');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForFunction(widgetsSettled);
    await expect(page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).resolves.toEqual([]);
    expect(apiRequests(log.requests)).toEqual(SNIPPET_PAGE_REQUESTS());
    await context.close();
  });

  it("works beside the host page's own preload lines that have no URL", async () => {
    const { page, context, log } = await openPage(testbed().browser);
    await page.goto(snippetPage('<link rel="preload" as="fetch"><link rel="preload" as="fetch" href="http://[kaputt">'));
    await allLoaded(page);
    const { data } = await reportsList('network=jetzt&limit=2&page=1&locale=de');
    await expect(page.locator('treffpunkt-latest-reports [part=card] [part=heading]').allTextContents()).resolves.toEqual(
      data.map((report) => report.title),
    );
    await expect(page.locator('treffpunkt-next-meeting [part=card] [part=heading]').textContent()).resolves.not.toBe('');
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('checks a preloaded answer like any other: one of the wrong shape shows the problem and the fallback', async () => {
    const { page, context } = await openPage(testbed().browser);
    await page.route(
      (url) => url.pathname === '/api/treffpunkt/reports',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: '{"data":"kaputt"}',
        }),
    );
    await page.goto(snippetPage());
    await allLoaded(page);
    const reports = page.locator('treffpunkt-latest-reports');
    await expect(reports.locator('[part=message]').textContent()).resolves.toBe('Inhalte gerade nicht erreichbar.');
    await expect(reports.getByRole('link', { name: 'Aktuelle Berichte' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("shows visitors without JavaScript a link to the network's embed page, which has the content", async () => {
    const { page, context } = await openPage(testbed().browser, { javaScriptEnabled: false });
    await page.goto(snippetPage());
    const link = page.getByRole('link', { name: 'Aktuelle Berichte' });
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Nächstes Treffen' }).isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(/\/treffpunkt\/embed\/latest-reports/);
    const { data } = await reportsList('network=jetzt&limit=2&page=1&locale=de');
    await expect(page.locator('[part=card] [part=heading]').allTextContents()).resolves.toEqual(data.map((report) => report.title));
    await context.close();
  });
});
