/**
 * The oEmbed endpoint (/treffpunkt/oembed), as WordPress, Ghost and other consumers ask it when
 * someone pastes the address of a Treffpunkt page: an answer for each kind of address, with the
 * embed page that shows it in a frame; nothing of a draft, not even its title; 404, 400 and 501
 * that name what is wrong; cached and readable by any website like the public API.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, WireNetwork, WireReport } from 'treffpunkt-shared/wire';
import { embedFrameHeightPx, WIDGET_TITLES } from 'treffpunkt-shared/widget-options';
import { pasteLink } from '../../cms/src/plugins/treffpunkt/admin/src/embed/paste-link';
import { defaultOptions } from '../../cms/src/plugins/treffpunkt/admin/src/embed/snippet';
import type { OEmbedAnswer } from '../../cms/src/plugins/treffpunkt/server/src/oembed/answer';
import { startCms, type Cms } from '../support/cms';
import { createEvent, createNetwork, createReport, getJson } from '../support/content';
import { FIRST_WEDNESDAY, WEDNESDAYS } from '../support/series';
import { apiFixtures, SECRET, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

const page = (path: string) => `${cms.url}/treffpunkt/n/${path}`;
const oembedPath = (url: string, more = '') => `/treffpunkt/oembed?url=${encodeURIComponent(url)}&format=json${more}`;

async function oembed(url: string, more = ''): Promise<OEmbedAnswer> {
  const { status, body } = await getJson(cms, oembedPath(url, more));
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

async function problem(path: string): Promise<{ status: number; error: ErrorResponse['error']; text: string }> {
  const response = await fetch(`${cms.url}${path}`);
  const text = await response.text();
  return { status: response.status, error: (JSON.parse(text) as ErrorResponse).error, text };
}

/** The parts of the answer's html a consumer keeps: the fallback link and the frame. */
function parts(html: string) {
  const match =
    /^<blockquote><a href="([^"]+)">([^<]+)<\/a><\/blockquote><iframe src="([^"]+)" title="([^"]+)" width="(\d+)" height="(\d+)"/.exec(
      html,
    );
  expect(match, html).not.toBeNull();
  const [, link, linkText, src, title, width, height] = match!.map((part) => part.replaceAll('&amp;', '&'));
  return { link, linkText, src: new URL(src), title, width: Number(width), height: Number(height) };
}

const profile = async (slug: string, locale = 'de') =>
  (await getJson(cms, `/api/treffpunkt/networks/${slug}?locale=${locale}`)).body.data as WireNetwork;
const report = async (slug: string, locale = 'de') =>
  (await getJson(cms, `/api/treffpunkt/reports/${slug}?locale=${locale}`)).body.data as WireReport;

describe('GET /treffpunkt/oembed for a network’s page', () => {
  it('answers a rich embed: the network’s latest reports in a frame, with a link to its page before it', async () => {
    const network = await profile(f.networks.federation.slug);
    const answer = await oembed(page(network.slug));
    expect(answer).toMatchObject({ type: 'rich', version: '1.0', title: network.name, provider_name: 'Treffpunkt', provider_url: cms.url });
    const { link, linkText, src, title, width, height } = parts(answer.html);
    expect([link, linkText]).toEqual([network.url, network.name]);
    expect(src.origin + src.pathname).toBe(`${cms.url}/treffpunkt/embed/latest-reports`);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      network: network.slug,
      lang: 'de',
      'href-template': `${cms.url}/treffpunkt/n/${network.slug}/berichte/{slug}`,
    });
    expect(title).toBe(`${WIDGET_TITLES.de['latest-reports']}: ${network.name}`);
    expect([width, height]).toEqual([answer.width, answer.height]);
    expect(answer.height).toBe(embedFrameHeightPx('latest-reports', undefined, undefined));

    // The frame is a working embed page.
    const frame = await fetch(src);
    expect(frame.status).toBe(200);
  });

  it('answers in English for the English page, and fits the frame within maxwidth and maxheight', async () => {
    const network = await profile(f.networks.federation.slug, 'en');
    const answer = await oembed(`${page(network.slug)}?lang=en`, '&maxwidth=480&maxheight=300&dnt=1');
    const { link, src, title } = parts(answer.html);
    expect(link).toBe(network.url);
    expect(src.searchParams.get('lang')).toBe('en');
    expect(src.searchParams.get('href-template')).toBe(`${cms.url}/treffpunkt/n/${network.slug}/berichte/{slug}?lang=en`);
    expect(title).toBe(`${WIDGET_TITLES.en['latest-reports']}: ${network.name}`);
    expect([answer.width, answer.height]).toEqual([480, 300]);
  });
});

