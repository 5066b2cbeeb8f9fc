/**
 * A save the server refuses, in headless Chromium with the admin in German: the editor is told why
 * at the field, and nothing they typed is lost (title, summary, a component's field), both for a
 * rule of our own (writes/editor-rules.ts: a slug in use, an end before the start) and on a
 * document saved before and one that is new, and for a network editor whose report would lose its
 * network (the network editors' guard).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_EDITOR_ROLE, networkEditorsPath } from 'treffpunkt-shared/admin-api';
import { adminSession, createAdminUser } from '../support/admin';
import { logIn } from '../support/admin-panel';
import { startCms, type Cms } from '../support/cms';
import { EVENT, REPORT, createEvent, createNetwork, createReport, inDays, uniqueSlug } from '../support/content';
import { launchBrowser } from '../widgets/browser';

let cms: Cms;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const editView = (uid: string, documentId: string) =>
  `${cms.url}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=de`;
const createView = (uid: string) => `${cms.url}/admin/content-manager/collection-types/${uid}/create?plugins[i18n][locale]=de`;

/** The form's input of the field at `path` ("title", "author.name"). */
const input = (path: string) => page.locator(`[name="${path}"]`);

/** The text that describes the input at `path`: its message once there is one, its help text before. */
async function describedBy(path: string): Promise<string> {
  const ids = await input(path)
    .getAttribute('aria-describedby', { timeout: 1000 })
    .catch(() => null);
  if (!ids) return '';
  const texts = await Promise.all(
    ids.split(/\s+/).map((id) =>
      page
        .locator(`[id="${id}"]`)
        .innerText({ timeout: 1000 })
        .catch(() => ''),
    ),
  );
  return texts.join('\n');
}

/** Clicks Save and waits for the server's answer to it. */
async function save(): Promise<number> {
  const answer = page.waitForResponse(
    (response) =>
      ['PUT', 'POST'].includes(response.request().method()) &&
      response.url().includes('/content-manager/collection-types/plugin::treffpunkt.'),
  );
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  return (await answer).status();
}

/** What the form shows in each of `paths`, after the answer has had time to reach it. */
async function shown(paths: string[]): Promise<Record<string, string>> {
  // Past every re-render a refused save causes: the form has settled once the message is at its field.
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await input(path).inputValue()] as const)));
}

beforeAll(async () => {
  cms = await startCms();
  browser = await launchBrowser();
  const editor = await createAdminUser(cms, 'strapi-editor', { preferedLanguage: 'de' });
  context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  await logIn(page, cms, editor);
});

afterAll(async () => {
  await browser?.close();
});

