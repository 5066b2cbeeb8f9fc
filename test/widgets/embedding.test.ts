/**
 * The widgets on a site owner's page: another origin than the CMS, the script tag pasted (even
 * twice), several elements asking for the same thing, and an API that is down, slow, broken
 * or hostile. Faults are made with Playwright's request interception; everything else is the
 * real CMS with its demo content, and a member's website (feed and calendar) that the CMS mirrors.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { SOURCE } from 'treffpunkt-shared/content-types';
import type { NextEventResponse, ReportListResponse, ReportResponse, WireReport } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../../cms/src/plugins/treffpunkt/server/src/plugin';
import { startCms, type Cms } from '../support/cms';
import { createNetwork, dateInDays } from '../support/content';
import { eventsCalendarExport, wordpressFeed } from '../support/source-fixtures';
import { startSourceServer } from '../support/source-server';
import { axeViolations, openPage, type PageLog } from './browser';
import { hostPage } from './host-server';
import { allLoaded, focused, loaded, pageErrors, useTestbed } from './testbed';
import { widgetsSettled } from '../support/widget-layout.mjs';

const testbed = useTestbed();

let pageNumber = 0;

/** Puts `body` on the host site (another origin) with the bundle from the CMS, and opens it. */
async function openHostPage(
  body: string,
  {
    lang = 'de',
    head = '',
    scripts,
    beforeGoto,
  }: { lang?: string; head?: string; scripts?: string[]; beforeGoto?: (page: Page, context: BrowserContext) => Promise<unknown> } = {},
): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const { cms, host, browser } = testbed();
  const path = `/page-${++pageNumber}.html`;
  const [first, ...more] = scripts ?? [`${cms}/treffpunkt/widgets.js`];
  const extra = more.map((src) => `<script type="module" src="${src}"></script>`).join('');
  host.page(path, hostPage(body, { scriptSrc: first, lang, head: head + extra }));
  const opened = await openPage(browser);
  await beforeGoto?.(opened.page, opened.context);
  await opened.page.goto(host.url + path);
  return opened;
}

/** Requests the page made to an API path (query included). */
const apiCalls = (log: PageLog, path: string) => log.requests.filter((url) => new URL(url).pathname === `/api/treffpunkt/${path}`);

const FALLBACK = '<p class="fallback">Termine auch unter 0123 456789.</p>';

/**
 * A member network whose website (a WordPress feed, an events calendar) the CMS mirrors, read
 * once; `remove` deletes the sources, which takes what they brought with them.
 */
async function mirroredMember(cms: Cms) {
  const site = await startSourceServer();
  const settings = 'plugin::treffpunkt.sources';
  const before = cms.strapi.config.get<Record<string, unknown>>(settings);
  // The member's website is on this machine: the operators allow that, as a private network's office would.
  cms.strapi.config.set(settings, { ...before, allowPrivateAddresses: true });
  const network = await createNetwork(cms, { name: 'Landesverband Ost' });
  site.set('/feed/', {
    type: 'application/rss+xml',
    body: wordpressFeed(site.url, 'LV Ost Website', [
      {
        id: 7,
        title: 'Sommerfest',
        pubDate: 'Tue, 05 Jan 2027 17:30:00 +0000',
        summary: 'Wir haben gefeiert.',
        content: '<p>Schön war es.</p>',
      },
    ]),
  });
  const day = dateInDays(5).replaceAll('-', '');
  site.set('/termine.ics', {
    type: 'text/calendar',
    body: eventsCalendarExport(site.url, [
      { uid: '88@lv-ost.example', lines: [`DTSTART:${day}T170000Z`, `DTEND:${day}T190000Z`, 'SUMMARY:Stammtisch Ost'] },
    ]),
  });
  const sources: string[] = [];
  for (const [name, path, format] of [
    ['LV Ost (Website)', '/feed/', 'feed'],
    ['LV Ost (Kalender)', '/termine.ics', 'icalendar'],
  ]) {
    const { documentId } = await cms.strapi
      .documents(SOURCE as never)
      .create({ data: { name, url: site.url + path, format, network: network.documentId } as never });
    expect((await treffpunkt(cms.strapi).service('sources').readNow(documentId, 'en'))?.problem).toBeNull();
    sources.push(documentId);
  }
  return {
    slug: String(network.slug),
    site: site.url,
    async remove() {
      for (const documentId of sources) await cms.strapi.documents(SOURCE as never).delete({ documentId });
      cms.strapi.config.set(settings, before);
      await site.close();
    },
  };
}

