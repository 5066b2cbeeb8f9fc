/**
 * The public pages as feed readers, search engines, link previews and visitors' browsers fetch
 * them: a report's page from an Atom entry's link, the head's canonical and language addresses,
 * structured data and card meta, the network's archive and its filters, the sitemap, moved and
 * unknown addresses, caching; and nothing unpublished or private on any of them.
 */
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportResponse } from 'treffpunkt-shared/wire';
import { startCms, type Cms } from '../support/cms';
import { NETWORK, REPORT, createEvent, createNetwork, createReport, dateInDays, getJson, inDays } from '../support/content';
import { PAGE_SECRET, pageFixtures, type PageFixtures } from './page-fixtures';

let cms: Cms;
let f: PageFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await pageFixtures(cms);
});

const networkPage = (slug: string, query = '') => `/treffpunkt/n/${slug}${query}`;
const reportPage = (network: string, slug: string, query = '') => `/treffpunkt/n/${network}/berichte/${slug}${query}`;
const meetingPage = (network: string, slug: string, query = '') => `/treffpunkt/n/${network}/treffen/${slug}${query}`;

async function fetchPage(path: string, init?: RequestInit) {
  const response = await fetch(`${cms.url}${path}`, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

async function page(path: string) {
  const answer = await fetchPage(path);
  expect(answer.status, path).toBe(200);
  expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return answer.html;
}

/** The value of `attribute` of the head's elements that have all of `having`, in order. */
function headValues(html: string, tag: 'link' | 'meta', having: Record<string, string>, attribute: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const unescape = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
  return [...head.matchAll(new RegExp(`<${tag} ([^>]*)>`, 'g'))]
    .map((match) => Object.fromEntries([...match[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)])))
    .filter((attributes) => Object.entries(having).every(([name, value]) => attributes[name] === value))
    .map((attributes) => attributes[attribute]);
}

const canonical = (html: string) => headValues(html, 'link', { rel: 'canonical' }, 'href');
const metaProperty = (html: string, property: string) => headValues(html, 'meta', { property }, 'content');

function jsonLd(html: string): Record<string, unknown> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0][1]);
}

/** The text of the page's section that begins with `start` (up to the end of that section). */
function section(html: string, start: string): string {
  const from = html.indexOf(start);
  expect(from, start).toBeGreaterThan(-1);
  return html.slice(from, html.indexOf('</section>', from));
}

