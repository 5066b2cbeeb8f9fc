/**
 * The admin panel in headless Chromium, as an editor uses it (German admin):
 * - the embed page shows a just-published meeting in the live preview, its snippet is copied
 *   and pasted into a plain page on another origin, which then shows the same meeting; it
 *   suggests the limit a list's reports fill; the link to paste into WordPress or Ghost is one
 *   the oEmbed answer frames; it narrows a meeting list to kinds and a tag;
 * - "Write the report" in the side panel of a past meeting opens a prefilled draft report, and
 *   "Open the report" then opens that one.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminUser } from '../support/admin';
import { choose, logIn } from '../support/admin-panel';
import { startCms, type Cms } from '../support/cms';
import { EVENT, createEvent, createNetwork, createReport, inDays } from '../support/content';
import { launchBrowser } from '../widgets/browser';
import { startHostSite, type HostSite } from '../widgets/host-server';

let cms: Cms;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: HostSite;

beforeAll(async () => {
  cms = await startCms();
  // As an installation's first admin, with German chosen in the profile.
  const credentials = await createAdminUser(cms, 'strapi-super-admin', { preferedLanguage: 'de' });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: cms.url });
  page = await context.newPage();
  site = await startHostSite();
  await logIn(page, cms, credentials);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('embed page', () => {
  it('previews a published meeting and gives a snippet that shows it on another website', async () => {
    const network = await createNetwork(cms, { name: `Netzwerk Browsertest ${randomBytes(2).toString('hex')}` });
    const title = `Sommertreffen ${randomBytes(3).toString('hex')}`;
    await createEvent(cms, { title, network: network.documentId, start: inDays(3, 15), venue: { name: 'Stadtteilhaus', city: 'Bremen' } });

    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.getByRole('heading', { name: 'Einbetten', level: 1 }).waitFor();
    await choose(page, 'Netzwerk', network.name);
    await choose(page, 'Widget', 'Nächstes Treffen');

    const preview = page.frameLocator('iframe[title="Vorschau des Widgets"]');
    await preview.getByText(title).waitFor();

    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.getByText('In die Zwischenablage kopiert.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      [
        `<link rel="stylesheet" href="${cms.url}/treffpunkt/widgets.css">`,
        `<link rel="preload" as="fetch" crossorigin="anonymous" href="${cms.url}/api/treffpunkt/events/next?network=${network.slug}&amp;locale=de">`,
        `<script type="module" src="${cms.url}/treffpunkt/widgets.js"></script>`,
        `<treffpunkt-next-meeting network="${network.slug}" lang="de"><a href="${cms.url}/treffpunkt/embed/next-meeting?network=${network.slug}&amp;lang=de">Nächstes Treffen</a></treffpunkt-next-meeting>`,
      ].join('\n'),
    );
    expect(await page.getByLabel('Code zum Einfügen').inputValue()).toBe(copied);
    await expect(page.getByLabel(`Kalender (iCal) von ${network.name}`).inputValue()).resolves.toBe(
      `${cms.url}/api/treffpunkt/networks/${network.slug}/events.ics`,
    );

    site.page(
      '/verein.html',
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Unser Verein</title></head>
<body><h1>Unser nächstes Treffen</h1>
${copied}
</body></html>`,
    );
    const website = await context.newPage();
    await website.goto(`${site.url}/verein.html`);
    expect(new URL(website.url()).origin).not.toBe(cms.url);
    await website.getByText(title).waitFor();
    await website.getByText('Stadtteilhaus', { exact: false }).first().waitFor();
    await website.close();
  });

  it('gives the iframe code for a site builder without scripts, which shows the meeting on another website', async () => {
    const network = await createNetwork(cms, { name: `Netzwerk Iframe ${randomBytes(2).toString('hex')}` });
    const title = `Herbsttreffen ${randomBytes(3).toString('hex')}`;
    await createEvent(cms, { title, network: network.documentId, start: inDays(4, 18), attendanceMode: 'online' });

    // Opened afresh: the page reads the networks when it opens.
    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Einbetten', level: 1 }).waitFor();
    await choose(page, 'Netzwerk', network.name);
    await choose(page, 'Widget', 'Nächstes Treffen');
    await page.getByRole('tab', { name: 'Iframe (für Baukästen ohne Skripte)' }).click();
    await page.getByText('Vorgeschlagene Höhe: 544 px', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `<iframe src="${cms.url}/treffpunkt/embed/next-meeting?network=${network.slug}&amp;lang=de" title="Nächstes Treffen" width="100%" height="544" style="width:100%;height:544px;border:0"></iframe>`,
    );

    // A page as a site builder keeps it: no script of ours on it.
    site.page(
      '/baukasten.html',
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Baukasten</title></head>
<body><h1>Termine</h1>${copied}</body></html>`,
    );
    const website = await context.newPage();
    await website.goto(`${site.url}/baukasten.html`);
    await website.frameLocator('iframe').getByText(title).waitFor();
    await website.close();
  });
});

describe('embed page: a limit the reports fill', () => {
  it("says how many reports a list's network has when the limit leaves rows free, and takes the limit they fill", async () => {
    const network = await createNetwork(cms, { name: `Netzwerk Liste ${randomBytes(2).toString('hex')}` });
    await createReport(cms, {
      network: network.documentId,
      title: `Frühjahrstreffen ${randomBytes(3).toString('hex')}`,
      publicationDate: inDays(-3).slice(0, 10),
    });

    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Einbetten', level: 1 }).waitFor();
    await choose(page, 'Netzwerk', network.name);
    await choose(page, 'Widget', 'Neueste Berichte');
    // Cards keep no row per report: nothing to suggest.
    await expect(page.getByRole('button', { name: '1 übernehmen' }).count()).resolves.toBe(0);
    await choose(page, 'Darstellung', 'Liste');
    await page.getByText('Zurzeit ist 1 Bericht in dieser Sprache veröffentlicht', { exact: false }).waitFor();
    await page.getByRole('button', { name: '1 übernehmen' }).click();
    await expect(page.getByLabel('Berichte pro Seite').inputValue()).resolves.toBe('1');
    await expect(page.getByRole('button', { name: '1 übernehmen' }).count()).resolves.toBe(0);
    expect(await page.getByLabel('Code zum Einfügen').inputValue()).toContain(`limit="1" layout="list"`);
  });
});

describe('embed page: kinds and a tag', () => {
  it('narrows a meeting list to the kinds and the tag chosen: the preview shows those meetings only, the snippet asks for them', async () => {
    const network = await createNetwork(cms, { name: `Netzwerk Auswahl ${randomBytes(2).toString('hex')}` });
    const suffix = randomBytes(3).toString('hex');
    const meeting = (title: string, kind: 'workshop' | 'meeting', tags: string[], days: number) =>
      createEvent(cms, {
        title: `${title} ${suffix}`,
        kind,
        network: network.documentId,
        start: inDays(days, 17),
        tags: tags.map((name) => ({ name })),
      });
    await meeting('Jugendworkshop', 'workshop', ['jugend'], 2);
    await meeting('Workshop Finanzen', 'workshop', [], 3);
    await meeting('Jugendtreffen', 'meeting', ['jugend'], 4);

    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Einbetten', level: 1 }).waitFor();
    await choose(page, 'Netzwerk', network.name);
    await choose(page, 'Widget', 'Kommende Treffen (Liste)');
    const preview = page.frameLocator('iframe[title="Vorschau des Widgets"]');
    await preview.getByText(`Jugendtreffen ${suffix}`).waitFor();

    await choose(page, 'Arten von Treffen', 'Workshop');
    await page.keyboard.press('Escape');
    await page.getByLabel('Schlagwort').fill('jugend');
    await expect.poll(() => page.getByLabel('Code zum Einfügen').inputValue()).toContain(`kind="workshop" tag="jugend"`);
    await preview.getByText(`Jugendworkshop ${suffix}`).waitFor();
    await expect.poll(() => preview.getByText(`Jugendtreffen ${suffix}`).count()).toBe(0);
    await expect(preview.getByText(`Workshop Finanzen ${suffix}`).count()).resolves.toBe(0);
  });
});

describe('embed page: the link to paste', () => {
  it('gives the address to paste into WordPress or Ghost, which the oEmbed answer frames', async () => {
    const network = await createNetwork(cms, { name: `Netzwerk Link ${randomBytes(2).toString('hex')}` });
    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Einbetten', level: 1 }).waitFor();
    await choose(page, 'Netzwerk', network.name);
    await page.getByRole('tab', { name: 'Link (WordPress, Ghost)' }).click();
    const address = `${cms.url}/treffpunkt/embed/latest-reports?network=${network.slug}&lang=de`;
    await expect(page.getByLabel('Adresse zum Einfügen').inputValue()).resolves.toBe(address);
    await page.getByText('in WordPress die Adresse allein in eine Zeile', { exact: false }).waitFor();

    const answer = await fetch(`${cms.url}/treffpunkt/oembed?url=${encodeURIComponent(address)}&format=json`).then((response) =>
      response.json(),
    );
    expect(answer.html).toContain(`<iframe src="${address.replace('&', '&amp;')}"`);
  });
});

describe('write the report', () => {
  it('opens a draft report prefilled from the past meeting', async () => {
    const network = await createNetwork(cms);
    const title = `Frühjahrstreffen ${randomBytes(3).toString('hex')}`;
    const event = await createEvent(cms, {
      title,
      network: network.documentId,
      start: inDays(-2, 9),
      end: inDays(-2, 16),
      venue: { name: 'Haus der Vereine', city: 'Kassel' },
    });

    await page.goto(`${cms.url}/admin/content-manager/collection-types/${EVENT}/${event.documentId}?plugins[i18n][locale]=de`);
    // A panel of its own beside "Eintrag", not an entry of the "…" menu.
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Bericht', exact: true }) });
    await panel.getByRole('button', { name: 'Bericht schreiben' }).click();

    await page.waitForURL(/plugin::treffpunkt\.report\/\w+/);
    await expect.poll(() => page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).toBe(`Bericht: ${title}`);
    await expect(page.getByRole('textbox', { name: 'Ort', exact: true }).inputValue()).resolves.toBe('Haus der Vereine, Kassel');
    // Labels and help texts in the admin's language.
    await page.getByText('z. B. „Hannover“ oder „online“.').waitFor();
    await page.getByText('Ein Berichtsentwurf mit Netzwerk, Datum und Ort des Treffens wurde angelegt.').waitFor();

    // The meeting now has its report: the panel opens it instead of writing a second one.
    const reportUrl = page.url();
    await page.goBack();
    await panel.getByRole('button', { name: 'Bericht öffnen' }).click();
    await page.waitForURL(reportUrl);
    await expect.poll(() => page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue()).toBe(`Bericht: ${title}`);
  });

  it('shows no report panel for a meeting that has not begun', async () => {
    const network = await createNetwork(cms);
    const event = await createEvent(cms, { network: network.documentId, start: inDays(4, 9) });
    // The panel asks the server whether the meeting has begun; once it answered, there is nothing to show.
    const answered = page.waitForResponse((response) => response.url().includes(`/treffpunkt/admin/events/${event.documentId}/report`));
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${EVENT}/${event.documentId}?plugins[i18n][locale]=de`);
    expect((await (await answered).json()).meta).toEqual({ started: false, occurrences: null });
    await page.getByRole('button', { name: 'Veröffentlichen' }).waitFor();
    await expect(page.getByRole('button', { name: /Bericht (schreiben|öffnen)/ }).count()).resolves.toBe(0);
  });
});
