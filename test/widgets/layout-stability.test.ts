/**
 * The widgets never move the host page, for any content an editor can enter, and look set for
 * the width they get. A host page with text below every widget: the demo page's widgets, the
 * longest content the admin accepts and the shortest (test/widgets/worst-case.ts), a network with
 * fewer reports than a page, one with nothing, and one whose CMS cannot be reached; from a 280px
 * sidebar to a 1280px column. Every stage is held until it was painted: before the script runs
 * (widgets.css keeps the place), while the API answers, the content with its images still on the
 * way, and with the images. Chromium's layout-shift entries are the measure; the heights are
 * compared too, to say which element moved. Then each widget's tallest band without text or
 * image (test/support/widget-layout.mjs): at most EMPTY_BAND_TARGET of its height on the demo's
 * content, and no text drawn over another anywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCms } from '../support/cms';
import { demoWidgets, EMPTY_BAND_TARGET, emptyBand, WIDTHS, widgetsSettled } from '../support/widget-layout.mjs';
import { openPage } from './browser';
import { hostPage } from './host-server';
import { allLoaded, pageErrors, useTestbed } from './testbed';
import { worstCase, type WorstCase } from './worst-case';

const testbed = useTestbed();
let worst: WorstCase;

beforeAll(async () => {
  worst = await worstCase(await startCms());
});

const PHONE = { width: 390, height: 844 };
const TAGS = 'treffpunkt-next-meeting, treffpunkt-latest-reports, treffpunkt-upcoming-meetings';

/** Every widget in every state worth holding still, each followed by text of the host page; the demo's first. */
function widgets(): { html: string; demo: boolean }[] {
  // Nothing listens on port 9 of this machine: the CMS "cannot be reached".
  const down = 'api="http://127.0.0.1:9"';
  const { busy, few, quiet, short } = worst;
  const generated = [
    `<treffpunkt-next-meeting network="${busy}"></treffpunkt-next-meeting>`,
    `<treffpunkt-next-meeting network="${busy}" layout="compact"></treffpunkt-next-meeting>`,
    `<treffpunkt-next-meeting network="${short}"></treffpunkt-next-meeting>`,
    `<treffpunkt-next-meeting network="${short}" layout="compact"></treffpunkt-next-meeting>`,
    `<treffpunkt-next-meeting network="${quiet}"></treffpunkt-next-meeting>`,
    `<treffpunkt-next-meeting network="${busy}" ${down}><p>Unsere Termine stehen auch im Schaukasten.</p></treffpunkt-next-meeting>`,
    `<treffpunkt-latest-reports network="${few}"></treffpunkt-latest-reports>`,
    `<treffpunkt-latest-reports network="${few}" layout="list" limit="4"></treffpunkt-latest-reports>`,
    `<treffpunkt-latest-reports network="${short}"></treffpunkt-latest-reports>`,
    `<treffpunkt-latest-reports network="${short}" layout="list" limit="2"></treffpunkt-latest-reports>`,
    `<treffpunkt-latest-reports network="${quiet}" layout="list"></treffpunkt-latest-reports>`,
    `<treffpunkt-latest-reports network="${few}" ${down}><p>Berichte im Archiv.</p></treffpunkt-latest-reports>`,
    `<treffpunkt-upcoming-meetings network="${busy}"></treffpunkt-upcoming-meetings>`,
    `<treffpunkt-upcoming-meetings network="${busy}" limit="2"></treffpunkt-upcoming-meetings>`,
    `<treffpunkt-upcoming-meetings network="${short}"></treffpunkt-upcoming-meetings>`,
    `<treffpunkt-upcoming-meetings network="${quiet}"></treffpunkt-upcoming-meetings>`,
    `<treffpunkt-upcoming-meetings network="${busy}" ${down}><p>Termine im Schaukasten.</p></treffpunkt-upcoming-meetings>`,
  ];
  return [...demoWidgets().map((html) => ({ html, demo: true })), ...generated.map((html) => ({ html, demo: false }))];
}

/** The widgets one below the other, as wide as the page. */
function layoutPage(): string {
  const { cms } = testbed();
  const sections = widgets().map(
    ({ html }, i) => `<section>${html}<p class="below" id="below-${i}">Text der Website darunter.</p></section>`,
  );
  return hostPage(sections.join('\n'), {
    scriptSrc: `${cms}/treffpunkt/widgets.js`,
    head: `<link rel="stylesheet" href="${cms}/treffpunkt/widgets.css"><style>body { margin: 0 }</style>`,
  });
}

/** A request held until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Where each widget and the text below it are. */
const positions = (page: Page) =>
  page.evaluate(
    (tags) =>
      [...document.querySelectorAll<HTMLElement>(tags)].map((element) => ({
        widget: element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1),
        height: element.getBoundingClientRect().height,
        below: element.nextElementSibling!.getBoundingClientRect().top + scrollY,
      })),
    TAGS,
  );

