/**
 * The editor's path in headless Chromium, with the admin in German and the editor's computer in
 * Tokyo (another zone than every meeting's):
 * - the choices of a meeting and a network are German words, in the edit view, the list and the
 *   filters, and save the stored values;
 * - a meeting in New York entered as 19:00 is 19:00 in the edit view, in the public API and on a
 *   website's widget, and a rule broken on saving is told at its field;
 * - the home page lists a past meeting without report, whose button opens a prefilled draft;
 * - an Author's home page lists only what they may do.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminUser, type AdminCredentials } from '../support/admin';
import { choose, clickAndAwait, logIn } from '../support/admin-panel';
import { startCms, type Cms } from '../support/cms';
import { cmsClock, dateInDays } from '../support/clock';
import { EVENT, NETWORK, createEvent, createNetwork, getJson, uniqueSlug } from '../support/content';
import { launchBrowser, openPage } from '../widgets/browser';
import { hostPage, startHostSite, type HostSite } from '../widgets/host-server';

const EDITORS_ZONE = 'Asia/Tokyo';
const NEW_YORK = 'America/New_York';
const MINUTE_MS = 60 * 1000;

let cms: Cms;
let browser: Browser;
let site: HostSite;
let editor: AdminCredentials;
let page: Page;

const editView = (uid: string, documentId: string) =>
  `${cms.url}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=de`;

/** An instant `minutes` minutes from the CMS's now. */
const minutesFromNow = (minutes: number) => new Date(cmsClock(cms).now().getTime() + minutes * MINUTE_MS).toISOString();

