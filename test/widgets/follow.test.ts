/**
 * Following a network from a widget, in Chromium on a page of another origin, against the real CMS
 * with a real SMTP server (test/support/mail-server.ts):
 * - the "Follow" button of <treffpunkt-next-meeting> and <treffpunkt-upcoming-meetings> opens a
 *   dialog whose calendar links carry the element's filters; the address, read with ical.js,
 *   holds exactly the meetings the element's filters choose;
 * - a visitor follows by e-mail there: the confirmation arrives, its page confirms, a report
 *   published afterwards arrives once with a working unsubscribe link, and the one-click
 *   unsubscribe (RFC 8058 POST) stops everything;
 * - the dialog by keyboard: focus inside while open, Escape closes it, focus back on the button;
 * - without mail the dialog offers calendars only; what editors wrote stays text;
 * - without JavaScript, the public pages link to the follow page, whose form follows by e-mail too.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedUrl } from 'treffpunkt-shared/api-requests';
import { treffpunkt } from '../../cms/src/plugins/treffpunkt/server/src/plugin';
import type { AnyDocument } from '../support/admin-answer';
import { calendarSlugs } from '../support/calendar';
import { startCms, type Cms } from '../support/cms';
import { createEvent, createNetwork, createReport, inDays, uniqueSlug } from '../support/content';
import { startMailServer, tokenLink, type MailServer, type ReceivedMail } from '../support/mail-server';
import { axeViolations, openPage } from './browser';
import { hostPage } from './host-server';
import { allLoaded, focused, pageErrors, useTestbed } from './testbed';

const testbed = useTestbed();
let cms: Cms;
let mail: MailServer;
let parent: AnyDocument;
let meetings: Record<'parentWorkshop' | 'childWorkshop' | 'childConference' | 'untagged' | 'elsewhere', AnyDocument>;

/** A name an editor typed, with markup that must stay text. */
const NETWORK_NAME = 'Landesverband <b>Folgen</b> & "Freunde"';

beforeAll(async () => {
  cms = await startCms();
  mail = await startMailServer(Number(process.env.SMTP_PORT));
  parent = await createNetwork(cms, { name: NETWORK_NAME });
  const child = await createNetwork(cms, { parent: parent.documentId });
  const other = await createNetwork(cms);
  const jugend = [{ name: 'jugend' }];
  meetings = {
    parentWorkshop: await createEvent(cms, {
      network: parent.documentId,
      title: 'Werkstatt <i>oben</i>',
      kind: 'workshop',
      start: inDays(2),
      tags: jugend,
    }),
    childWorkshop: await createEvent(cms, { network: child.documentId, kind: 'workshop', start: inDays(4), tags: jugend }),
    childConference: await createEvent(cms, { network: child.documentId, kind: 'conference', start: inDays(5), tags: jugend }),
    untagged: await createEvent(cms, { network: parent.documentId, kind: 'workshop', start: inDays(3) }),
    elsewhere: await createEvent(cms, { network: other.documentId, kind: 'workshop', start: inDays(1), tags: jugend }),
  };
});

afterAll(async () => {
  await mail?.stop();
});