/** The report titles the archive lists, in order. */
const archiveTitles = (html: string) =>
  [...section(html, '<section id="archiv">').matchAll(/<li lang="\w+"><a href="[^"]*"\s*>([^<]*)<\/a>/g)].map((match) => match[1]);

const yearOf = (date: string) => Number(date.slice(0, 4));

describe('a report’s page', () => {
  it('is where a feed reader lands from an Atom entry’s link', async () => {
    const atom = await fetch(`${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`).then((r) => r.text());
    const { entry } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(atom).feed;
    const titleOf = (each: { title: string | { '#text': string } }) => (typeof each.title === 'string' ? each.title : each.title['#text']);
    const newest = entry.find((each: { title: string }) => titleOf(each) === 'Bericht vom Arbeitstreffen im Herbst');
    const link: string = newest.link[0]['@_href'];
    expect(link).toBe(`${cms.url}${reportPage(f.networks.federation.slug, f.reports.newest.slug)}`);

    const response = await fetch(link, { headers: { Accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<h1>Bericht vom Arbeitstreffen im Herbst</h1>');
    expect(html).toContain('Wir haben über Beteiligung gesprochen.');
    expect(html).toContain('Protokoll des Treffens');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('noindex');
  });

  it('carries an Article in JSON-LD with headline, date, author, publisher and image', async () => {
    const html = await page(reportPage(f.networks.federation.slug, f.reports.newest.slug));
    const article = jsonLd(html);
    const { data: report } = (await getJson(cms, `/api/treffpunkt/reports/${f.reports.newest.slug}`)).body as ReportResponse;
    expect(article).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'Article',
      headline: 'Bericht vom Arbeitstreffen im Herbst',
      datePublished: f.dates.newest,
      author: { '@type': 'Person', name: 'Robin Beispiel', jobTitle: 'Moderation' },
      publisher: { '@type': 'Organization', name: f.networks.federation.name, url: `${cms.url}${networkPage(f.networks.federation.slug)}` },
      image: [report.cover!.url],
      url: report.url,
    });
    expect(article.associatedMedia).toEqual([
      expect.objectContaining({ '@type': 'MediaObject', name: 'Protokoll des Treffens', encodingFormat: 'application/pdf' }),
    ]);
  });

  it('names its canonical address and languages, offers a card for link previews and oEmbed discovery in its first bytes', async () => {
    const path = reportPage(f.networks.federation.slug, f.reports.newest.slug);
    const german = `${cms.url}${path}`;
    const html = await page(path);
    expect(canonical(html)).toEqual([german]);
    expect(headValues(html, 'link', { rel: 'alternate', hreflang: 'de' }, 'href')).toEqual([german]);
    expect(headValues(html, 'link', { rel: 'alternate', hreflang: 'en' }, 'href')).toEqual([`${german}?lang=en`]);
    expect(headValues(html, 'link', { rel: 'alternate', hreflang: 'x-default' }, 'href')).toEqual([german]);
    expect(metaProperty(html, 'og:title')).toEqual([`Bericht vom Arbeitstreffen im Herbst – ${f.networks.federation.name}`]);
    expect(metaProperty(html, 'og:description')).toEqual(['Was wir im Herbst besprochen haben']);
    expect(metaProperty(html, 'og:image')[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uploads\/.*\.png$/);
    expect(metaProperty(html, 'og:type')).toEqual(['article']);
    expect(headValues(html, 'meta', { name: 'twitter:card' }, 'content')).toEqual(['summary_large_image']);
    expect(headValues(html, 'link', { rel: 'alternate', type: 'application/atom+xml' }, 'href')).toEqual([
      `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`,
    ]);
    expect(headValues(html, 'link', { rel: 'alternate', type: 'text/calendar' }, 'href')).toEqual([
      `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/events.ics`,
    ]);

    const oembed = html.indexOf('type="application/json+oembed"');
    expect(oembed).toBeGreaterThan(-1);
    expect(oembed).toBeLessThan(200);
    const [discovery] = headValues(html, 'link', { type: 'application/json+oembed' }, 'href');
    const asked = new URL(discovery);
    expect(asked.pathname).toBe('/treffpunkt/oembed');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ url: german, format: 'json' });

    const english = await page(`${path}?lang=en`);
    expect(english).toMatch(/<html lang="en">/);
    expect(canonical(english)).toEqual([`${german}?lang=en`]);
    expect(metaProperty(english, 'og:locale')).toEqual(['en_GB']);
    expect(headValues(english, 'link', { rel: 'alternate', type: 'application/atom+xml' }, 'href')[0]).toMatch(/reports\.atom\?locale=en$/);
  });
});

describe('a network that shows its reports and meetings on its own website', () => {
  it('has that address as the canonical link, the API’s url and the feed’s link; Treffpunkt’s page names it', async () => {
    const { ownSite } = f.networks;
    const own = `https://verein.example.org/berichte/${f.reports.ownReport.slug}`;
    const { data: report } = (await getJson(cms, `/api/treffpunkt/reports/${f.reports.ownReport.slug}`)).body as ReportResponse;
    expect(report.url).toBe(own);

    const atom = await fetch(`${cms.url}/api/treffpunkt/networks/${ownSite.slug}/reports.atom`).then((r) => r.text());
    const { entry } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(atom).feed;
    expect(entry.map((each: { link: { '@_href': string }[] }) => each.link[0]['@_href'])).toEqual([own]);

    const html = await page(reportPage(ownSite.slug, f.reports.ownReport.slug));
    expect(canonical(html)).toEqual([own]);
    expect(metaProperty(html, 'og:url')).toEqual([own]);
    expect(jsonLd(html)).toMatchObject({ url: own, mainEntityOfPage: own });

    const meeting = await page(meetingPage(ownSite.slug, f.events.ownMeeting.slug));
    expect(canonical(meeting)).toEqual([`https://verein.example.org/termine/${f.events.ownMeeting.slug}`]);
  });
});

describe('a network’s page', () => {
  it('shows the profile’s public details, the next meetings, and the past ones with their reports', async () => {
    const html = await page(networkPage(f.networks.federation.slug));
    expect(html).toContain(`<h1>${f.networks.federation.name}</h1>`);
    expect(html).toContain('Ein Verband für die Seiten');
    expect(html).toContain('+49 30 5551234');
    expect(section(html, 'Zugehörige Netzwerke')).toContain(`${cms.url}${networkPage(f.networks.child.slug)}`);
    expect(section(html, 'Nächste Treffen')).toContain('Fachtag Beteiligung');

    const past = section(html, 'Vergangene Treffen');
    const newestLink = `${cms.url}${reportPage(f.networks.federation.slug, f.reports.newest.slug)}`;
    expect(past).toMatch(new RegExp(`Arbeitstreffen im Herbst</a>.*?Bericht: <a href="${newestLink}"`, 's'));
    const seriesDate = `${cms.url}${meetingPage(f.networks.federation.slug, f.events.series.slug)}/${f.dates.seriesDate}`;
    expect(past).toMatch(new RegExp(`<a href="${seriesDate}"\\s*>Offene Abendrunde</a>.*?Bericht aus der Abendrunde`, 's'));
    expect(jsonLd(html)).toMatchObject({ '@type': 'Organization', name: f.networks.federation.name, telephone: '+49 30 5551234' });
  });

  it('lists every published report of the federation in its archive, newest first, filtered by year, topic and network', async () => {
    const { federation, child } = f.networks;
    const all = await page(networkPage(federation.slug));
    const newestFirst = [
      'Bericht vom Arbeitstreffen im Herbst',
      'Bericht aus der Abendrunde',
      'Jahresrückblick',
      'Bericht der Arbeitsgruppe',
    ];
    const published = {
      'Bericht vom Arbeitstreffen im Herbst': f.dates.newest,
      'Bericht aus der Abendrunde': dateInDays(-13),
      Jahresrückblick: f.dates.lastYear,
      'Bericht der Arbeitsgruppe': f.dates.child,
    };
    expect(archiveTitles(all)).toEqual(
      newestFirst.sort((a, b) => published[b as keyof typeof published].localeCompare(published[a as keyof typeof published])),
    );
    expect(section(all, '<section id="archiv">')).toContain('<p>4 Berichte');

    const year = yearOf(f.dates.lastYear);
    const ofYear = Object.entries(published)
      .filter(([, date]) => yearOf(date) === year)
      .map(([title]) => title);
    expect(archiveTitles(await page(networkPage(federation.slug, `?year=${year}`)))).toEqual(ofYear);

    const topic = await page(networkPage(federation.slug, '?tag=beteiligung'));
    expect(archiveTitles(topic)).toEqual(['Bericht vom Arbeitstreffen im Herbst', 'Jahresrückblick', 'Bericht der Arbeitsgruppe']);
    expect(section(all, '<section id="archiv">')).toMatch(/>beteiligung <span class="?meta"?>\(3\)<\/span>/);

    const ofChild = await page(networkPage(federation.slug, `?subnetwork=${child.slug}&lang=en`));
    expect(archiveTitles(ofChild)).toEqual(['Bericht der Arbeitsgruppe']);
    expect(section(ofChild, '<section id="archiv">')).toContain('1 report');

    const both = await page(networkPage(federation.slug, `?tag=rückblick&year=${yearOf(f.dates.newest)}`));
    expect(archiveTitles(both)).toEqual(yearOf(f.dates.newest) === year ? ['Jahresrückblick'] : []);
  });

  it('answers a wrong filter with a 400 page that names it', async () => {
    for (const [query, parameter] of [
      ['?year=zwanzig', 'year'],
      ['?tag=Gro%C3%9F', 'tag'],
      [`?subnetwork=${f.networks.ownSite.slug}`, 'subnetwork'],
      ['?lang=fr', 'lang'],
      ['?page=0', 'page'],
    ]) {
      const answer = await fetchPage(networkPage(f.networks.federation.slug, query));
      expect(answer.status, query).toBe(400);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.html, query).toContain(`Der Parameter „${parameter}“`);
    }
    const english = await fetchPage(networkPage(f.networks.federation.slug, '?lang=en&year=1'));
    expect(english.html).toContain('The parameter “year” has no valid value.');
    // Parameters that messengers and newsletters add to a shared link are no error.
    expect((await fetchPage(networkPage(f.networks.federation.slug, '?utm_source=newsletter&fbclid=abc'))).status).toBe(200);
  });
});

