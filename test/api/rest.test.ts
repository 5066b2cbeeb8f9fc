/** Strapi's standard REST routes for the three types: there for developers, guarded by roles and tokens. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from '../support/cms';
import { getJson, uniqueSlug } from '../support/content';
import { SECRET, apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;
let token: string;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
  const created = await cms.strapi
    .service('admin::api-token')
    .create({ name: uniqueSlug('test-token'), type: 'read-only', lifespan: null });
  token = created.accessKey;
});

describe('standard REST routes', () => {
  it('refuses a visitor without a role that allows them', async () => {
    const { status } = await getJson(cms, '/api/treffpunkt/rest/reports');
    expect(status).toBe(403);
  });

  it('serve published documents to an API token, in Strapi’s own format, without private fields', async () => {
    const auth = { headers: { Authorization: `Bearer ${token}` } };
    const list = await getJson(cms, `/api/treffpunkt/rest/reports?filters[slug][$eq]=${f.reports.newest.slug}&populate=*`, auth);
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ slug: f.reports.newest.slug, documentId: f.reports.newest.documentId });
    expect(list.body.meta.pagination).toBeDefined();
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    const one = await getJson(cms, `/api/treffpunkt/rest/networks/${f.networks.federation.documentId}?populate=contact`, auth);
    expect(one.status).toBe(200);
    expect(one.body.data.contact.name).toBe('Kim Beispiel');
    expect(one.body.data.contact).not.toHaveProperty('email');
    const events = await getJson(cms, `/api/treffpunkt/rest/events?filters[slug][$eq]=${f.events.ongoing.slug}`, auth);
    expect(events.body.data[0]).not.toHaveProperty('onlineUrl');
    const draft = await getJson(cms, `/api/treffpunkt/rest/reports?filters[slug][$eq]=${f.reports.draftReport.slug}`, auth);
    expect(draft.body.data).toEqual([]);
  });
});