describe('a save the server refuses', () => {
  it('keeps what was typed in a saved report, with the message at the slug', async () => {
    const network = await createNetwork(cms);
    const taken = await createReport(cms, { network: network.documentId });
    const report = await createReport(cms, { network: network.documentId, author: { name: 'Erste Fassung' } }, { status: 'draft' });
    await page.goto(editView(REPORT, report.documentId));
    await input('title').waitFor();

    const typed = {
      title: 'Bericht vom Frühjahrstreffen in Kassel',
      summary: 'Zwölf Initiativen waren dabei; drei neue Arbeitsgruppen.',
      'author.name': 'Jana Beispiel',
      slug: taken.slug,
    };
    for (const [path, value] of Object.entries(typed)) await input(path).fill(value);
    expect(await save()).toBe(400);

    await expect.poll(() => describedBy('slug'), { timeout: 10_000 }).toContain('ist schon vergeben');
    expect(await shown(Object.keys(typed))).toEqual(typed);
    // Nothing was saved.
    const stored = await cms.strapi.db
      .query(REPORT)
      .findOne({ where: { documentId: report.documentId, publishedAt: null }, select: ['title', 'slug'] });
    expect(stored).toEqual({ title: report.title, slug: report.slug });

    // Corrected, the same form saves what was typed.
    const free = uniqueSlug('kassel');
    await input('slug').fill(free);
    expect(await save()).toBe(200);
    const saved = await cms.strapi.db
      .query(REPORT)
      .findOne({ where: { documentId: report.documentId, publishedAt: null }, select: ['title', 'slug', 'summary'] });
    expect(saved).toEqual({ title: typed.title, slug: free, summary: typed.summary });
  });

  it('keeps what was typed in a saved meeting, with the message at the end', async () => {
    const network = await createNetwork(cms);
    const event = await createEvent(
      cms,
      { network: network.documentId, start: inDays(30, 18), venue: { name: 'Alter Saal' } },
      { status: 'draft' },
    );
    await page.goto(editView(EVENT, event.documentId));
    await input('title').waitFor();

    const typed = { title: 'Frühjahrstreffen Kassel', summary: 'Wir planen das nächste Jahr.', 'venue.name': 'Kulturzentrum Schlachthof' };
    for (const [path, value] of Object.entries(typed)) await input(path).fill(value);
    // An end before the start: the time picker of the end, a day before the start's.
    const endDate = page.getByRole('combobox', { name: 'Ende – Datum', exact: true });
    const startDate = await page.getByRole('combobox', { name: 'Beginn – Datum', exact: true }).inputValue();
    const [day, month, year] = startDate.split('.').map(Number);
    const dayBefore = new Date(Date.UTC(year, month - 1, day - 1));
    await endDate.fill(
      `${String(dayBefore.getUTCDate()).padStart(2, '0')}.${String(dayBefore.getUTCMonth() + 1).padStart(2, '0')}.${dayBefore.getUTCFullYear()}`,
    );
    await endDate.press('Tab');
    const endTime = page.getByRole('combobox', { name: 'Ende – Uhrzeit', exact: true });
    await endTime.fill('20:00');
    await endTime.press('Enter');
    const typedEnd = await endDate.inputValue();
    expect(await save()).toBe(400);

    await expect
      .poll(
        async () => {
          const ids = await endDate.getAttribute('aria-describedby', { timeout: 1000 }).catch(() => null);
          return ids
            ? page
                .locator(`[id="${ids.split(/\s+/)[0]}"]`)
                .innerText({ timeout: 1000 })
                .catch(() => '')
            : '';
        },
        { timeout: 10_000 },
      )
      .toMatch(/Das Ende liegt vor dem Beginn/);
    expect(await shown(Object.keys(typed))).toEqual(typed);
    await expect(endDate.inputValue()).resolves.toBe(typedEnd);
    await expect(endTime.inputValue()).resolves.toBe('20:00');
  });

  it('keeps what was typed in a new report, with the message at the slug', async () => {
    const network = await createNetwork(cms);
    const taken = await createReport(cms, { network: network.documentId });
    await page.goto(createView(REPORT));
    await input('title').waitFor();

    const typed = { title: 'Bericht vom Sommerfest', summary: 'Ein Nachmittag mit allen Gruppen.', slug: taken.slug };
    for (const [path, value] of Object.entries(typed)) await input(path).fill(value);
    expect(await save()).toBe(400);

    await expect.poll(() => describedBy('slug'), { timeout: 10_000 }).toContain('ist schon vergeben');
    expect(await shown(Object.keys(typed))).toEqual(typed);
  });

  it('keeps what a network editor typed when their report would lose its network, with the message at the field', async () => {
    const network = await createNetwork(cms);
    const editor = await createAdminUser(cms, NETWORK_EDITOR_ROLE, { preferedLanguage: 'de' });
    const assigned = await (await adminSession(cms)).request('PUT', networkEditorsPath(network.documentId), { editors: [editor.id] });
    expect(assigned.status).toBe(200);
    const report = await createReport(cms, { network: network.documentId }, { status: 'draft' });
    const editorsContext = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const editorsPage = await editorsContext.newPage();
    // The helpers above work on `page`: the network editor's, for this case.
    const officePage = page;
    page = editorsPage;
    try {
      await logIn(page, cms, editor);
      await page.goto(editView(REPORT, report.documentId));
      await input('title').waitFor();

      const typed = { title: 'Bericht der Regionalgruppe', summary: 'Was wir besprochen haben.' };
      for (const [path, value] of Object.entries(typed)) await input(path).fill(value);
      const removeNetwork = page.getByRole('button', { name: 'Entfernen', exact: true });
      await expect(removeNetwork.count()).resolves.toBe(1);
      await removeNetwork.click();
      expect(await save()).toBe(400);

      await page.getByText('Bitte wählen Sie eines Ihrer Netzwerke.').first().waitFor();
      expect(await shown(Object.keys(typed))).toEqual(typed);
      // The network stays removed as the editor left it, and the stored report keeps its own.
      await expect(removeNetwork.count()).resolves.toBe(0);
      const stored = await cms.strapi.db
        .query(REPORT)
        .findOne({ where: { documentId: report.documentId, publishedAt: null }, select: ['title'] });
      expect(stored).toEqual({ title: report.title });
    } finally {
      page = officePage;
      await editorsContext.close();
    }
  });
});