describe('a meeting’s page and a series date’s', () => {
  it('show the meeting with "add to calendar"; a series its next dates, each with a page of its own', async () => {
    const { federation } = f.networks;
    const single = await page(meetingPage(federation.slug, f.events.upcoming.slug));
    expect(single).toContain('Fachtag Beteiligung');
    expect(single).toContain(`href="${cms.url}/api/treffpunkt/events/${f.events.upcoming.slug}.ics"`);
    expect(single).toContain('https://calendar.google.com/calendar/render?');
    expect(jsonLd(single)).toMatchObject({
      '@type': 'Event',
      name: 'Fachtag Beteiligung',
      url: `${cms.url}${meetingPage(federation.slug, f.events.upcoming.slug)}`,
    });

    const seriesPath = meetingPage(federation.slug, f.events.series.slug);
    const series = await page(seriesPath);
    expect(canonical(series)).toEqual([`${cms.url}${seriesPath}`]);
    const nextWeek = dateInDays(7);
    expect(section(series, 'Die nächsten Termine')).toContain(`href="${cms.url}${seriesPath}/${nextWeek}"`);

    const date = await page(`${seriesPath}/${nextWeek}`);
    expect(canonical(date)).toEqual([`${cms.url}${seriesPath}/${nextWeek}`]);
    expect(String(jsonLd(date).startDate)).toMatch(new RegExp(`^${nextWeek}T`));
    expect(date).toContain(`href="${cms.url}${seriesPath}"`);

    const reported = await page(`${seriesPath}/${f.dates.seriesDate}`);
    expect(reported).toContain('Bericht zum Treffen: <a');
    expect(reported).toContain('Bericht aus der Abendrunde');
  });
});

