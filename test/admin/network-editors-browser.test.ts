/**
 * A federation's office and one Fachbereich's editor in the admin panel, in headless Chromium
 * (German admin):
 * - the office assigns the editor to bke-medien on the network's edit view ("Redaktion dieses Netzwerks");
 * - the editor's list views show only bke-medien's content;
 * - opening another network's report by its address is refused with a message naming that network;
 * - a new report's network picker offers only bke-medien, and saving without a network is refused
 *   at the field with everything typed still there.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_EDITOR_ROLE, networkEditorsPath } from 'treffpunkt-shared/admin-api';
import { adminSession, createAdminUser } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT } from '../support/content';
import { launchBrowser } from '../widgets/browser';
import { FEDERATION, contentOf, demoAsItIs, demoNetwork, type DemoNetwork, type NetworkContent } from './federation';

let cms: Cms;
let restoreDemo: () => Promise<void>;
let browser: Browser;
const networks = {} as Record<(typeof FEDERATION)[number], DemoNetwork>;
const content = {} as Record<'bke-medien' | 'bke-juliti', NetworkContent>;
let office: { email: string; password: string };
let medien: { id: number; email: string; password: string };

const listPath = (uid: string) => `${cms.url}/admin/content-manager/collection-types/${uid}?plugins[i18n][locale]=de`;
const editPath = (uid: string, documentId: string) =>
  `${cms.url}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=de`;

async function loggedIn(credentials: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(credentials.email);
  await page.locator('input[name="password"]').fill(credentials.password);
  await page.locator('button[type="submit"]').click();
  await page.getByRole('navigation').first().waitFor();
  return { context, page };
}

/** The rows of the list view's table, as text, once the given title is among them. */
async function listRows(page: Page, uid: string, shown: string): Promise<string[]> {
  await page.goto(listPath(uid));
  await page.getByRole('gridcell', { name: shown }).first().waitFor();
  return page.locator('tbody tr').allInnerTexts();
}

beforeAll(async () => {
  cms = await startCms();
  restoreDemo = await demoAsItIs(cms);
  for (const slug of FEDERATION) networks[slug] = await demoNetwork(cms, slug);
  content['bke-medien'] = await contentOf(cms, networks['bke-medien']);
  content['bke-juliti'] = await contentOf(cms, networks['bke-juliti']);
  office = await createAdminUser(cms, 'strapi-super-admin', { firstname: 'Olga', lastname: 'Office', preferedLanguage: 'de' });
  medien = await createAdminUser(cms, NETWORK_EDITOR_ROLE, { firstname: 'Mia', lastname: 'Medienfrau', preferedLanguage: 'de' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await restoreDemo?.();
});

describe('a federation in the admin panel', () => {
  it("the office assigns an editor on the network's edit view", async () => {
    const { context, page } = await loggedIn(office);
    await page.goto(editPath(NETWORK, networks['bke-medien'].documentId));
    await page.getByRole('heading', { name: 'Redaktion dieses Netzwerks' }).waitFor();
    await page.getByText('Diese Personen bearbeiten und veröffentlichen das Netzwerk').waitFor();
    const picker = page.getByRole('combobox', { name: 'Person zuordnen' });
    await picker.click();
    await picker.pressSequentially(medien.email);
    await page.getByRole('option', { name: `Mia Medienfrau (${medien.email})` }).click();
    await page.getByText('Mia Medienfrau bearbeitet jetzt dieses Netzwerk.').waitFor();
    await page.getByRole('button', { name: 'Mia Medienfrau entfernen' }).waitFor();
    const { body } = await (await adminSession(cms)).request('GET', networkEditorsPath(networks['bke-medien'].documentId));
    expect(body.data.editors.map((user: { id: number }) => user.id)).toContain(medien.id);
    await context.close();
  });

  describe('the editor of bke-medien', () => {
    let context: BrowserContext;
    let page: Page;
    const foreignNames = () => [networks.bke.name, networks['bke-juliti'].name, networks['bke-wendepunkt'].name];

    beforeAll(async () => {
      ({ context, page } = await loggedIn(medien));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('sees only their own content in the list views', async () => {
      const reports = await listRows(page, REPORT, content['bke-medien'].report.title);
      await page.getByText(`Ihre Netzwerke: ${networks['bke-medien'].name}`).waitFor();
      expect(reports.join('\n')).not.toContain(content['bke-juliti'].report.title);
      for (const row of reports) expect(row).toContain(networks['bke-medien'].name);
      const events = await listRows(page, EVENT, content['bke-medien'].event.title);
      expect(events.join('\n')).not.toContain(content['bke-juliti'].event.title);
      for (const row of events) expect(row).toContain(networks['bke-medien'].name);
      // Each row starts with the network's name (its parent's name may follow, in the parent column).
      const listedNetworks = (await listRows(page, NETWORK, networks['bke-medien'].name)).map((row) => row.trim().split('\n')[0]);
      expect(listedNetworks).toContain(networks['bke-medien'].name);
      for (const name of foreignNames()) expect(listedNetworks).not.toContain(name);
    });

    it("opening another network's report by its address is refused, naming the network", async () => {
      await page.goto(editPath(REPORT, content['bke-juliti'].report.documentId));
      await page.getByText(`Dieser Bericht gehört zu „${networks['bke-juliti'].name}“ – das ist keines Ihrer Netzwerke.`).first().waitFor();
      await expect(page.getByRole('textbox', { name: 'Titel', exact: true }).count()).resolves.toBe(0);
    });

    it('a new report offers only their network; without one it is refused at the field, and nothing typed is lost', async () => {
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${REPORT}/create?plugins[i18n][locale]=de`);
      const title = page.getByRole('textbox', { name: 'Titel', exact: true });
      await title.fill('Bericht aus dem Fachbereich Medien');
      await page.getByRole('textbox', { name: 'Kurzfassung' }).fill('Was wir besprochen haben.');

      await page.getByRole('combobox', { name: 'Netzwerk' }).click();
      await page.getByRole('option', { name: networks['bke-medien'].name }).waitFor();
      const offered = await page.getByRole('option').allInnerTexts();
      for (const name of [...foreignNames(), 'Modellinitiative']) expect(offered.join('\n')).not.toContain(name);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.getByText('Bitte wählen Sie eines Ihrer Netzwerke.').first().waitFor();
      await expect(title.inputValue()).resolves.toBe('Bericht aus dem Fachbereich Medien');
      await expect(page.getByRole('textbox', { name: 'Kurzfassung' }).inputValue()).resolves.toBe('Was wir besprochen haben.');

      await page.getByRole('combobox', { name: 'Netzwerk' }).click();
      await page.getByRole('option', { name: networks['bke-medien'].name }).click();
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(new RegExp(`${REPORT.replace(/\./g, '\\.')}/(?!create)\\w+`));
      const saved = await cms.strapi.db.query(REPORT).findOne({
        where: { title: 'Bericht aus dem Fachbereich Medien' },
        populate: { network: { select: ['documentId'] } },
      });
      expect(saved.network.documentId).toBe(networks['bke-medien'].documentId);
    });
  });
});
