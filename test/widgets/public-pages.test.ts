/**
 * The public pages in Chromium, as visitors meet them: complete with JavaScript off (the archive's
 * filters and search are links and a form), accessible by axe in German and English, and loading
 * nothing from anywhere but the CMS.
 */
import { describe, expect, it } from 'vitest';
import { startCms } from '../support/cms';
import { dateInDays } from '../support/content';
import { pageFixtures } from '../api/page-fixtures';
import { axeViolations, openPage } from './browser';
import { useTestbed } from './testbed';

const testbed = useTestbed();
const fixtures = async () => pageFixtures(await startCms());

describe('the public pages without JavaScript', () => {
  it('show a network’s profile and archive, and filter the archive by its links and search form', async () => {
    const f = await fixtures();
    const { cms } = testbed();
    const { page, context, log } = await openPage(testbed().browser, { javaScriptEnabled: false });
    await page.goto(`${cms}/treffpunkt/n/${f.networks.federation.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(f.networks.federation.name);
    const archive = page.locator('#archiv');
    await expect(archive.locator('ul.lines > li > a').count()).resolves.toBe(4);

    await archive.getByRole('link', { name: /^beteiligung/ }).click();
    await page.waitForURL(/tag=beteiligung/);
    await expect(archive.locator('ul.lines > li > a').allTextContents()).resolves.toEqual([
      'Bericht vom Arbeitstreffen im Herbst',
      'Jahresrückblick',
      'Bericht der Arbeitsgruppe',
    ]);
    await expect(archive.getByRole('link', { name: /^beteiligung/ }).getAttribute('aria-current')).resolves.toBe('true');

    await archive.getByRole('searchbox').fill('Herbst');
    await archive.getByRole('searchbox').press('Enter');
    await page.waitForURL(/q=Herbst/);
    // The topic chosen before stays chosen.
    expect(new URL(page.url()).searchParams.get('tag')).toBe('beteiligung');
    await expect(archive.getByRole('searchbox').inputValue()).resolves.toBe('Herbst');

    // Nothing but the CMS's own pages and images.
    expect(log.requests.filter((url) => !url.startsWith(cms))).toEqual([]);
    await context.close();
  });

  it('show a report whole and a meeting with "add to calendar", in the language asked for', async () => {
    const f = await fixtures();
    const { cms } = testbed();
    const { page, context } = await openPage(testbed().browser, { javaScriptEnabled: false });
    await page.goto(`${cms}/treffpunkt/n/${f.networks.federation.slug}/berichte/${f.reports.newest.slug}?lang=en`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bericht vom Arbeitstreffen im Herbst');
    await expect(page.getByText('Wir haben über Beteiligung gesprochen.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Protokoll des Treffens' }).getAttribute('href')).resolves.toMatch(/\/uploads\/.*\.pdf$/);
    await expect(page.getByRole('link', { name: 'Deutsch' }).getAttribute('href')).resolves.toBe(
      `${cms}/treffpunkt/n/${f.networks.federation.slug}/berichte/${f.reports.newest.slug}`,
    );

    await page.goto(`${cms}/treffpunkt/n/${f.networks.federation.slug}/treffen/${f.events.upcoming.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Fachtag Beteiligung');
    await expect(page.getByRole('link', { name: 'iCal (.ics)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Google Kalender' }).isVisible()).resolves.toBe(true);
    // The card's button that opens it has nothing to do on a page that shows it whole.
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('the public pages and axe', () => {
  it('pass in German and English: a network’s page, a report’s, a meeting’s, a series date’s, a 404', async () => {
    const f = await fixtures();
    const { cms } = testbed();
    const { federation } = f.networks;
    // axe is injected as a script, which the pages' policy forbids.
    const { page, context } = await openPage(testbed().browser, { bypassCSP: true });
    for (const path of [
      `/treffpunkt/n/${federation.slug}`,
      `/treffpunkt/n/${federation.slug}?lang=en&tag=beteiligung`,
      `/treffpunkt/n/${federation.slug}/berichte/${f.reports.newest.slug}`,
      `/treffpunkt/n/${federation.slug}/berichte/${f.reports.newest.slug}?lang=en`,
      `/treffpunkt/n/${federation.slug}/treffen/${f.events.upcoming.slug}`,
      `/treffpunkt/n/${federation.slug}/treffen/${f.events.series.slug}?lang=en`,
      `/treffpunkt/n/${federation.slug}/treffen/${f.events.series.slug}/${dateInDays(7)}`,
      `/treffpunkt/n/${federation.slug}/berichte/gibt-es-nicht?lang=en`,
    ]) {
      await page.goto(`${cms}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