describe('addresses that show nothing, and moved ones', () => {
  it('answer 404 in the visitor’s language, leading to the network’s page where there is one', async () => {
    const { federation } = f.networks;
    const german = await fetchPage(reportPage(federation.slug, 'gibt-es-nicht'));
    expect(german.status).toBe(404);
    expect(german.html).toContain('<html lang="de">');
    expect(german.html).toContain('Seite nicht gefunden');
    expect(german.html).toContain(`<a href="${cms.url}${networkPage(federation.slug)}">Zur Seite von ${federation.name}</a>`);
    expect(german.headers.get('cache-control')).toBe('no-store');

    const english = await fetchPage(meetingPage(federation.slug, 'gibt-es-nicht', '?lang=en'));
    expect(english.status).toBe(404);
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain(`<a href="${cms.url}${networkPage(federation.slug)}?lang=en">To the page of ${federation.name}</a>`);

    const unknownNetwork = await fetchPage(networkPage('gibt-es-nicht', '?lang=en'));
    expect(unknownNetwork.status).toBe(404);
    expect(unknownNetwork.html).toContain('Page not found');
    expect(unknownNetwork.html).not.toContain('<a ');

    for (const path of [
      `${meetingPage(federation.slug, f.events.series.slug)}/${dateInDays(8)}`,
      `${meetingPage(federation.slug, f.events.series.slug)}/naechste-woche`,
      networkPage('Gross-Geschrieben'),
    ]) {
      expect((await fetchPage(path)).status, path).toBe(404);
    }
  });

  it('never show a draft or a private detail, not even a draft’s title', async () => {
    const { federation } = f.networks;
    for (const path of [
      reportPage(federation.slug, f.reports.draftReport.slug),
      meetingPage(federation.slug, f.events.draftMeeting.slug),
    ]) {
      const answer = await fetchPage(path);
      expect(answer.status, path).toBe(404);
      expect(answer.html).not.toContain(PAGE_SECRET);
      expect(answer.html).not.toContain('Entwurf');
    }
    const published = [
      networkPage(federation.slug),
      networkPage(federation.slug, '?lang=en'),
      reportPage(federation.slug, f.reports.newest.slug),
      meetingPage(federation.slug, f.events.upcoming.slug),
      meetingPage(federation.slug, f.events.series.slug),
      '/treffpunkt/sitemap.xml',
    ];
    for (const path of published) {
      const { status, html } = await fetchPage(path);
      expect(status, path).toBe(200);
      expect(html, path).not.toContain(PAGE_SECRET);
      expect(html, path).not.toContain(f.reports.draftReport.slug);
      expect(html, path).not.toContain(f.events.draftMeeting.slug);
    }
  });

  it('show nothing of a network taken offline: its page, its reports’ and meetings’ are 404 and leave the sitemap', async () => {
    const network = await createNetwork(cms);
    const report = await createReport(cms, { network: network.documentId, title: 'Bericht eines Netzwerks, das offline geht' });
    const meeting = await createEvent(cms, { network: network.documentId, start: inDays(20) });
    await cms.strapi.documents(NETWORK).unpublish({ documentId: network.documentId, locale: '*' } as never);
    for (const path of [networkPage(network.slug), reportPage(network.slug, report.slug), meetingPage(network.slug, meeting.slug)]) {
      const answer = await fetchPage(path);
      expect(answer.status, path).toBe(404);
      expect(answer.html).not.toContain('offline geht');
    }
    const sitemap = await fetch(`${cms.url}/treffpunkt/sitemap.xml`).then((response) => response.text());
    expect(sitemap).not.toContain(network.slug);
  });

  it('move an address under another network than the document’s to its own, for good', async () => {
    const answer = await fetchPage(reportPage(f.networks.child.slug, f.reports.newest.slug, '?lang=en'));
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`${cms.url}${reportPage(f.networks.federation.slug, f.reports.newest.slug)}?lang=en`);
    const meeting = await fetchPage(`${meetingPage(f.networks.child.slug, f.events.series.slug)}/${dateInDays(7)}`);
    expect(meeting.status).toBe(301);
    expect(meeting.headers.get('location')).toBe(
      `${cms.url}${meetingPage(f.networks.federation.slug, f.events.series.slug)}/${dateInDays(7)}`,
    );
  });
});