/** Records every layout shift of the page, from its start. */
function recordShifts(page: Page) {
  return page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = ((window as unknown as { shifts: unknown }).shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        shifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('the host page stays still, and the widgets fill the width they get', () => {
  for (const width of WIDTHS) {
    it(`with the demo's content, the longest, the shortest, few reports, none and a CMS that is down, ${width}px wide`, async ({
      annotate,
    }) => {
      const { page, context, log } = await openPage(testbed().browser, { viewport: { width, height: 900 } });
      const [bundle, api, images] = [gate(), gate(), gate()];
      await page.route(
        (url) => url.pathname === '/treffpunkt/widgets.js',
        async (route) => (await bundle.opened, route.continue()),
      );
      await page.route(
        (url) => url.pathname.startsWith('/api/treffpunkt/'),
        async (route) => (await api.opened, route.continue()),
      );
      await page.route(
        (url) => url.pathname.startsWith('/uploads/'),
        async (route) => (await images.opened, route.continue()),
      );
      await recordShifts(page);
      testbed().host.page('/layout.html', layoutPage());
      await page.goto(`${testbed().host.url}/layout.html`, { waitUntil: 'commit' });
      // What a visitor sees first: the page parsed, with widgets.css (it blocks the page's rendering until it is there).
      await page.waitForFunction(
        () => document.readyState !== 'loading' && document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.sheet,
      );
      await painted(page);
      const before = await positions(page);
      // The site's fallback is for failures only: out of sight before the elements are defined.
      await expect(page.getByText('Berichte im Archiv.').isVisible()).resolves.toBe(false);

      bundle.open();
      await page.waitForFunction(
        (tags) => [...document.querySelectorAll(tags)].every((element) => element.shadowRoot?.querySelector('[part=base][aria-busy=true]')),
        TAGS,
      );
      await painted(page);
      const loading = await positions(page);

      api.open();
      await allLoaded(page);
      await painted(page);
      const content = await positions(page);

      // Lazy images load once they come near the viewport: scroll each into view (scrolling is no shift).
      images.open();
      for (const element of await page.locator('treffpunkt-latest-reports').all()) {
        await element.scrollIntoViewIfNeeded();
        await element.evaluate((host) => Promise.all([...host.shadowRoot!.querySelectorAll('img')].map((img) => img.decode())));
      }
      await page.waitForFunction(widgetsSettled);
      await painted(page);
      const withImages = await positions(page);

      expect({ loading, content, withImages }).toEqual({ loading: before, content: before, withImages: before });
      await expect(page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).resolves.toEqual([]);
      // What was there to show is shown: the worst case in full cards, the failures with their fallback.
      const busy = page.locator(`treffpunkt-next-meeting[network="${worst.busy}"]`).first();
      await expect(busy.getByRole('heading').first().getAttribute('title')).resolves.toBe(worst.meetingTitle);
      await expect(page.locator(`treffpunkt-latest-reports[network="${worst.few}"]`).first().locator('[part=card]').count()).resolves.toBe(
        2,
      );
      await expect(page.getByText('Berichte im Archiv.').isVisible()).resolves.toBe(true);
      expect(pageErrors(log.errors).filter((line) => !line.includes('127.0.0.1:9'))).toEqual([]);

      const looks = await Promise.all(
        widgets().map(async ({ demo }, i) => ({
          demo,
          widget: before[i].widget,
          ...(await page.locator(TAGS).nth(i).evaluate(emptyBand)),
        })),
      );
      await annotate(looks.map(({ widget, share }) => `${Math.round(share * 100)}% ${widget}`).join('\n'));
      expect(looks.filter(({ overlaps }) => overlaps.length).map(({ widget, overlaps }) => ({ widget, overlaps }))).toEqual([]);
      const tooEmpty = looks.filter(({ demo, share }) => demo && share > EMPTY_BAND_TARGET);
      expect(tooEmpty.map(({ widget, share }) => `${widget}: ${Math.round(share * 100)}%`)).toEqual([]);
      await context.close();
    });
  }
});

describe('when the script never runs', () => {
  const fallback = 'Berichte im Archiv.';
  const sitePage = () =>
    hostPage(
      `<treffpunkt-latest-reports network="${worst.few}"><p>${fallback}</p></treffpunkt-latest-reports><p id="below">Text der Website darunter.</p>`,
      {
        scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`,
        head: `<link rel="stylesheet" href="${testbed().cms}/treffpunkt/widgets.css">`,
      },
    );

  it("shows the site's fallback in the kept place after a few seconds, when the script is blocked", async () => {
    const { page, context } = await openPage(testbed().browser, { viewport: PHONE });
    await page.route(
      (url) => url.pathname === '/treffpunkt/widgets.js',
      (route) => route.abort('blockedbyclient'),
    );
    await recordShifts(page);
    testbed().host.page('/blocked.html', sitePage());
    await page.goto(`${testbed().host.url}/blocked.html`);
    await painted(page);
    const before = await positions(page);
    await expect(page.getByText(fallback).isVisible()).resolves.toBe(false);
    await expect.poll(() => page.getByText(fallback).isVisible(), { timeout: 15_000 }).toBe(true);
    await painted(page);
    expect(await positions(page)).toEqual(before);
    await expect(page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).resolves.toEqual([]);
    await context.close();
  });

  it('without JavaScript, gives the fallback its own size and keeps no empty place', async () => {
    const { page, context } = await openPage(testbed().browser, { viewport: PHONE, javaScriptEnabled: false });
    testbed().host.page('/no-script.html', sitePage());
    await page.goto(`${testbed().host.url}/no-script.html`);
    await expect(page.getByText(fallback).isVisible()).resolves.toBe(true);
    const [element, text] = await Promise.all([
      page.locator('treffpunkt-latest-reports').boundingBox(),
      page.getByText(fallback).boundingBox(),
    ]);
    // The fallback paragraph and its margins, not the 26em the script's cards would take.
    expect(element!.height).toBeLessThan(text!.height * 3);
    await context.close();
  });
});

describe('nothing an editor wrote is out of reach', () => {
  it('opens the whole meeting in place: title, place, summary, host and all twelve agenda items', async () => {
    const { page, context } = await openPage(testbed().browser, { viewport: { width: 390, height: 844 } });
    testbed().host.page(
      '/whole.html',
      hostPage(`<treffpunkt-next-meeting network="${worst.busy}"></treffpunkt-next-meeting>`, {
        scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`,
      }),
    );
    await page.goto(`${testbed().host.url}/whole.html`);
    await allLoaded(page);
    const card = page.locator('treffpunkt-next-meeting [part=card]');
    const clipped = () =>
      card.evaluate((article) =>
        [...article.querySelectorAll<HTMLElement>(':scope > [role=heading], [part=place], [part=summary]')].map(
          (element) => element.scrollHeight > element.clientHeight + 1,
        ),
      );
    await expect(clipped()).resolves.toContain(true);
    await page.getByRole('button', { name: /Mehr zum Treffen · Ablauf \(12\)/ }).click();
    await card.locator('[part=agenda] li').nth(11).waitFor();
    await expect(clipped()).resolves.toEqual([false, false, false]);
    await expect(card.locator('[part=details]').textContent()).resolves.toContain('Koordinierungsstelle');
    await page.getByRole('button', { name: /Weniger anzeigen/ }).click();
    await expect(card.locator('[part=agenda]').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows a clamped report title whole in the reader', async () => {
    const { page, context } = await openPage(testbed().browser, { viewport: { width: 390, height: 844 } });
    testbed().host.page(
      '/reader.html',
      hostPage(`<treffpunkt-latest-reports network="${worst.few}"></treffpunkt-latest-reports>`, {
        scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`,
      }),
    );
    await page.goto(`${testbed().host.url}/reader.html`);
    await allLoaded(page);
    await page.getByRole('link', { name: `Weiterlesen: ${worst.reportTitles[0]}` }).click();
    const title = page.locator('treffpunkt-latest-reports [part=report] #report-title');
    await title.waitFor();
    await expect.poll(() => title.textContent()).toBe(worst.reportTitles[0]);
    await expect(title.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).resolves.toBe(true);
    await context.close();
  });
});

describe('on a page with a strict Content-Security-Policy', () => {
  it('loads with no inline style, no violation reported, and does not move', async () => {
    const { cms, host, browser } = testbed();
    const policy = `default-src 'none'; script-src ${cms}; style-src 'self' ${cms}; connect-src ${cms}; img-src 'self' ${cms}`;
    host.page(
      '/strict.html',
      hostPage(
        `<treffpunkt-next-meeting network="${worst.busy}"></treffpunkt-next-meeting><p>Darunter</p>
         <treffpunkt-latest-reports network="${worst.few}"></treffpunkt-latest-reports><p>Darunter</p>`,
        { scriptSrc: `${cms}/treffpunkt/widgets.js`, head: `<link rel="stylesheet" href="${cms}/treffpunkt/widgets.css">` },
      ),
      undefined,
      { 'Content-Security-Policy': policy },
    );
    const { page, context, log } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await recordShifts(page);
    await page.addInitScript(() => {
      const violations: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${host.url}/strict.html`);
    await allLoaded(page);
    await page.getByRole('link', { name: `Weiterlesen: ${worst.reportTitles[0]}` }).scrollIntoViewIfNeeded();
    await painted(page);
    await expect(page.evaluate(() => (window as unknown as { violations: string[] }).violations)).resolves.toEqual([]);
    await expect(page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).resolves.toEqual([]);
    await expect(page.locator('treffpunkt-next-meeting [part=card]').isVisible()).resolves.toBe(true);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });
});