/** DD.MM.YYYY, as the German admin writes a date. */
const germanDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** New York's offset on that day, as ISO 8601 writes it (-05:00 in winter, -04:00 in summer). */
function newYorkOffset(isoDate: string) {
  const name = new Intl.DateTimeFormat('en', { timeZone: NEW_YORK, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')!.value;
  return name.replace('GMT', '');
}

async function germanSession(credentials: AdminCredentials) {
  const session = await browser.newContext({ locale: 'de-DE', timezoneId: EDITORS_ZONE, viewport: { width: 1400, height: 1000 } });
  const sessionPage = await session.newPage();
  await logIn(sessionPage, cms, credentials);
  return { session, sessionPage };
}

beforeAll(async () => {
  cms = await startCms();
  browser = await launchBrowser();
  site = await startHostSite();
  editor = await createAdminUser(cms, 'strapi-editor', { preferedLanguage: 'de' });
  ({ sessionPage: page } = await germanSession(editor));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('choices in words', () => {
  it('offers German words in the drop-downs and saves the stored values', async () => {
    const network = await createNetwork(cms);
    const event = await createEvent(cms, { network: network.documentId, start: minutesFromNow(60 * 24 * 30) });
    await page.goto(editView(EVENT, event.documentId));

    await page.getByRole('combobox', { name: 'Art des Treffens', exact: true }).click();
    const kinds = await page.getByRole('option').allInnerTexts();
    expect(kinds).toEqual(
      expect.arrayContaining(['Treffen', 'Workshop', 'Vernetzungstreffen', 'Konferenz', 'Mitgliederversammlung', 'Andere Veranstaltung']),
    );
    expect(kinds).not.toContain('networking-meeting');
    await page.getByRole('option', { name: 'Konferenz', exact: true }).click();
    await choose(page, 'Stand', 'Vorläufig');
    await expect(page.getByRole('combobox', { name: 'Teilnahme', exact: true }).innerText()).resolves.toBe('Vor Ort');
    await expect(page.getByRole('combobox', { name: 'Genauigkeit des Datums', exact: true }).innerText()).resolves.toBe(
      'Datum und Uhrzeit',
    );
    expect(await clickAndAwait(page, 'Speichern')).toBe(200);

    const draft = await cms.strapi.db
      .query(EVENT)
      .findOne({ where: { documentId: event.documentId, publishedAt: null }, select: ['kind', 'eventStatus'] });
    expect(draft).toEqual({ kind: 'conference', eventStatus: 'tentative' });
  });

  it('shows words in the list and filters by them, with the stored value in the address', async () => {
    const federation = await createNetwork(cms, { name: `Bundesverband ${uniqueSlug('b')}`, kind: 'federation' });
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${NETWORK}?plugins[i18n][locale]=de`);
    const row = page.getByRole('row').filter({ hasText: federation.name });
    await row.getByRole('gridcell', { name: 'Verband (mit Fachbereichen)', exact: true }).waitFor();
    expect(await row.innerText()).not.toContain('federation');

    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await choose(page, 'Feld auswählen', 'Art');
    await choose(page, 'Art', 'Verband (mit Fachbereichen)');
    await page.getByRole('button', { name: 'Filter hinzufügen' }).click();
    await page.getByText('Art ist Verband (mit Fachbereichen)').waitFor();
    expect(decodeURIComponent(page.url())).toContain('[kind][$eq]=federation');
    await page.getByRole('row').filter({ hasText: federation.name }).waitFor();
  });
});

describe('times as the meeting has them', () => {
  it('a meeting in New York entered as 19:00 is 19:00 in the edit view, in the API and on a website', async () => {
    const network = await createNetwork(cms);
    const day = dateInDays(21);
    const event = await createEvent(cms, { network: network.documentId, start: minutesFromNow(60 * 24 * 30) });
    await page.goto(editView(EVENT, event.documentId));

    // Entered first, then the zone typed letter by letter: what was entered stays 19:00, now in New York.
    const date = page.getByRole('combobox', { name: 'Beginn – Datum', exact: true });
    await date.fill(germanDate(day));
    await date.press('Tab');
    const time = page.getByRole('combobox', { name: 'Beginn – Uhrzeit', exact: true });
    await time.fill('19:00');
    await time.press('Enter');
    const zone = page.getByRole('textbox', { name: 'Zeitzone', exact: true });
    await zone.fill('');
    await zone.pressSequentially(NEW_YORK);
    await page
      .getByText(/America\/New_York \(GMT-[45]\)/)
      .first()
      .waitFor();
    await expect(time.inputValue()).resolves.toBe('19:00');
    expect(await clickAndAwait(page, 'Veröffentlichen')).toBe(200);

    // What was saved, read back in the edit view: the meeting's wall clock, and the editor's beside it.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Beginn – Uhrzeit', exact: true }).inputValue()).toBe('19:00');
    await expect(page.getByRole('combobox', { name: 'Beginn – Datum', exact: true }).inputValue()).resolves.toBe(germanDate(day));
    const tokyo = await page.locator('[data-editors-time]').first().innerText();
    expect(tokyo).toContain(`Bei Ihnen (${EDITORS_ZONE})`);
    expect(tokyo).toMatch(/0[89]:00/);

    const { body } = await getJson(cms, `/api/treffpunkt/events/next?network=${network.slug}&locale=de`);
    expect(body.data.start).toBe(`${day}T19:00:00${newYorkOffset(day)}`);
    expect(body.data.display.when).toContain('19:00');

    site.page(
      '/new-york.html',
      hostPage(`<treffpunkt-next-meeting network="${network.slug}" api="${cms.url}"></treffpunkt-next-meeting>`, {
        scriptSrc: `${cms.url}/treffpunkt/widgets.js`,
      }),
    );
    const website = await openPage(browser, { timezoneId: EDITORS_ZONE });
    await website.page.goto(`${site.url}/new-york.html`);
    const when = website.page.locator('treffpunkt-next-meeting [part~="when"]');
    await expect.poll(() => when.innerText().catch(() => '')).toContain('19:00');
    await website.context.close();
  });

  it('tells at its field that the end lies before the start', async () => {
    const network = await createNetwork(cms);
    const day = dateInDays(22);
    const event = await createEvent(
      cms,
      { network: network.documentId, timeZone: NEW_YORK, start: minutesFromNow(60 * 24 * 30) },
      { status: 'draft' },
    );
    await page.goto(editView(EVENT, event.documentId));
    for (const [field, value] of [
      ['Beginn', '18:00'],
      ['Ende', '17:00'],
    ] as const) {
      const date = page.getByRole('combobox', { name: `${field} – Datum`, exact: true });
      await date.fill(germanDate(day));
      await date.press('Tab');
      const time = page.getByRole('combobox', { name: `${field} – Uhrzeit`, exact: true });
      await time.fill(value);
      await time.press('Enter');
    }
    expect(await clickAndAwait(page, 'Speichern')).toBe(400);
    const endDate = page.getByRole('combobox', { name: 'Ende – Datum', exact: true });
    // The message stands under the end field and describes its input (until then, the input is described by its help text).
    const describedBy = async () => {
      const id = await endDate.getAttribute('aria-describedby', { timeout: 1000 }).catch(() => null);
      return id
        ? page
            .locator(`[id="${id}"]`)
            .innerText({ timeout: 1000 })
            .catch(() => '')
        : '';
    };
    await expect.poll(describedBy, { timeout: 10_000 }).toMatch(/Das Ende liegt vor dem Beginn/);
  });
});

describe('the home page', () => {
  it('lists a past meeting without report; its button opens a prefilled draft, its title the meeting', async () => {
    const network = await createNetwork(cms);
    const title = `Vergangenes Treffen ${uniqueSlug('h')}`;
    const event = await createEvent(cms, {
      network: network.documentId,
      title,
      start: minutesFromNow(-90),
      end: minutesFromNow(-30),
      venue: { name: 'Rathaus', city: 'Gifhorn' },
    });

    await page.goto(`${cms.url}/admin`);
    const waiting = page.getByRole('region', { name: 'Warten auf einen Bericht' });
    await waiting.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`${EVENT}/${event.documentId}`));

    await page.goto(`${cms.url}/admin`);
    await waiting.getByRole('button', { name: `Bericht schreiben: ${title}` }).click();
    await page.waitForURL(/plugin::treffpunkt\.report\/\w+/);
    await expect.poll(() => page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).toBe(`Bericht: ${title}`);
    await expect(page.getByRole('textbox', { name: 'Ort', exact: true }).inputValue()).resolves.toBe('Rathaus, Gifhorn');

    // Written: it waits no more.
    await page.goto(`${cms.url}/admin`);
    await page.getByRole('region', { name: 'Nächste Treffen' }).waitFor();
    await expect(waiting.getByText(title).count()).resolves.toBe(0);
  });

  it('shows an Author the next meetings they may edit, and every past meeting whose report they may write', async () => {
    const author = await createAdminUser(cms, 'strapi-author', { preferedLanguage: 'de' });
    const network = await createNetwork(cms);
    const editorsMeeting = await createEvent(cms, {
      network: network.documentId,
      title: `Geplant von der Redaktion ${uniqueSlug('r')}`,
      start: minutesFromNow(10),
    });
    const authorsMeeting = await createEvent(cms, {
      network: network.documentId,
      title: `Geplant von der Autorin ${uniqueSlug('a')}`,
      start: minutesFromNow(20),
      createdBy: author.id,
    });
    const past = await createEvent(cms, {
      network: network.documentId,
      title: `Ohne Bericht ${uniqueSlug('p')}`,
      start: minutesFromNow(-80),
      end: minutesFromNow(-20),
    });

    const { session, sessionPage } = await germanSession(author);
    await sessionPage.goto(`${cms.url}/admin`);
    const next = sessionPage.getByRole('region', { name: 'Nächste Treffen' });
    await next.getByRole('link', { name: authorsMeeting.title }).waitFor();
    // Sooner than the Author's own, so it would be listed first if they could edit it.
    await expect(next.getByRole('link', { name: editorsMeeting.title }).count()).resolves.toBe(0);
    await sessionPage.getByRole('region', { name: 'Warten auf einen Bericht' }).getByRole('link', { name: past.title }).waitFor();
    await session.close();
  });
});
