/**
 * The demo page as the CMS serves it: the snippet a site owner pastes, same origin as the
 * API, under the CMS's strict Content-Security-Policy (script-src 'self'). What the elements
 * show is compared with what the API holds, and what the API holds with the demo content
 * (cms/src/demo/content.ts), whose meetings are dated from the day
 * it was seeded: the test clock's. That the page stays still is tested with the longest content
 * there is: test/widgets/layout-stability.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkResponse, NextEventResponse, ReportListResponse, ReportResponse, WireEvent } from 'treffpunkt-shared/wire';
import { widgetsSettled } from '../support/widget-layout.mjs';
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
    // The demo: JETZT e.V. has one report, with a summary and a cover.
    expect(data.map((r) => r.slug)).toEqual(['jetzt-arbeitstreffen-berlin-2018']);
    const [report] = data;
    const { summary, cover } = report;
    if (!summary || !cover) throw new Error('the demo report of JETZT e.V. has a summary and a cover');
    const card = page.locator('treffpunkt-latest-reports').first().locator('[part=card]');
    await expect(card.getByRole('heading').allTextContents()).resolves.toEqual([report.title]);
    await expect(card.locator('time').getAttribute('datetime')).resolves.toBe(report.meeting.start);
    await expect(card.textContent()).resolves.toContain(report.network.name);
    await expect(card.getByText(summary).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('link', { name: `Weiterlesen: ${report.title}` }).isVisible()).resolves.toBe(true);
    const img = card.getByRole('img', { name: cover.alt });
    await expect(img.getAttribute('loading')).resolves.toBe('lazy');
    await expect(img.getAttribute('width')).resolves.toBe(String(cover.width));
    await expect(img.getAttribute('height')).resolves.toBe(String(cover.height));
    const srcset = (await img.getAttribute('srcset')) ?? '';
    for (const format of cover.formats) expect(srcset).toContain(`${format.url} ${format.width}w`);

    const english = page.locator('treffpunkt-latest-reports#bke-en');
    const en = await testbed().api<ReportListResponse>('/api/treffpunkt/reports?network=bke&include=subnetworks&limit=2&page=1&locale=en');
    await expect(english.locator('[part=card]').getByRole('heading').allTextContents()).resolves.toEqual(en.data.map((r) => r.title));
    await expect(english.getByRole('link', { name: /^Read more: / }).count()).resolves.toBe(en.data.length);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it("fills the room of a list with fewer reports than a page: the network's next meeting and the network, and links to its page and feed", async () => {
    const { page, context, log } = await openDemo();
    await page.waitForFunction(widgetsSettled);
    const network = async (slug: string) => (await testbed().api<NetworkResponse>(`/api/treffpunkt/networks/${slug}?locale=de`)).data;
    const next = async (slug: string) =>
      (await testbed().api<NextEventResponse>(`/api/treffpunkt/events/next?network=${slug}&locale=de`)).data;
    // The demo: JETZT e.V. (cards, a page of three) and the Elbe network (a list of two) have one report each.
    for (const [selector, slug] of [
      ['treffpunkt-latest-reports[network=jetzt]', 'jetzt'],
      ['treffpunkt-latest-reports#elbe', 'partnernetzwerk-elbe'],
    ]) {
      const list = page.locator(selector);
      const [about, meeting] = await Promise.all([network(slug), next(slug)]);
      await expect(list.locator('[part=card]').count(), slug).resolves.toBe(1);
      await expect(list.locator('[part=next]').getByRole('heading').textContent(), slug).resolves.toBe(meeting!.title);
      await expect(list.locator('[part=archive]').getAttribute('href'), slug).resolves.toBe(about.url);
      await expect(list.locator('[part=feed]').getAttribute('href'), slug).resolves.toBe(about.feeds.reports);
      // A page of three has room for the network too; one of two does not.
      await expect(list.locator('[part=network]').getByRole('heading').allTextContents(), slug).resolves.toEqual(
        slug === 'jetzt' ? [about.name] : [],
      );
    }
    await expect(
      page.locator('treffpunkt-latest-reports[network=jetzt] [part=network]').getByRole('link').getAttribute('href'),
    ).resolves.toBe((await network('jetzt')).url);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('shows the next meeting the API holds: when, where, how to join, calendar and last report', async () => {
    const { page, context } = await openDemo();
    const next = async (query: string) => (await testbed().api<NextEventResponse>(`/api/treffpunkt/events/next?${query}`)).data;
    // The demo: the federation's next meeting is its Fachbereich's weekly talking group in Hannover, without registration.
    const event = await next('network=bke&include=subnetworks&locale=de');
    expect(event).toMatchObject({
      slug: 'bke-wendepunkt-gespraechsgruppe',
      statusLabel: null,
      venue: { city: 'Hannover', latitude: 52.3744 },
      series: { rhythm: expect.stringMatching(/^jeden Mittwoch, /) },
      registration: null,
      previousReport: null,
    });
    const { venue, series } = event!;
    const card = page.locator('treffpunkt-next-meeting').first();
    await expect(card.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(event!.title);
    // Kind and status read as the API names them in the page's language.
    await expect(card.locator('[part=kind]').textContent()).resolves.toBe(event!.kindLabel);
    await expect(card.locator('[part=badge]').count()).resolves.toBe(0);
    const when = card.locator('time').first();
    await expect(when.getAttribute('datetime')).resolves.toBe(event!.start);
    // The browser runs in Lisbon; the meeting's times stay those of its own zone.
    const text = (await when.textContent()) ?? '';
    for (const part of dayOf(event!, 'de').filter(({ type }) => type !== 'literal')) expect(text).toContain(part.value);
    expect(text).toContain(event!.start.slice(11, 16));
    // The place is the link to the map, titled as such.
    const place = card.locator('[part=place] a');
    await expect(place.textContent()).resolves.toContain(venue!.city);
    await expect(place.getAttribute('title')).resolves.toBe('Karte (OpenStreetMap)');
    const map = await place.getAttribute('href');
    expect(map).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(map).toContain(`mlat=${venue!.latitude}`);
    await expect(card.locator('[part=rhythm]').textContent()).resolves.toBe(series!.rhythm);
    await expect(card.getByRole('link', { name: 'Anmelden' }).count()).resolves.toBe(0);
    await expect(card.getByRole('link', { name: 'iCal (.ics)' }).getAttribute('href')).resolves.toBe(series!.ics);
    const google = new URL((await card.getByRole('link', { name: 'Google Kalender' }).getAttribute('href')) ?? '');
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('text')).toBe(event!.title);

    // JETZT e.V.'s next meeting links its last report, which opens in the page's first reports element (no href-template).
    const jetzt = await next('network=jetzt&locale=de');
    expect(jetzt?.previousReport).toMatchObject({ slug: 'jetzt-arbeitstreffen-berlin-2018' });
    const previous = page.locator('treffpunkt-next-meeting[network=jetzt]').getByRole('link', { name: jetzt!.previousReport!.title });
    await expect(previous.getAttribute('href')).resolves.toBe('#treffpunkt-report=jetzt-arbeitstreffen-berlin-2018');

    // The ZWH's three-day workshop began the day before the demo was seeded: it is on now, and says so.
    const zwh = await next('network=zwh&locale=de');
    expect(zwh).toMatchObject({ slug: 'zwh-werkstatt-digitale-medien', display: { relative: 'läuft gerade' } });
    const running = page.locator('treffpunkt-next-meeting[network=zwh]');
    await expect(running.getByRole('heading').first().textContent()).resolves.toBe(zwh!.title);
    await expect(running.getByText('läuft gerade').isVisible()).resolves.toBe(true);

    // Gifhorn's next meeting, a talk, is cancelled: it says so, without registration or calendar.
    const gifhorn = await next('network=queeres-netzwerk-gifhorn&locale=en');
    expect(gifhorn).toMatchObject({ slug: 'gifhorn-kooperationsvortrag-demokratiebildung', status: 'cancelled', statusLabel: 'Cancelled' });
    const english = page.locator('treffpunkt-next-meeting[network=queeres-netzwerk-gifhorn]');
    await expect(english.getByRole('heading').first().textContent()).resolves.toBe(gifhorn!.title);
    await expect(english.locator('[part=kind]').textContent()).resolves.toBe(gifhorn!.kindLabel);
    await expect(english.locator('[part=badge]').textContent()).resolves.toBe('Cancelled');
    await expect(english.getByText('Cancelled', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(english.getByRole('link', { name: 'Google Calendar' }).count()).resolves.toBe(0);

    // The federation's own next meeting, its experts' meeting, takes registrations until a deadline weeks ahead.
    const own = await next('network=bke&locale=de');
    expect(own).toMatchObject({
      slug: 'bke-expertinnentreffen-naechstes',
      registration: { url: 'https://example.org/bke/anmeldung-expertinnentreffen', deadline: expect.any(String) },
    });
    await page.evaluate(() =>
      document.querySelector('main')!.append(Object.assign(document.createElement('treffpunkt-next-meeting'), { network: 'bke' })),
    );
    await allLoaded(page);
    const added = page.locator('main > treffpunkt-next-meeting').last();
    await expect(added.getByRole('link', { name: 'Anmelden' }).getAttribute('href')).resolves.toBe(own!.registration!.url);
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
    if (firstParagraph?.type !== 'paragraph') throw new Error('the demo report of JETZT e.V. has paragraphs');
    const words = firstParagraph.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
    await expect(reader.textContent()).resolves.toContain(words);
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