describe('on a site owner’s page', () => {
  it('works from another origin with the pasted script tag, even pasted twice and from two URLs', async () => {
    const { cms } = testbed();
    const { versioned } = await testbed().api<{ versioned: { script: string } }>('/treffpunkt/widgets.json');
    const { page, context, log } = await openHostPage(
      `<treffpunkt-next-meeting network="bke" include-subnetworks></treffpunkt-next-meeting>
       <treffpunkt-latest-reports network="jetzt"></treffpunkt-latest-reports>`,
      { scripts: [`${cms}/treffpunkt/widgets.js`, `${cms}/treffpunkt/widgets.js`, cms + versioned.script] },
    );
    expect(new URL(page.url()).origin).not.toBe(cms);
    await allLoaded(page);
    const { data: event } = await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=bke&include=subnetworks&locale=de');
    const { data: reports } = await testbed().api<ReportListResponse>('/api/treffpunkt/reports?network=jetzt&limit=3&page=1&locale=de');
    await expect(page.locator('treffpunkt-next-meeting').getByRole('heading').first().textContent()).resolves.toBe(event!.title);
    await expect(page.locator('treffpunkt-latest-reports').locator('[part=card]').getByRole('heading').allTextContents()).resolves.toEqual(
      reports.map((r) => r.title),
    );
    // Both URLs of the bundle ran; the API was found from the script's own URL. The third file
    // came once, beside the copy that defined the elements.
    await page.waitForFunction(widgetsSettled);
    const files = log.requests.filter((url) => new URL(url).pathname.startsWith('/treffpunkt/'));
    expect(files).toEqual([
      `${cms}/treffpunkt/widgets.js`,
      cms + versioned.script,
      expect.stringMatching(/\/treffpunkt\/widgets-after-render-[\w-]+\.js$/),
    ]);
    expect(files[2].startsWith(`${cms}/treffpunkt/`)).toBe(true);
    expect(apiCalls(log, 'events/next').every((url) => url.startsWith(cms))).toBe(true);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('adds nothing global but its two elements (and Lit’s own registries)', async () => {
    const bare = await openPage(testbed().browser);
    testbed().host.page('/bare.html', '<!doctype html><title>leer</title><link rel="icon" href="data:,">');
    await bare.page.goto(`${testbed().host.url}/bare.html`);
    const before = await bare.page.evaluate(() => Object.getOwnPropertyNames(window));
    await bare.context.close();

    const { page, context } = await openHostPage('<treffpunkt-next-meeting network="zwh"></treffpunkt-next-meeting>');
    await allLoaded(page);
    const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !before.includes(name));
    expect(
      added.filter((name) => !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata)$/.test(name)),
    ).toEqual([]);
    await expect(
      page.evaluate(() => [customElements.get('treffpunkt-next-meeting'), customElements.get('treffpunkt-latest-reports')].every(Boolean)),
    ).resolves.toBe(true);
    await context.close();
  });

  it('asks the API once for identical elements, and shows the same in each', async () => {
    const { page, context, log } = await openHostPage(`
      <treffpunkt-next-meeting network="bke" include-subnetworks></treffpunkt-next-meeting>
      <treffpunkt-next-meeting network="bke" include-subnetworks layout="compact"></treffpunkt-next-meeting>
      <treffpunkt-next-meeting network=" bke " include-subnetworks theme="dark"></treffpunkt-next-meeting>
      <treffpunkt-latest-reports network="jetzt,zwh" limit="2"></treffpunkt-latest-reports>
      <treffpunkt-latest-reports network="zwh, jetzt" limit="2" layout="list"></treffpunkt-latest-reports>`);
    await allLoaded(page);
    expect(apiCalls(log, 'events/next')).toHaveLength(1);
    expect(apiCalls(log, 'reports')).toHaveLength(1);
    const titles = await page
      .locator('treffpunkt-next-meeting')
      .evaluateAll((elements) => elements.map((e) => e.shadowRoot?.querySelector('[role=heading]')?.textContent));
    expect(new Set(titles).size).toBe(1);
    await expect(page.locator('script[type="application/ld+json"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('loads more reports on request and moves focus to the first new one', async () => {
    const { page, context } = await openHostPage(
      '<treffpunkt-latest-reports network="bke" include-subnetworks limit="1"></treffpunkt-latest-reports>',
    );
    const element = page.locator('treffpunkt-latest-reports');
    await loaded(element);
    const second = await testbed().api<ReportListResponse>(
      '/api/treffpunkt/reports?network=bke&include=subnetworks&limit=1&page=2&locale=de',
    );
    await expect(element.getByRole('article').count()).resolves.toBe(1);
    await element.getByRole('button', { name: 'Weitere Berichte' }).click();
    await element.getByRole('heading', { name: second.data[0].title }).waitFor();
    await expect(element.getByRole('article').count()).resolves.toBe(2);
    await expect.poll(() => focused(page)).toMatchObject({ part: 'read-more', slug: second.data[0].slug });
    // That was the last page.
    await expect(element.getByRole('button', { name: 'Weitere Berichte' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('names the member’s site that a mirrored report or meeting comes from, linking to it there', async () => {
    const member = await mirroredMember(await startCms());
    try {
      const { page, context, log } = await openHostPage(
        `<treffpunkt-next-meeting network="${member.slug}"></treffpunkt-next-meeting>
         <treffpunkt-latest-reports network="${member.slug}"></treffpunkt-latest-reports>`,
      );
      await allLoaded(page);
      const post = `${member.site}/2027/beitrag-7/`;
      const card = page.locator('treffpunkt-latest-reports [part=card]');
      await expect(card.locator('.meta').textContent()).resolves.toMatch(/ · Landesverband Ost · via LV Ost Website$/);
      await expect(card.getByRole('link', { name: 'LV Ost Website' }).getAttribute('href')).resolves.toBe(post);

      await card.getByRole('link', { name: /Weiterlesen/ }).click();
      const reader = page.locator('treffpunkt-latest-reports [part=report]');
      await reader.getByRole('heading', { name: 'Sommerfest' }).waitFor();
      await expect(reader.getByRole('link', { name: 'LV Ost Website' }).getAttribute('href')).resolves.toBe(post);

      const meeting = page.locator('treffpunkt-next-meeting');
      await expect(meeting.locator('[part=kind]').textContent()).resolves.toMatch(/ · via Landesverband Termine$/);
      await expect(meeting.getByRole('link', { name: 'Landesverband Termine' }).getAttribute('href')).resolves.toBe(
        `${member.site}/veranstaltung/88/`,
      );
      expect(pageErrors(log.errors)).toEqual([]);
      await context.close();
    } finally {
      await member.remove();
    }
  });

  it('says so kindly when there is nothing to show', async () => {
    const { page, context } = await openHostPage(
      `<treffpunkt-latest-reports network="jetzt" tag="gibt-es-nicht"></treffpunkt-latest-reports>
       <treffpunkt-next-meeting network="jetzt" lang="en">${FALLBACK}</treffpunkt-next-meeting>`,
      {
        // No demo network is without a next meeting: the API's answer for one, as it would send it.
        beforeGoto: (page) =>
          page.route(
            (url) => url.pathname === '/api/treffpunkt/events/next',
            (route) => route.fulfill({ json: { data: null } satisfies NextEventResponse, headers: { 'access-control-allow-origin': '*' } }),
          ),
      },
    );
    await allLoaded(page);
    await expect(page.locator('treffpunkt-latest-reports').getByText('Noch keine Berichte veröffentlicht.').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('treffpunkt-next-meeting').getByText('No meeting planned right now').isVisible()).resolves.toBe(true);
    // Nothing failed, so the site's fallback stays hidden.
    await expect(page.locator('.fallback').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('follows the theme=auto colour scheme without accessibility violations (dark page)', async () => {
    const { page, context } = await openHostPage(
      `<treffpunkt-next-meeting network="bke" include-subnetworks theme="auto"></treffpunkt-next-meeting>
       <treffpunkt-latest-reports network="bke" include-subnetworks theme="auto" limit="1"></treffpunkt-latest-reports>`,
      {
        head: '<style>@media (prefers-color-scheme: dark) { body { background: #111; color: #eee } a { color: #9cf } }</style>',
        beforeGoto: (page) => page.emulateMedia({ colorScheme: 'dark' }),
      },
    );
    await allLoaded(page);
    const surface = await page.locator('treffpunkt-next-meeting [part=card]').evaluate((card) => getComputedStyle(card).backgroundColor);
    expect(surface).toBe('rgb(31, 32, 35)');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});

/** One way for the API to fail, as the browser sees it. */
interface Fault {
  name: string;
  /** Message the elements show, in German. */
  message: string;
  handle(route: Route): Promise<void> | void;
  /** Runs after the page opened, to let the fault take effect. */
  settle?(page: Page): Promise<void>;
}

const FAULTS: Fault[] = [
  { name: 'the API is down', message: 'Gerade keine Verbindung.', handle: (route) => route.abort('connectionrefused') },
  {
    name: 'the API answers 500',
    message: 'Inhalte gerade nicht erreichbar.',
    handle: (route) =>
      route.fulfill({
        status: 500,
        json: { error: { status: 500, name: 'InternalError', message: 'x' } },
        headers: { 'access-control-allow-origin': '*' },
      }),
  },
  {
    name: 'the API sends malformed JSON',
    message: 'Inhalte gerade nicht erreichbar.',
    handle: (route) =>
      route.fulfill({ status: 200, body: '{"data": [', contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }),
  },
  {
    name: 'the API sends JSON of another shape',
    message: 'Inhalte gerade nicht erreichbar.',
    handle: (route) => route.fulfill({ status: 200, json: { data: 'nonsense' }, headers: { 'access-control-allow-origin': '*' } }),
  },
  {
    name: 'the API does not answer (8 s timeout)',
    message: 'Inhalte gerade nicht erreichbar.',
    handle: () => undefined,
    // The page's clock is Playwright's: the 8 seconds pass without the test waiting for them.
    settle: (page) => page.clock.runFor(8_500),
  },
];

describe('when the API fails', () => {
  for (const fault of FAULTS) {
    it(`${fault.name}: shows a friendly message and the site’s fallback, and the page stays intact`, async () => {
      const { page, context, log } = await openHostPage(
        `<p id="before">Text der Website davor</p>
         <treffpunkt-next-meeting network="bke">${FALLBACK}</treffpunkt-next-meeting>
         <treffpunkt-latest-reports network="jetzt"><p class="fallback">Berichte im Archiv.</p></treffpunkt-latest-reports>`,
        {
          beforeGoto: async (page) => {
            await page.route(
              (url) => url.pathname.startsWith('/api/treffpunkt/'),
              (route) => fault.handle(route),
            );
          },
        },
      );
      await fault.settle?.(page);
      await allLoaded(page);
      for (const element of ['treffpunkt-next-meeting', 'treffpunkt-latest-reports']) {
        const widget = page.locator(element);
        await expect(widget.getByText(fault.message).isVisible()).resolves.toBe(true);
        await expect(widget.getByRole('button', { name: 'Erneut versuchen' }).isVisible()).resolves.toBe(true);
        await expect(widget.locator('.fallback').isVisible()).resolves.toBe(true);
      }
      await expect(page.locator('#before').isVisible()).resolves.toBe(true);
      await expect(page.locator('#host-footer').isVisible()).resolves.toBe(true);
      expect(pageErrors(log.errors)).toEqual([]);
      expect(log.warnings.filter((line) => line.includes('[treffpunkt]')).length).toBeLessThanOrEqual(1);

      // Once the API is back, "try again" shows the content.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.locator('treffpunkt-next-meeting').getByRole('button', { name: 'Erneut versuchen' }).click();
      await page.locator('treffpunkt-next-meeting [part=card]').waitFor();
      await expect(page.locator('treffpunkt-next-meeting .fallback').isVisible()).resolves.toBe(false);
      await context.close();
    });
  }

  it('offline: says there is no connection, shows the fallback, and recovers', async () => {
    const { page, context, log } = await openHostPage('');
    await page.waitForFunction(() => customElements.get('treffpunkt-latest-reports'));
    await context.setOffline(true);
    await page.evaluate((fallback) => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', `<treffpunkt-latest-reports network="zwh">${fallback}</treffpunkt-latest-reports>`);
    }, FALLBACK);
    const element = page.locator('treffpunkt-latest-reports');
    await loaded(element);
    await expect(element.getByText('Gerade keine Verbindung.').isVisible()).resolves.toBe(true);
    await expect(element.locator('.fallback').isVisible()).resolves.toBe(true);
    await context.setOffline(false);
    await element.getByRole('button', { name: 'Erneut versuchen' }).click();
    await element.getByRole('article').first().waitFor();
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('a hostile API cannot inject markup, script or javascript: links', async () => {
    const { cms } = testbed();
    const { data: real } = await testbed().api<ReportResponse>('/api/treffpunkt/reports/jetzt-arbeitstreffen-berlin-2018?locale=de');
    const evil = '<img src=x onerror="window.pwned=1">';
    const report: WireReport = {
      ...real,
      title: `Titel ${evil}`,
      origin: { name: `Seite ${evil}`, url: 'javascript:window.pwned=5' },
      body: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: evil },
            { type: 'link', url: 'javascript:window.pwned=2', children: [{ type: 'text', text: 'Klick' }] },
          ],
        },
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'https://example.org/gut', children: [{ type: 'text', text: 'Guter Link' }] }],
        },
        { type: 'image', image: { url: 'javascript:window.pwned=3', alt: 'böse', width: 10, height: 10, caption: null, formats: [] } },
      ],
      cover: {
        ...real.cover!,
        formats: [{ url: 'data:text/html,<script>window.pwned=4</script>', width: 10, height: 10 }, ...real.cover!.formats],
      },
    };
    const { page, context, log } = await openHostPage('<treffpunkt-latest-reports network="jetzt"></treffpunkt-latest-reports>', {
      beforeGoto: (page) =>
        page.route(
          (url) => url.origin === cms && url.pathname.startsWith('/api/treffpunkt/reports/'),
          (route) => route.fulfill({ json: { data: report } satisfies ReportResponse, headers: { 'access-control-allow-origin': '*' } }),
        ),
    });
    await page.evaluate(() => (location.hash = 'treffpunkt-report=jetzt-arbeitstreffen-berlin-2018'));
    const reader = page.locator('treffpunkt-latest-reports [part=report]');
    await reader.getByRole('heading', { name: `Titel ${evil}` }).waitFor();
    await expect(reader.getByText(evil).first().isVisible()).resolves.toBe(true);
    await expect(reader.getByRole('link', { name: 'Guter Link' }).getAttribute('href')).resolves.toBe('https://example.org/gut');
    await expect(reader.getByText('Klick').isVisible()).resolves.toBe(true);
    // Where it comes from, named, but no link that is not http(s).
    await expect(reader.getByText(`via Seite ${evil}`).isVisible()).resolves.toBe(true);
    const unsafe = await reader.evaluate((root) =>
      [...root.querySelectorAll('a[href], img')].map(
        (el) => el.getAttribute('href') ?? `${el.getAttribute('src')} ${el.getAttribute('srcset')}`,
      ),
    );
    expect(unsafe.filter((url) => /javascript:|data:/.test(url))).toEqual([]);
    await expect(page.evaluate(() => (window as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(reader.locator('img[alt="böse"]').count()).resolves.toBe(0);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });
});
