/**
 * The demo page as the CMS serves it: the snippet a site owner pastes, same origin as the
 * API, under the CMS's strict Content-Security-Policy (script-src 'self'). What the elements
 * show is compared with what the API holds. That the page stays still is tested with the
 * longest content there is: test/widgets/layout-stability.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { NextEventResponse, ReportListResponse, ReportResponse, WireEvent } from 'treffpunkt-shared/wire';
import { axeViolations, openPage } from './browser';
import { allLoaded, focused, pageErrors, useTestbed } from './testbed';

const testbed = useTestbed();

async function openDemo(hash = '', options = {}) {
  const opened = await openPage(testbed().browser, options);
  await opened.page.goto(`${testbed().cms}/treffpunkt/demo${hash}`);
  await allLoaded(opened.page);
  return opened;
}

/** The weekday and day of a moment, written by Intl in the event's zone: what a reader expects to see. */
const dayOf = (event: WireEvent, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', timeZone: event.timeZone }).formatToParts(Date.parse(event.start));

describe('the demo page', () => {
  it('shows the latest reports the API holds, in German and in English', async () => {
    const { page, context, log } = await openDemo();
    const { data } = await testbed().api<ReportListResponse>('/api/treffpunkt/reports?network=jetzt&limit=3&page=1&locale=de');
    const german = page.locator('treffpunkt-latest-reports').first();
    const cards = german.getByRole('article');
    await expect(cards.getByRole('heading').allTextContents()).resolves.toEqual(data.map((r) => r.title));
    for (const [i, report] of data.entries()) {
      const card = cards.nth(i);
      await expect(card.locator('time').getAttribute('datetime')).resolves.toBe(report.meeting.start ?? report.publishedOn);
      await expect(card.textContent()).resolves.toContain(report.network.name);
      if (report.summary) await expect(card.getByText(report.summary).isVisible()).resolves.toBe(true);
      await expect(card.getByRole('link', { name: `Weiterlesen: ${report.title}` }).isVisible()).resolves.toBe(true);
      if (report.cover) {
        const img = card.getByRole('img', { name: report.cover.alt });
        await expect(img.getAttribute('loading')).resolves.toBe('lazy');
        await expect(img.getAttribute('width')).resolves.toBe(String(report.cover.width));
        await expect(img.getAttribute('height')).resolves.toBe(String(report.cover.height));
        const srcset = (await img.getAttribute('srcset')) ?? '';
        for (const format of report.cover.formats) expect(srcset).toContain(`${format.url} ${format.width}w`);
      }
    }

    const english = page.locator('treffpunkt-latest-reports#bke-en');
    const en = await testbed().api<ReportListResponse>('/api/treffpunkt/reports?network=bke&include=subnetworks&limit=2&page=1&locale=en');
    await expect(english.getByRole('article').getByRole('heading').allTextContents()).resolves.toEqual(en.data.map((r) => r.title));
    await expect(english.getByRole('link', { name: /^Read more: / }).count()).resolves.toBe(en.data.length);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('shows the next meeting the API holds: when, where, how to join, calendar and last report', async () => {
    const { page, context } = await openDemo();
    const { data: event } = await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=bke&include=subnetworks&locale=de');
    if (!event) throw new Error('the demo content has a next meeting for bke');
    const card = page.locator('treffpunkt-next-meeting').first();
    await expect(card.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(event.title);
    // Kind and status read as the API names them in the page's language.
    await expect(card.locator('[part=kind]').textContent()).resolves.toBe(event.kindLabel);
    await expect(card.locator('[part=badge]').count()).resolves.toBe(event.statusLabel ? 1 : 0);
    const when = card.locator('time').first();
    await expect(when.getAttribute('datetime')).resolves.toBe(event.start);
    // The browser runs in Lisbon; the meeting's times stay those of its own zone.
    const text = (await when.textContent()) ?? '';
    for (const part of dayOf(event, 'de')) if (part.type !== 'literal') expect(text).toContain(part.value);
    expect(text).toContain(event.start.slice(11, 16));

    if (event.venue?.city) {
      // The place is the link to the map, titled as such.
      const place = card.locator('[part=place] a');
      await expect(place.textContent()).resolves.toContain(event.venue.city);
      await expect(place.getAttribute('title')).resolves.toBe('Karte (OpenStreetMap)');
      const map = await place.getAttribute('href');
      expect(map).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
      if (event.venue.latitude != null) expect(map).toContain(`mlat=${event.venue.latitude}`);
    }
    if (event.series) await expect(card.locator('[part=rhythm]').textContent()).resolves.toBe(event.series.rhythm);
    if (event.registration) {
      const register = card.getByRole('link', { name: 'Anmelden' });
      await expect(register.getAttribute('href')).resolves.toBe(event.registration.url);
    }
    await expect(card.getByRole('link', { name: 'iCal (.ics)' }).getAttribute('href')).resolves.toBe(event.series?.ics ?? event.ics);
    const google = new URL((await card.getByRole('link', { name: 'Google Kalender' }).getAttribute('href')) ?? '');
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('text')).toBe(event.title);
    if (event.previousReport) {
      const previous = card.getByRole('link', { name: event.previousReport.title });
      // No href-template: it opens in the page's first reports element.
      await expect(previous.getAttribute('href')).resolves.toBe(`#treffpunkt-report=${event.previousReport.slug}`);
    }

    // A meeting that already started says so; a cancelled one says that, without registration or calendar.
    const zwh = (await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=zwh&locale=de')).data!;
    const running = page.locator('treffpunkt-next-meeting[network=zwh]');
    await expect(running.getByRole('heading').first().textContent()).resolves.toBe(zwh.title);
    if (Date.parse(zwh.start) < Date.now()) await expect(running.getByText('läuft gerade').isVisible()).resolves.toBe(true);

    const gifhorn = (await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=queeres-netzwerk-gifhorn&locale=en'))
      .data!;
    const english = page.locator('treffpunkt-next-meeting[network=queeres-netzwerk-gifhorn]');
    await expect(english.getByRole('heading').first().textContent()).resolves.toBe(gifhorn.title);
    await expect(english.locator('[part=kind]').textContent()).resolves.toBe(gifhorn.kindLabel);
    if (gifhorn.statusLabel) await expect(english.locator('[part=badge]').textContent()).resolves.toBe(gifhorn.statusLabel);
    if (gifhorn.status === 'cancelled') {
      await expect(english.getByText('Cancelled', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(english.getByRole('link', { name: 'Google Calendar' }).count()).resolves.toBe(0);
    }
    await context.close();
  });

  it('puts one schema.org Event per shown meeting into <head>, however often the elements render', async () => {
    const { page, context } = await openDemo();
    const jsonLd = () =>
      page.evaluate(() =>
        [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      );
    // The meetings the cards show and the lines of the upcoming list: an occurrence of a series is an Event of its own.
    const shown = await page.evaluate(() => [
      ...[...document.querySelectorAll('treffpunkt-next-meeting')].map(
        (element) => element.shadowRoot!.querySelector('[role=heading]')!.textContent,
      ),
      ...[...document.querySelectorAll('treffpunkt-upcoming-meetings')].flatMap((element) =>
        [...element.shadowRoot!.querySelectorAll('[part=item] [part=heading]')].map((title) => title.textContent),
      ),
    ]);
    const keys = await page.evaluate(() =>
      [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => (script as HTMLElement).dataset.treffpunktEvent,
      ),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const first = (await jsonLd()).map((text) => JSON.parse(text));
    expect(first.every((data) => data['@type'] === 'Event')).toBe(true);
    expect(new Set(first.map((data) => data.name))).toEqual(new Set(shown));
    for (const data of first) {
      expect(data['@context']).toBe('https://schema.org/');
      expect(Number.isNaN(Date.parse(data.startDate))).toBe(false);
      expect(data.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed)$/);
    }

    // Another element for a shown network, and a language switch that renders everything again.
    await page.evaluate(() => {
      document.querySelector('treffpunkt-next-meeting')!.setAttribute('lang', 'en');
      document.querySelector('main')!.append(Object.assign(document.createElement('treffpunkt-next-meeting'), { network: 'jetzt' }));
    });
    await allLoaded(page);
    await expect(page.locator('treffpunkt-next-meeting').first().getByText('Add to calendar:').isVisible()).resolves.toBe(true);
    await expect(jsonLd()).resolves.toHaveLength(first.length);
    await context.close();
  });

  it('opens a report in place by keyboard, with focus on its title, and goes back with Escape and the back button', async () => {
    const { page, context, log } = await openDemo();
    const { data: list } = await testbed().api<ReportListResponse>('/api/treffpunkt/reports?network=jetzt&limit=3&page=1&locale=de');
    const slug = list[0].slug;
    const { data: report } = await testbed().api<ReportResponse>(`/api/treffpunkt/reports/${slug}?locale=de`);

    // Tab through the page as a keyboard user would, to the first report's "read more".
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      if ((await focused(page))?.slug === slug) break;
    }
    expect(await focused(page)).toMatchObject({ tag: 'a', part: 'read-more', slug });
    await page.keyboard.press('Enter');

    const reports = page.locator('treffpunkt-latest-reports').first();
    const reader = reports.locator('[part=report]');
    await reader.getByRole('heading', { name: report.title }).waitFor();
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id === 'report-title';
    });
    expect(await focused(page)).toMatchObject({ role: 'heading', text: report.title });
    expect(new URL(page.url()).hash).toBe(`#treffpunkt-report=${slug}`);
    const firstParagraph = report.body.find((block) => block.type === 'paragraph');
    if (firstParagraph?.type === 'paragraph') {
      const words = firstParagraph.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
      await expect(reader.textContent()).resolves.toContain(words);
    }
    for (const outcome of report.outcomes) await expect(reader.getByText(outcome).isVisible()).resolves.toBe(true);
    await expect(reports.getByRole('link', { name: /^Weiterlesen/ }).count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await reports.getByRole('link', { name: `Weiterlesen: ${report.title}` }).waitFor();
    await page.waitForFunction(() => !location.hash);
    await expect.poll(() => focused(page)).toMatchObject({ part: 'read-more', slug });

    // Again, and back with the button this time: Shift+Tab from the title reaches it.
    await page.keyboard.press('Enter');
    await reader.getByRole('heading', { name: report.title }).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ role: 'heading' });
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', part: 'back' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ part: 'read-more', slug });
    expect(new URL(page.url()).hash).toBe('');
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('deep-links a report: a reload shows it again, in the element the hash names only', async () => {
    const { data: list } = await testbed().api<ReportListResponse>(
      '/api/treffpunkt/reports?network=partnernetzwerk-elbe&limit=2&page=1&locale=de',
    );
    const slug = list[0].slug;
    const { page, context } = await openDemo(`#treffpunkt-report-elbe=${slug}`);
    const elbe = page.locator('treffpunkt-latest-reports#elbe');
    const first = page.locator('treffpunkt-latest-reports').first();
    const showsReport = async () => {
      await elbe.locator('[part=report]').getByRole('heading', { name: list[0].title }).waitFor();
      await expect(first.locator('[part=report]').count()).resolves.toBe(0);
      await expect(first.getByRole('link', { name: /^Weiterlesen/ }).count()).resolves.toBeGreaterThan(0);
    };
    await showsReport();
    await page.reload();
    await allLoaded(page);
    await showsReport();

    // Opened from a link, "back" returns to the list; the hash goes.
    await elbe
      .getByRole('button', { name: /Zurück/ })
      .first()
      .click();
    await elbe.getByRole('link', { name: `Weiterlesen: ${list[0].title}` }).waitFor();
    expect(new URL(page.url()).hash).toBe('');

    // The link to the previous meeting's report opens it in the first reports element.
    const meeting = page.locator('treffpunkt-next-meeting').nth(1);
    const { data: next } = await testbed().api<NextEventResponse>('/api/treffpunkt/events/next?network=jetzt&locale=de');
    await meeting.getByRole('link', { name: next!.previousReport!.title }).click();
    await first.locator('[part=report]').getByRole('heading', { name: next!.previousReport!.title }).waitFor();
    await page.goBack();
    await first.getByRole('link', { name: `Weiterlesen: ${next!.previousReport!.title}` }).waitFor();
    await context.close();
  });

  it('has no accessibility violations (axe-core), light and dark, list and reader', async () => {
    // axe is injected as an inline script, which the demo page's CSP would refuse.
    const { page, context } = await openDemo('', { bypassCSP: true });
    await expect(axeViolations(page)).resolves.toEqual([]);

    const { data: list } = await testbed().api<ReportListResponse>(
      '/api/treffpunkt/reports?network=partnernetzwerk-elbe&limit=2&page=1&locale=de',
    );
    await page.evaluate((slug) => (location.hash = `treffpunkt-report-elbe=${slug}`), list[0].slug);
    await page.locator('treffpunkt-latest-reports#elbe [part=report]').getByRole('heading', { name: list[0].title }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});
