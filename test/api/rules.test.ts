/** The public API's rules: bad input, private fields, CORS, caching, methods. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from '../support/cms';
import { REPORT, getJson } from '../support/content';
import { SECRET, apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

describe('bad input', () => {
  const net = () => f.networks.federation.slug;
  it.each([
    ['an unknown parameter', () => `/api/treffpunkt/reports?network=${net()}&sort=title`, 'sort'],
    ['no network', () => '/api/treffpunkt/reports', 'network'],
    ['limit=0', () => `/api/treffpunkt/reports?network=${net()}&limit=0`, 'limit'],
    ['limit=500', () => `/api/treffpunkt/reports?network=${net()}&limit=500`, 'limit'],
    ['a limit that is no number', () => `/api/treffpunkt/reports?network=${net()}&limit=drei`, 'limit'],
    ['page=0', () => `/api/treffpunkt/events?network=${net()}&page=0`, 'page'],
    ['a network slug with odd characters', () => '/api/treffpunkt/reports?network=%3Cscript%3E', 'network'],
    ['an empty network in a list', () => `/api/treffpunkt/events/next?network=${net()},`, 'network'],
    ['an unknown locale', () => `/api/treffpunkt/reports?network=${net()}&locale=fr`, 'locale'],
    ['an unknown include', () => `/api/treffpunkt/events/next?network=${net()}&include=everything`, 'include'],
    ['a parameter given twice', () => `/api/treffpunkt/reports?network=${net()}&network=${net()}`, 'network'],
    ['a report slug with odd characters', () => '/api/treffpunkt/reports/Bericht%20%C3%BCber', 'slug'],
    ['an unknown locale for one report', () => `/api/treffpunkt/reports/${f.reports.newest.slug}?locale=xx`, 'locale'],
    ['a network slug with odd characters in the path', () => '/api/treffpunkt/networks/a..b', 'slug'],
  ])('%s is a 400 that names the parameter', async (_case, path, parameter) => {
    const { status, body, headers } = await getJson(cms, path());
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/application\/json/);
    expect(body.error).toMatchObject({ status: 400, name: 'BadRequest', parameter });
    expect(body.error.message).toContain(`"${parameter}"`);
  });

  it('answers an unknown network in a list with a 404 that names it', async () => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/events/next?network=${f.networks.federation.slug},niemand`);
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ name: 'NotFound', parameter: 'network' });
    expect(body.error.message).toContain('niemand');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers %s with 405 and the allowed methods', async (method) => {
    const response = await fetch(`${cms.url}/api/treffpunkt/reports?network=${f.networks.federation.slug}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await response.json()).error.name).toBe('MethodNotAllowed');
  });

  it('answers HEAD like GET, without a body', async () => {
    const path = `/api/treffpunkt/reports?network=${f.networks.federation.slug}`;
    const [head, get] = await Promise.all([fetch(`${cms.url}${path}`, { method: 'HEAD' }), fetch(`${cms.url}${path}`)]);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
  });
});

describe('drafts and private fields', () => {
  it('never show up on a public route', async () => {
    const { federation, child } = f.networks;
    const paths = [
      `/api/treffpunkt/networks/${federation.slug}`,
      `/api/treffpunkt/networks/${child.slug}`,
      `/api/treffpunkt/reports?network=${federation.slug}&include=subnetworks&limit=20`,
      `/api/treffpunkt/reports?network=${federation.slug}&locale=en`,
      `/api/treffpunkt/reports/${f.reports.newest.slug}`,
      `/api/treffpunkt/reports/${f.reports.newest.slug}?locale=en`,
      `/api/treffpunkt/events/next?network=${federation.slug}&include=subnetworks`,
      `/api/treffpunkt/events?network=${federation.slug}&include=subnetworks&limit=20`,
      `/api/treffpunkt/events/${f.events.ongoing.slug}.ics`,
      `/api/treffpunkt/networks/${federation.slug}/events.ics`,
      `/api/treffpunkt/networks/${federation.slug}/reports.atom`,
    ];
    for (const path of paths) {
      const response = await fetch(`${cms.url}${path}`);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).not.toContain(SECRET);
      expect(text, path).not.toMatch(/"(documentId|createdBy|updatedBy|publishedAt|createdAt)"/);
    }
  });
});

describe('CORS', () => {
  afterEach(() => {
    cms.strapi.config.set('plugin::treffpunkt.corsOrigins', ['*']);
  });

  it('lets any website read, without credentials', async () => {
    const response = await fetch(`${cms.url}/api/treffpunkt/events/next?network=${f.networks.federation.slug}`, {
      headers: { Origin: 'https://verein.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight with the read methods', async () => {
    const response = await fetch(`${cms.url}/api/treffpunkt/reports?network=x`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://verein.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });

  it('can be restricted to a list of origins by a plugin setting', async () => {
    cms.strapi.config.set('plugin::treffpunkt.corsOrigins', ['https://verein.example']);
    const path = `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}`;
    const allowed = await fetch(path, { headers: { Origin: 'https://verein.example' } });
    const other = await fetch(path, { headers: { Origin: 'https://fremd.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://verein.example');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves the admin with Strapi’s own CORS rules', async () => {
    const response = await fetch(`${cms.url}/admin/init`, { headers: { Origin: 'https://verein.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://verein.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('caching', () => {
  const path = () => `/api/treffpunkt/reports?network=${f.networks.federation.slug}&limit=5`;

  it('sends a short max-age with stale-while-revalidate and a strong ETag', async () => {
    const response = await fetch(`${cms.url}${path()}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(Number(response.headers.get('age'))).toBeGreaterThanOrEqual(0);
  });

  it('answers 304 to a matching If-None-Match, 200 to a stale one', async () => {
    const first = await fetch(`${cms.url}${path()}`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${cms.url}${path()}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${cms.url}${path()}`, { headers: { 'If-None-Match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it('shows a newly published change at once: the cache is emptied on every write', async () => {
    const before = await getJson(cms, path());
    expect(before.body.data[0].title).not.toBe('Neu veröffentlicht');
    await cms.strapi.documents(REPORT).update({
      documentId: f.reports.older.documentId,
      locale: 'de',
      status: 'published',
      data: { title: 'Neu veröffentlicht' },
    } as never);
    const after = await getJson(cms, path());
    expect(after.body.data.map((r: { title: string }) => r.title)).toContain('Neu veröffentlicht');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    await cms.strapi.documents(REPORT).unpublish({ documentId: f.reports.older.documentId, locale: 'de' } as never);
    const unpublished = await getJson(cms, path());
    expect(unpublished.body.data.map((r: { slug: string }) => r.slug)).not.toContain(f.reports.older.slug);
    await cms.strapi.documents(REPORT).update({
      documentId: f.reports.older.documentId,
      locale: 'de',
      status: 'published',
      data: { title: f.reports.older.title },
    } as never);
  });

  it('keeps an answer in memory no longer than its max-age', () => {
    const cache = cms.strapi.plugin('treffpunkt').service('response-cache');
    const entry = cache.set('probe', { body: '{}', contentType: 'application/json' }, 0);
    expect(cache.get('probe', 59_999)).toBe(entry);
    expect(cache.get('probe', 60_000)).toBeUndefined();
  });
});
