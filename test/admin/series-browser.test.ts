/**
 * Meetings that repeat, in the admin in headless Chromium: an editor with the admin in German, on
 * a computer in Tokyo (another zone than the meetings' Berlin).
 * - A meeting becomes a weekly one with one cancelled date through the series form: the form says
 *   it back in a sentence with its next five dates, and the public API then lists that date as
 *   cancelled, with the note.
 * - A series that ends before it starts is refused on saving, with the server's message at the
 *   field and nothing the editor set lost.
 * - "Write the report" of a series, in the edit view's side panel, asks which past date it is about,
 *   and the draft report is that date's.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from 'treffpunkt-shared/recurrence';
import { fromWallClock } from 'treffpunkt-shared/wall-clock';
import type { EventListResponse } from 'treffpunkt-shared/wire';
import { createAdminUser } from '../support/admin';
import { choose, clickAndAwait, logIn } from '../support/admin-panel';
import { dateInDays } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { EVENT, createEvent, createNetwork, getJson } from '../support/content';
import { launchBrowser } from '../widgets/browser';

const BERLIN = 'Europe/Berlin';
const NOTE = 'Fällt wegen des Feiertags aus.';

let cms: Cms;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const editView = (documentId: string) =>
  `${cms.url}/admin/content-manager/collection-types/${EVENT}/${documentId}?plugins[i18n][locale]=de`;

/** DD.MM.YYYY, as the German admin writes a date. */
const germanDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** The date `days` after `isoDate`. */
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

const weekdayOf = (isoDate: string) => WEEKDAYS[(new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7];
const germanWeekday = (isoDate: string) =>
  new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** A meeting from 19:00 to 20:30 in Berlin on `day`: the first of a series once it repeats. */
const eveningOf = (day: string) => ({
  start: fromWallClock(`${day}T19:00`, BERLIN).toISOString(),
  end: fromWallClock(`${day}T20:30`, BERLIN).toISOString(),
  timeZone: BERLIN,
});

beforeAll(async () => {
  cms = await startCms();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Asia/Tokyo', viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  await logIn(page, cms, await createAdminUser(cms, 'strapi-editor', { preferedLanguage: 'de' }));
});

afterAll(async () => {
  await browser?.close();
});

describe('the series form', () => {
  it('makes a weekly meeting with one cancelled date, said back in a sentence with the next five dates', async () => {
    const network = await createNetwork(cms);
    const first = dateInDays(2);
    const event = await createEvent(
      cms,
      { title: 'Gesprächsgruppe', network: network.documentId, ...eveningOf(first) },
      { status: 'draft' },
    );
    await page.goto(editView(event.documentId));
    const series = page.locator('[data-treffpunkt-recurrence]');

    await choose(page, 'Wiederholt sich', 'Wöchentlich');
    // Suggested from the start: its weekday, every week, without end.
    expect(await series.getByRole('checkbox', { name: germanWeekday(first) }).getAttribute('aria-checked')).toBe('true');
    await series
      .locator('[data-series-sentence]')
      .getByText(`jeden ${germanWeekday(first)}, 19:00–20:30 Uhr`, { exact: true })
      .waitFor();
    const dates = [0, 7, 14, 21, 28].map((days) => addDays(first, days));
    const rows = series.locator('li[data-date]');
    await expect.poll(() => rows.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.date))).toEqual(dates);
    for (const row of await rows.all()) expect(await row.innerText()).toMatch(/19:00–20:30 Uhr/);

    const cancelled = dates[1];
    await series
      .locator(`li[data-date="${cancelled}"]`)
      .getByRole('button', { name: /absagen$/ })
      .click();
    await series.locator(`[data-exception="${cancelled}"]`).getByRole('textbox', { name: 'Hinweis (Deutsch)' }).fill(NOTE);
    await series.locator(`li[data-date="${cancelled}"]`).getByText('Abgesagt').waitFor();
    expect(await clickAndAwait(page, 'Veröffentlichen')).toBe(200);

    const { body } = await getJson(cms, `/api/treffpunkt/events?network=${network.slug}&limit=10`);
    const listed = (body as EventListResponse).data.filter((listedEvent) => listedEvent.slug === event.slug);
    expect(listed.slice(0, 5).map((occurrence) => [occurrence.occurrence?.date, occurrence.status])).toEqual(
      dates.map((date) => [date, date === cancelled ? 'cancelled' : 'planned']),
    );
    expect(listed[1].note).toBe(NOTE);
    expect(listed[0].series?.rhythm).toBe(`jeden ${germanWeekday(first)}, 19:00–20:30 Uhr`);
  });

  it('shows the server’s message at the field for a series that ends before it starts, keeping what was set', async () => {
    const first = dateInDays(3);
    const event = await createEvent(cms, { title: 'Runde', ...eveningOf(first) }, { status: 'draft' });
    await page.goto(editView(event.documentId));
    await choose(page, 'Wiederholt sich', 'Wöchentlich');
    await choose(page, 'Endet', 'An einem Datum');
    const until = page.getByRole('combobox', { name: 'Letzter Tag der Reihe', exact: true });
    await until.fill(germanDate(addDays(first, -7)));
    await until.press('Tab');

    // In the editor's admin language (German here), as every message the server gives an editor.
    const message = 'Die Wiederholung endet vor dem Beginn des Treffens.';
    // Said while the editor sets it up, and on saving at the field, once.
    const series = page.locator('[data-treffpunkt-recurrence]');
    await series.locator('[data-series-problem]').getByText(message).waitFor();
    expect(await clickAndAwait(page, 'Speichern')).toBe(400);
    // At the field now, not a second time in the preview; the series as the editor set it.
    await expect.poll(() => series.getByText(message, { exact: true }).count()).toBe(1);
    expect(await series.locator('[data-series-problem]').count()).toBe(0);
    expect(await until.inputValue()).toBe(germanDate(addDays(first, -7)));
    expect(await page.getByRole('combobox', { name: 'Wiederholt sich', exact: true }).innerText()).toBe('Wöchentlich');
  });
});