describe('the pages over HTTP', () => {
  it('are cached and revalidated like the API, compressed, without cookies, and allow no script', async () => {
    const path = networkPage(f.networks.federation.slug);
    const first = await fetchPage(path, { headers: { 'Accept-Encoding': 'br' } });
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.headers.get('access-control-allow-origin')).toBeNull();
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    const etag = first.headers.get('etag')!;
    const again = await fetchPage(path, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(policy);
  });

  it('show a write at once: the cache is emptied', async () => {
    const { federation } = f.networks;
    const before = await page(networkPage(federation.slug, '?tag=neu'));
    expect(archiveTitles(before)).toEqual([]);
    const report = await createReport(cms, { network: federation.documentId, title: 'Ganz neuer Bericht', tags: [{ name: 'neu' }] });
    try {
      expect(archiveTitles(await page(networkPage(federation.slug, '?tag=neu')))).toEqual(['Ganz neuer Bericht']);
    } finally {
      await cms.strapi.documents(REPORT).delete({ documentId: report.documentId } as never);
    }
  });
});

describe('the sitemap', () => {
  it('lists the published pages whose address is Treffpunkt’s, each language with its alternates, nothing unpublished', async () => {
    const response = await fetch(`${cms.url}/treffpunkt/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(
      await response.text(),
    );
    const urls: { loc: string; lastmod: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] = parsed.urlset.url;
    const locs = urls.map((url) => url.loc);
    const { federation, ownSite } = f.networks;
    const reportUrl = `${cms.url}${reportPage(federation.slug, f.reports.newest.slug)}`;
    expect(locs).toEqual(
      expect.arrayContaining([
        `${cms.url}${networkPage(federation.slug)}`,
        `${cms.url}${networkPage(federation.slug)}?lang=en`,
        `${cms.url}${networkPage(ownSite.slug)}`,
        reportUrl,
        `${reportUrl}?lang=en`,
        `${cms.url}${meetingPage(federation.slug, f.events.series.slug)}`,
      ]),
    );
    const entry = urls.find((url) => url.loc === reportUrl)!;
    expect(Object.fromEntries(entry['xhtml:link'].map((alternate) => [alternate['@_hreflang'], alternate['@_href']]))).toEqual({
      de: reportUrl,
      en: `${reportUrl}?lang=en`,
      'x-default': reportUrl,
    });
    expect(Number.isNaN(Date.parse(entry.lastmod))).toBe(false);
    const listed = locs.join('\n');
    expect(listed).not.toContain(f.reports.ownReport.slug);
    expect(listed).not.toContain(f.events.ownMeeting.slug);
    expect(listed).not.toContain(f.reports.draftReport.slug);
    expect(listed).not.toContain(f.events.draftMeeting.slug);
  });
});