/** A host page with `body`, loaded in a fresh context that may use the clipboard. */
async function openHost(body: string, lang = 'de') {
  const { host, browser } = testbed();
  const path = `/follow-${uniqueSlug('p')}.html`;
  host.page(path, hostPage(body, { scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`, lang }));
  const opened = await openPage(browser);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
  await opened.page.goto(host.url + path);
  await allLoaded(opened.page);
  return opened;
}

const NEXT_MEETING = () =>
  `<treffpunkt-next-meeting network="${parent.slug}" include-subnetworks kind="workshop" tag="jugend"></treffpunkt-next-meeting>`;

/** Opens the element's follow dialog with its button, as a visitor does. */
async function openDialog(page: Page, element: string, button: string, title: string): Promise<Locator> {
  await page.locator(element).getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

const linkIn = (received: ReceivedMail, path: string) => tokenLink(received, `${cms.url}${path}`);

/** One round of the CMS's mail worker (it also runs every second by itself). */
const mailRound = () => treffpunkt(cms.strapi).service('follow-mails').tick();

describe('the follow dialog’s calendars', () => {
  it('offers Google, Outlook, Apple and Thunderbird with the address of the element’s filters, which holds those meetings', async () => {
    const { page, context, log } = await openHost(NEXT_MEETING());
    const dialog = await openDialog(page, 'treffpunkt-next-meeting', 'Folgen', `${NETWORK_NAME} folgen`);
    const feed = calendarFeedUrl(`${cms.url}/`, {
      network: parent.slug,
      includeSubnetworks: true,
      kind: 'workshop',
      tag: 'jugend',
      locale: 'de',
    });
    const webcal = feed.replace(/^http:/, 'webcal:');
    const href = (name: string) => dialog.getByRole('link', { name, exact: true }).getAttribute('href');
    expect(new URL((await href('Google Kalender'))!).searchParams.get('cid')).toBe(webcal);
    expect(new URL((await href('Outlook'))!).searchParams.get('url')).toBe(feed);
    expect(new URL((await href('Outlook'))!).searchParams.get('name')).toBe(NETWORK_NAME);
    await expect(href('Apple Kalender (iPhone, iPad, Mac)')).resolves.toBe(webcal);
    await expect(dialog.getByText('In Thunderbird unter „Neuer Kalender“').count()).resolves.toBe(1);
    await expect(dialog.getByRole('textbox', { name: 'Adresse des Kalenders' }).inputValue()).resolves.toBe(feed);

    // The address holds the workshops with the tag of the network and its subnetwork, and nothing else.
    expect(await calendarSlugs(feed)).toEqual([meetings.parentWorkshop.slug, meetings.childWorkshop.slug].sort());

    await dialog.getByRole('button', { name: 'Adresse kopieren' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Adresse kopiert' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(feed);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('loads its code only on the click, as a file of its own', async () => {
    const { page, context } = await openHost(NEXT_MEETING());
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await openDialog(page, 'treffpunkt-next-meeting', 'Folgen', `${NETWORK_NAME} folgen`);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/treffpunkt\/widgets-follow-dialog-[\w-]+\.js$/);
    await context.close();
  });

  it('is used by keyboard: focus inside while open, Escape closes, focus back on the button; axe finds nothing', async () => {
    const { page, context } = await openHost(NEXT_MEETING());
    const button = page.locator('treffpunkt-next-meeting').getByRole('button', { name: 'Folgen', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ host: 'treffpunkt-next-meeting', text: 'Schließen' });
    expect(await axeViolations(page)).toEqual([]);
    // Tab goes round the dialog (past its end to the browser's own controls, then back): the page behind it is inert.
    const stops = new Set<string>();
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const host = document.querySelector('treffpunkt-next-meeting')!;
        const active = document.activeElement;
        if (!active || active === document.body) return 'outside the page';
        const inner = active === host ? host.shadowRoot!.activeElement : null;
        return inner?.closest('dialog') ? `dialog: ${inner.textContent?.trim() || inner.getAttribute('name') || inner.id}` : 'the page';
      });
      expect(where, `after ${step + 1} Tab`).not.toBe('the page');
      stops.add(where);
    }
    expect(stops).toContain('dialog: Schließen');
    expect(stops).toContain('dialog: Google Kalender');
    expect(stops).toContain('dialog: email');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toMatchObject({ host: 'treffpunkt-next-meeting', part: 'follow' });
    await context.close();
  });

  it('is in English in an English element, from the list of upcoming meetings, and names what editors wrote as text', async () => {
    const { page, context } = await openHost(
      `<treffpunkt-upcoming-meetings network="${parent.slug}" include-subnetworks tag="jugend"></treffpunkt-upcoming-meetings>`,
      'en',
    );
    const dialog = await openDialog(page, 'treffpunkt-upcoming-meetings', 'Follow', `Follow ${NETWORK_NAME}`);
    await expect(dialog.getByRole('heading', { name: 'In your calendar' }).count()).resolves.toBe(1);
    const feed = await dialog.getByRole('textbox', { name: 'Address of the calendar' }).inputValue();
    expect(await calendarSlugs(feed)).toEqual(
      [meetings.parentWorkshop.slug, meetings.childWorkshop.slug, meetings.childConference.slug].sort(),
    );
    await expect(dialog.getByRole('checkbox', { name: 'With its subnetworks' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('treffpunkt-upcoming-meetings').locator('dialog b').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  it('offers calendars only where the CMS sends no e-mail', async () => {
    cms.strapi.config.set('plugin::treffpunkt.followByEmail', false);
    try {
      const quiet = await createNetwork(cms, { name: 'Ohne Post' });
      await createEvent(cms, { network: quiet.documentId, start: inDays(3) });
      const { page, context } = await openHost(`<treffpunkt-next-meeting network="${quiet.slug}"></treffpunkt-next-meeting>`);
      const dialog = await openDialog(page, 'treffpunkt-next-meeting', 'Folgen', 'Ohne Post folgen');
      await expect(dialog.getByRole('heading', { name: 'Im Kalender' }).count()).resolves.toBe(1);
      await expect(dialog.getByRole('heading', { name: 'Per E-Mail' }).count()).resolves.toBe(0);
      await expect(dialog.getByRole('textbox', { name: 'E-Mail-Adresse' }).count()).resolves.toBe(0);
      await context.close();
    } finally {
      cms.strapi.config.set('plugin::treffpunkt.followByEmail', true);
    }
  });
});

describe('following by e-mail from the widget', () => {
  it('says clearly what is wrong: an incomplete address, nothing chosen', async () => {
    const { page, context } = await openHost(NEXT_MEETING());
    const dialog = await openDialog(page, 'treffpunkt-next-meeting', 'Folgen', `${NETWORK_NAME} folgen`);
    const email = dialog.getByRole('textbox', { name: 'E-Mail-Adresse' });
    await email.fill('name@');
    await dialog.getByRole('button', { name: 'Folgen', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Bitte eine vollständige E-Mail-Adresse angeben' }).waitFor();
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input' });

    await email.fill(`niemand-${uniqueSlug('x')}@example.org`);
    await dialog.getByRole('checkbox', { name: 'Neue Berichte' }).uncheck();
    await dialog.getByRole('button', { name: 'Folgen', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Bitte mindestens eins auswählen.' }).waitFor();
    await expect(email.getAttribute('aria-invalid')).resolves.toBe(null);
    await context.close();
  });

  it('confirms by the mail’s link, then sends a new report once with a working unsubscribe; the one-click POST ends it all', async () => {
    const { page, context, log } = await openHost(NEXT_MEETING());
    const dialog = await openDialog(page, 'treffpunkt-next-meeting', 'Folgen', `${NETWORK_NAME} folgen`);
    const address = `leserin-${uniqueSlug('x')}@example.org`;
    await dialog.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(address);
    // New reports are chosen already; the reminder is of the meeting the element shows.
    await expect(dialog.getByRole('checkbox', { name: 'Neue Berichte' }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('checkbox', { name: 'Erinnerung am Tag vor „Werkstatt <i>oben</i>“' }).check();
    await dialog.getByRole('button', { name: 'Folgen', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: `Danke! Wenn die Adresse ${address} E-Mails empfangen kann` })
      .waitFor();

    const [confirmation] = await mail.waitFor(address);
    expect(confirmation.parsed.subject).toBe(`Bitte bestätigen: ${NETWORK_NAME} folgen`);
    expect(confirmation.parsed.text).toContain('Werkstatt <i>oben</i>');
    // The visitor opens the link: a page with a button, which confirms.
    await page.goto(linkIn(confirmation, '/treffpunkt/follow/confirm'));
    await page.getByRole('button', { name: 'Ja, bestätigen' }).click();
    await page.getByRole('heading', { name: 'Bestätigt' }).waitFor();

    const report = await createReport(cms, { network: parent.documentId, title: 'Nach dem Folgen' });
    const [, announced] = await mail.waitFor(address, 2);
    expect(announced.parsed.subject).toBe(`${NETWORK_NAME}: Nach dem Folgen`);
    await mailRound();
    await mailRound();
    expect(mail.to(address)).toHaveLength(2);

    // The mail's unsubscribe link opens a page that would end it; the mail program's one-click POST does.
    const unsubscribe = linkIn(announced, '/treffpunkt/follow/unsubscribe');
    await page.goto(unsubscribe);
    await page.getByRole('button', { name: 'Abmelden und Adresse löschen' }).waitFor();
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Dieser Link gilt nicht (mehr)' }).waitFor();

    await createReport(cms, { network: parent.documentId, title: 'Nach dem Abmelden' });
    await mailRound();
    await mailRound();
    expect(mail.to(address).map((received) => received.parsed.subject)).toEqual([
      `Bitte bestätigen: ${NETWORK_NAME} folgen`,
      `${NETWORK_NAME}: Nach dem Folgen`,
    ]);
    expect(report.title).toBe('Nach dem Folgen');
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });
});

describe('following without JavaScript', () => {
  it('the public pages link to the follow page, whose calendar links and e-mail form work without a script', async () => {
    const context = await testbed().browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${cms.url}/treffpunkt/n/${parent.slug}`);
    await page.getByRole('link', { name: 'Diesem Netzwerk folgen' }).click();
    await page.getByRole('heading', { level: 1, name: `${NETWORK_NAME} folgen` }).waitFor();

    // The calendar shows what the network's page shows: the network's meetings and its subnetwork's.
    const feed = calendarFeedUrl(`${cms.url}/`, { network: parent.slug, includeSubnetworks: true, locale: 'de' });
    await expect(page.getByRole('textbox', { name: 'Adresse des Kalenders' }).inputValue()).resolves.toBe(feed);
    const google = await page.getByRole('link', { name: 'Google Kalender' }).getAttribute('href');
    expect(new URL(google!).searchParams.get('cid')).toBe(feed.replace(/^http:/, 'webcal:'));
    const own = [meetings.parentWorkshop, meetings.childWorkshop, meetings.childConference, meetings.untagged];
    expect(await calendarSlugs(feed)).toEqual(own.map((meeting) => meeting.slug).sort());

    // An address the browser lets through but the CMS refuses comes back at its field, as typed.
    const email = page.getByRole('textbox', { name: 'E-Mail-Adresse' });
    await email.fill('name@beispiel');
    await page.getByRole('checkbox', { name: /Jede Woche am Montag/ }).check();
    await page.getByRole('button', { name: 'Folgen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Bitte eine vollständige E-Mail-Adresse angeben' }).waitFor();
    await expect(email.inputValue()).resolves.toBe('name@beispiel');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('checkbox', { name: /Jede Woche am Montag/ }).isChecked()).resolves.toBe(true);

    const address = `ohne-skript-${uniqueSlug('x')}@example.org`;
    await email.fill(address);
    await page.getByRole('button', { name: 'Folgen', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Wenn die Adresse ${address} E-Mails empfangen kann` })
      .waitFor();
    const [confirmation] = await mail.waitFor(address);
    expect(confirmation.parsed.text).toContain('jeden neuen Bericht');
    await page.goto(linkIn(confirmation, '/treffpunkt/follow/confirm'));
    await page.getByRole('button', { name: 'Ja, bestätigen' }).click();
    await page.getByRole('heading', { name: 'Bestätigt' }).waitFor();
    await context.close();
  });

  it('answers an unknown network with the public pages’ 404 page', async () => {
    const response = await fetch(`${cms.url}/treffpunkt/n/gibt-es-nicht/folgen?lang=en`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="en">');
  });
});