describe('write the report of a series', () => {
  it('asks which past date, newest first, and writes the draft of that date', async () => {
    const network = await createNetwork(cms);
    const first = dateInDays(-20);
    const recurrence = {
      frequency: 'weekly',
      interval: 1,
      weekdays: [weekdayOf(first)],
      end: { type: 'never' },
      exceptions: [{ date: addDays(first, 7), change: 'cancelled' }],
    };
    const event = await createEvent(cms, { title: 'Selbsthilfegruppe', network: network.documentId, ...eveningOf(first), recurrence });
    await page.goto(editView(event.documentId));

    // In the side panel: the last past dates, newest first; the cancelled one is not among them.
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Von welchem Termin der Reihe berichten Sie?' }) });
    const dates = panel.getByRole('radiogroup');
    const day = (isoDate: string) => ` ${Number(isoDate.slice(8))}. `;
    await expect
      .poll(async () => (await dates.count()) && (await dates.locator('button[role="radio"]').count()), { timeout: 10_000 })
      .toBe(2);
    const choices = (await dates.innerText()).split('\n').filter(Boolean);
    expect(choices).toHaveLength(2);
    expect(choices[0]).toContain(day(addDays(first, 14)));
    expect(choices[1]).toContain(day(first));

    await dates.locator('button[role="radio"]').nth(1).click();
    await panel.getByRole('button', { name: 'Bericht schreiben', exact: true }).click();
    await page.waitForURL(/plugin::treffpunkt\.report\/\w+/);
    const longDate = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${first}T12:00:00Z`));
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue())
      .toBe(`Bericht: Selbsthilfegruppe (${longDate})`);
    expect(await page.getByRole('combobox', { name: 'Termin der Reihe', exact: true }).inputValue()).toBe(germanDate(first));
  });
});