describe('GET /treffpunkt/oembed for a report’s page', () => {
  it('frames the network’s reports with this one open, names the network as author and the cover as thumbnail', async () => {
    const network = await profile(f.networks.federation.slug);
    const newest = await report(f.reports.newest.slug);
    const answer = await oembed(page(`${network.slug}/berichte/${newest.slug}`));
    expect(answer).toMatchObject({ title: newest.title, author_name: network.name, author_url: network.url });
    const { link, linkText, src, title } = parts(answer.html);
    expect([link, linkText]).toEqual([newest.url, newest.title]);
    expect(src.pathname).toBe('/treffpunkt/embed/latest-reports');
    expect(src.searchParams.get('network')).toBe(network.slug);
    expect(src.hash).toBe(`#treffpunkt-report=${newest.slug}`);
    expect(title).toBe(newest.title);

    const original = newest.cover!.formats.at(-1)!;
    expect(answer).toMatchObject({ thumbnail_url: original.url, thumbnail_width: original.width, thumbnail_height: original.height });
    // Within maxwidth and maxheight, the widest rendition that fits.
    const bounded = await oembed(page(`${network.slug}/berichte/${newest.slug}`), '&maxwidth=700&maxheight=500');
    const fitting = newest.cover!.formats.filter((format) => format.width <= 700 && format.height <= 500).at(-1)!;
    expect(bounded.thumbnail_width).toBe(fitting.width);
    expect(bounded.thumbnail_url).toBe(fitting.url);
  });

  it('writes what editors typed as text, never as markup', async () => {
    const network = await createNetwork(cms, { name: 'Netz "<i>kursiv</i>" & Co' });
    const typed = await createReport(cms, { network: network.documentId, title: 'Bericht "><script>alert(1)</script>' });
    const answer = await oembed(page(`${network.slug}/berichte/${typed.slug}`));
    expect(answer.title).toBe('Bericht "><script>alert(1)</script>');
    expect(answer.html).not.toMatch(/<script|<i>/);
    expect(answer.html).toContain('Bericht &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>');
    expect(answer.html).toContain('title="Bericht &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const ofNetwork = await oembed(page(network.slug));
    expect(ofNetwork.html).toContain('title="Aktuelle Berichte: Netz &quot;&lt;i&gt;kursiv&lt;/i&gt;&quot; &amp; Co"');
  });

  it('answers in English where the report is translated', async () => {
    const answer = await oembed(page(`${f.networks.federation.slug}/berichte/${f.reports.newest.slug}?lang=en`));
    expect(answer.title).toBe('Working meeting report');
  });
});

describe('GET /treffpunkt/oembed for a meeting’s page', () => {
  it('frames the network’s next meeting, with the meeting’s title and link', async () => {
    const slug = f.networks.federation.slug;
    const { body } = await getJson(cms, `/api/treffpunkt/events?network=${slug}&limit=20`);
    const later = body.data.find((event: { slug: string }) => event.slug === f.events.later.slug);
    const answer = await oembed(page(`${slug}/treffen/${later.slug}`));
    expect(answer.title).toBe(later.title);
    const { link, src, title } = parts(answer.html);
    expect(link).toBe(later.url);
    expect(src.pathname).toBe('/treffpunkt/embed/next-meeting');
    expect(src.searchParams.get('network')).toBe(slug);
    expect(title).toBe(`${WIDGET_TITLES.de['next-meeting']}: ${answer.author_name}`);
    expect(answer.height).toBe(embedFrameHeightPx('next-meeting', undefined, undefined));
  });

  it('answers for a date of a series, and not for a date the series does not meet on', async () => {
    const network = await createNetwork(cms);
    const series = await createEvent(cms, { network: network.documentId, ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS });
    const answer = await oembed(page(`${network.slug}/treffen/${series.slug}/2027-03-10`));
    expect(answer.title).toBe(series.title);
    expect(parts(answer.html).link).toContain('2027-03-10');

    const thursday = await problem(oembedPath(page(`${network.slug}/treffen/${series.slug}/2027-03-11`)));
    expect(thursday.status).toBe(404);
    expect(thursday.error.parameter).toBe('url');
  });
});

describe('GET /treffpunkt/oembed for an embed page', () => {
  it('frames that very page, with its options', async () => {
    const network = await profile(f.networks.federation.slug);
    const embed = `${cms.url}/treffpunkt/embed/upcoming-meetings?network=${network.slug}&include-subnetworks&limit=2&lang=de`;
    const answer = await oembed(embed);
    const title = `${WIDGET_TITLES.de['upcoming-meetings']}: ${network.name}`;
    expect(answer.title).toBe(title);
    const { src } = parts(answer.html);
    expect(src.href).toBe(embed);
    expect(answer.height).toBe(embedFrameHeightPx('upcoming-meetings', undefined, 2));
  });

  it('is discovered from the embed page itself, in its head', async () => {
    const embed = `${cms.url}/treffpunkt/embed/next-meeting?network=${f.networks.federation.slug}`;
    const html = await (await fetch(embed)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(head);
    expect(discovery).not.toBeNull();
    const answer = await fetch(discovery![1].replaceAll('&amp;', '&')).then((response) => response.json());
    expect(parts(answer.html).src.href).toBe(embed);
  });

  it('answers for the address the admin gives to paste, which leaves out the site’s report page and where links open', async () => {
    const slug = f.networks.federation.slug;
    const options = {
      ...defaultOptions(slug, 'en'),
      limit: 2,
      hrefTemplate: 'https://verein.example/berichte/{slug}',
      target: '_blank' as const,
    };
    const link = pasteLink(options, `${cms.url}/treffpunkt/widgets.js`);
    expect(link).toBe(`${cms.url}/treffpunkt/embed/latest-reports?network=${slug}&limit=2&lang=en`);
    const answer = await oembed(link);
    expect(parts(answer.html).src.href).toBe(link);
    expect(answer.height).toBe(embedFrameHeightPx('latest-reports', 'cards', 2));
  });

  it('refuses an embed page with a wrong option: a 400 that names url and the option', async () => {
    const wrong = await problem(oembedPath(`${cms.url}/treffpunkt/embed/latest-reports?network=${f.networks.federation.slug}&limit=99`));
    expect(wrong.status).toBe(400);
    expect(wrong.error.parameter).toBe('url');
    expect(wrong.error.message).toContain('"limit"');
  });
});

describe('GET /treffpunkt/oembed for what is not ours or not published', () => {
  it('answers 404 naming url for another host, another path, an unknown network, report or meeting', async () => {
    const slug = f.networks.federation.slug;
    for (const url of [
      `https://example.org/treffpunkt/n/${slug}`,
      `${cms.url}/treffpunkt/widgets.js`,
      `${cms.url}/api/treffpunkt/networks/${slug}`,
      page('gibt-es-nicht'),
      page(`${slug}/berichte/gibt-es-nicht`),
      page(`${slug}/treffen/gibt-es-nicht`),
      // A report of the federation's child network, at an address of the federation.
      page(`${slug}/berichte/${f.reports.childReport.slug}`),
      `${cms.url}/treffpunkt/embed/next-meeting?network=gibt-es-nicht`,
    ]) {
      const { status, error } = await problem(oembedPath(url));
      expect(status, url).toBe(404);
      expect(error.parameter, url).toBe('url');
    }
  });

  it('never answers for a draft, nor names it: report, meeting, network', async () => {
    const slug = f.networks.federation.slug;
    const draftNetwork = await createNetwork(cms, { name: `Netzwerk ${SECRET}` }, { status: 'draft' });
    const inDraftNetwork = await createReport(cms, { network: draftNetwork.documentId, title: `Bericht ${SECRET}` });
    for (const url of [
      page(`${slug}/berichte/${f.reports.draftReport.slug}`),
      page(`${slug}/treffen/${f.events.draftMeeting.slug}`),
      page(draftNetwork.slug),
      page(`${draftNetwork.slug}/berichte/${inDraftNetwork.slug}`),
    ]) {
      const { status, text } = await problem(oembedPath(url));
      expect(status, url).toBe(404);
      expect(text, url).not.toContain(SECRET);
    }
  });
});

describe('GET /treffpunkt/oembed with wrong parameters', () => {
  it('answers 501 for format=xml, which it does not offer', async () => {
    const { status, error } = await problem(`/treffpunkt/oembed?url=${encodeURIComponent(page(f.networks.federation.slug))}&format=xml`);
    expect(status).toBe(501);
    expect(error.parameter).toBe('format');
  });

  it('answers 400 naming the parameter: url missing or malformed, maxwidth not a size, an unknown parameter', async () => {
    const url = encodeURIComponent(page(f.networks.federation.slug));
    for (const [query, parameter] of [
      ['format=json', 'url'],
      ['url=nicht-einmal-eine-adresse', 'url'],
      ['url=ftp%3A%2F%2Fexample.org%2Fx', 'url'],
      [`url=${url}&maxwidth=breit`, 'maxwidth'],
      [`url=${url}&maxwidth=0`, 'maxwidth'],
      [`url=${url}&maxheight=-5`, 'maxheight'],
      [`url=${url}&format=yaml`, 'format'],
      [`url=${url}&colour=red`, 'colour'],
    ]) {
      const { status, error } = await problem(`/treffpunkt/oembed?${query}`);
      expect(status, query).toBe(400);
      expect(error.parameter, query).toBe(parameter);
      expect(error.message, query).toContain(`"${parameter}"`);
    }
  });
});

describe('GET /treffpunkt/oembed over HTTP', () => {
  afterEach(() => {
    cms.strapi.config.set('plugin::treffpunkt.corsOrigins', ['*']);
  });

  it('is readable by any website and cached like the public API', async () => {
    const path = oembedPath(page(f.networks.federation.slug));
    const response = await fetch(`${cms.url}${path}`, { headers: { Origin: 'https://verein.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${cms.url}${path}`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);

    const preflight = await fetch(`${cms.url}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://verein.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lets sandboxed frames read the public API where the readers are restricted, when corsOrigins names "null"', async () => {
    const path = `${cms.url}/api/treffpunkt/reports/${f.reports.newest.slug}`;
    cms.strapi.config.set('plugin::treffpunkt.corsOrigins', ['https://verein.example']);
    const refused = await fetch(path, { headers: { Origin: 'null' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    cms.strapi.config.set('plugin::treffpunkt.corsOrigins', ['https://verein.example', 'null']);
    const allowed = await fetch(path, { headers: { Origin: 'null' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('null');
  });
});
