/**
 * Issue 11's widgets: <treffpunkt-upcoming-meetings> lists what comes next, the occurrences of a
 * series each on their line (a cancelled one marked so), opens a meeting's card in place, pages;
 * the meeting card says a series' rhythm in words, in German and English. Content made here, on a
 * page of another origin; what the elements show is compared with what the API holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventListResponse, NextEventResponse } from 'treffpunkt-shared/wire';
import { WEEKDAYS } from 'treffpunkt-shared/recurrence';
import { startCms } from '../support/cms';
import { createEvent, createNetwork, inDays } from '../support/content';
import { openPage } from './browser';
import { hostPage } from './host-server';
import { allLoaded, focused, pageErrors, useTestbed } from './testbed';

const testbed = useTestbed();
let network: string;

beforeAll(async () => {
  const cms = await startCms();
  const created = await createNetwork(cms);
  network = created.slug;
  const first = inDays(2, 17);
  await createEvent(cms, {
    network: created.documentId,
    title: 'Offene Gesprächsgruppe',
    start: first,
    end: inDays(2, 18),
    venue: { name: 'Nachbarschaftshaus', city: 'Hannover' },
    agenda: [{ topic: 'Ankommen' }, { topic: 'Gesprächsrunde' }],
    recurrence: {
      frequency: 'weekly',
      interval: 1,
      weekdays: [WEEKDAYS[(new Date(first).getUTCDay() + 6) % 7]],
      end: { type: 'count', count: 6 },
      exceptions: [
        {
          date: inDays(9).slice(0, 10),
          change: 'cancelled',
          note: { de: 'Fällt wegen des Feiertags aus.', en: 'No meeting: public holiday.' },
        },
      ],
    },
  });
  await createEvent(cms, {
    network: created.documentId,
    title: 'Jahresversammlung',
    kind: 'general-assembly',
    start: inDays(5, 9),
    end: inDays(5, 15),
    attendanceMode: 'online',
  });
});

const api = <T>(path: string) => testbed().api<T>(path);

async function openHost(body: string, lang = 'de', viewport?: { width: number; height: number }) {
  const { host, browser, cms } = testbed();
  const path = `/upcoming-${Math.random().toString(36).slice(2)}.html`;
  host.page(path, hostPage(body, { scriptSrc: `${cms}/treffpunkt/widgets.js`, lang }));
  const opened = await openPage(browser, viewport ? { viewport } : {});
  await opened.page.goto(host.url + path);
  await allLoaded(opened.page);
  return opened;
}

describe('<treffpunkt-upcoming-meetings>', () => {
  it('lists the next meetings as the API has them: date, title, place or online, the cancelled one marked', async () => {
    const { page, context, log } = await openHost(
      `<treffpunkt-upcoming-meetings network="${network}" limit="4"></treffpunkt-upcoming-meetings>`,
    );
    const { data } = await api<EventListResponse>(`/api/treffpunkt/events?network=${network}&limit=4&page=1&locale=de`);
    const items = page.locator('treffpunkt-upcoming-meetings [part=item]');
    await expect(items.count()).resolves.toBe(4);
    for (const [i, event] of data.entries()) {
      const item = items.nth(i);
      await expect(item.locator('[part=heading]').textContent()).resolves.toBe(event.title);
      await expect(item.locator('time').textContent()).resolves.toBe(event.display.brief);
      await expect(item.locator('[part=place]').textContent()).resolves.toContain(
        event.attendanceMode === 'online' ? 'Online' : event.display.place!,
      );
      await expect(item.locator('[part=badge]').count()).resolves.toBe(event.statusLabel ? 1 : 0);
    }
    expect(data.map((event) => event.status)).toContain('cancelled');
    // One schema.org Event per shown occurrence.
    const names = await page.evaluate(() =>
      [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!).name),
    );
    expect(names).toEqual(data.map((event) => event.title));
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('shows the whole status badge on a narrow phone, the date giving way', async () => {
    for (const lang of ['de', 'en']) {
      const { page, context } = await openHost(
        `<treffpunkt-upcoming-meetings network="${network}" limit="4"></treffpunkt-upcoming-meetings>`,
        lang,
        { width: 320, height: 640 },
      );
      const { data } = await api<EventListResponse>(`/api/treffpunkt/events?network=${network}&limit=4&page=1&locale=${lang}`);
      const cancelled = data.findIndex((event) => event.status === 'cancelled');
      const item = page.locator('treffpunkt-upcoming-meetings [part=item]').nth(cancelled);
      const badge = (await item.locator('[part=badge]').boundingBox())!;
      const line = (await item.locator('[part=when]').boundingBox())!;
      expect(badge.width, lang).toBeGreaterThan(0);
      expect(badge.x + badge.width, lang).toBeLessThanOrEqual(line.x + line.width + 0.5);
      await expect(item.locator('[part=badge]').textContent()).resolves.toBe(data[cancelled].statusLabel);
      await context.close();
    }
  });

  it('opens a meeting in place with everything its card has, and closes it again', async () => {
    const { page, context } = await openHost(`<treffpunkt-upcoming-meetings network="${network}"></treffpunkt-upcoming-meetings>`);
    const element = page.locator('treffpunkt-upcoming-meetings');
    await element
      .getByRole('button', { name: /Offene Gesprächsgruppe/ })
      .first()
      .click();
    const card = element.locator('[part=card]');
    await card.waitFor();
    const { data } = await api<EventListResponse>(`/api/treffpunkt/events?network=${network}&limit=5&page=1&locale=de`);
    await expect(card.locator('[part=rhythm]').textContent()).resolves.toBe(data[0].series!.rhythm);
    await expect(card.locator('[part=agenda] li').count()).resolves.toBe(2);
    await card.getByRole('button', { name: /Weniger anzeigen/ }).click();
    await expect(element.locator('[part=card]').count()).resolves.toBe(0);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', part: 'item' });
    await context.close();
  });

  it('loads more meetings on request and moves focus to the first new one', async () => {
    const { page, context } = await openHost(
      `<treffpunkt-upcoming-meetings network="${network}" limit="3"></treffpunkt-upcoming-meetings>`,
    );
    const element = page.locator('treffpunkt-upcoming-meetings');
    const second = await api<EventListResponse>(`/api/treffpunkt/events?network=${network}&limit=3&page=2&locale=de`);
    await element.getByRole('button', { name: 'Weitere Termine' }).click();
    await expect.poll(() => element.locator('[part=item]').count()).toBe(6);
    await expect.poll(() => focused(page)).toMatchObject({ part: 'item' });
    await expect(
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.querySelector('[part=heading]')?.textContent;
      }),
    ).resolves.toBe(second.data[0].title);
    await context.close();
  });

  it('says so kindly when nothing is planned, and tells the page how many it shows', async () => {
    const cms = await startCms();
    const quiet = await createNetwork(cms);
    const { page, context } = await openHost(`<treffpunkt-upcoming-meetings network="${quiet.slug}"></treffpunkt-upcoming-meetings>`);
    await expect(page.locator('treffpunkt-upcoming-meetings').getByText('Zurzeit ist kein Treffen geplant').isVisible()).resolves.toBe(
      true,
    );
    await context.close();
    const counted = await openPage(testbed().browser);
    testbed().host.page(
      '/upcoming-count.html',
      hostPage(`<treffpunkt-upcoming-meetings network="${network}" limit="2"></treffpunkt-upcoming-meetings>`, {
        scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`,
      }),
    );
    await counted.page.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { loads: unknown[] }).loads = []);
      document.addEventListener('treffpunkt-load', (event) => seen.push((event as CustomEvent).detail));
    });
    await counted.page.goto(`${testbed().host.url}/upcoming-count.html`);
    await allLoaded(counted.page);
    await expect(counted.page.evaluate(() => (window as unknown as { loads: unknown[] }).loads)).resolves.toEqual([{ count: 2 }]);
    await counted.context.close();
  });
});

describe('the meeting card of a series', () => {
  it('says the rhythm in words beside the next date, in German and in English', async () => {
    const { page, context } = await openHost(
      `<treffpunkt-next-meeting network="${network}"></treffpunkt-next-meeting>
       <treffpunkt-next-meeting network="${network}" lang="en"></treffpunkt-next-meeting>`,
    );
    const german = (await api<NextEventResponse>(`/api/treffpunkt/events/next?network=${network}&locale=de`)).data!;
    const english = (await api<NextEventResponse>(`/api/treffpunkt/events/next?network=${network}&locale=en`)).data!;
    expect(german.series!.rhythm).toMatch(/^jeden \w+, \d\d:\d\d–\d\d:\d\d Uhr, 6 Termine$/);
    expect(english.series!.rhythm).toMatch(/^every \w+, .+, 6 times$/);
    const rhythms = page.locator('treffpunkt-next-meeting [part=rhythm]');
    await expect(rhythms.allTextContents()).resolves.toEqual([german.series!.rhythm, english.series!.rhythm]);
    await context.close();
  });
});
