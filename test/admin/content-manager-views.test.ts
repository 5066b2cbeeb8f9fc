/**
 * How the content manager presents Treffpunkt's documents, as the admin panel reads it from
 * Strapi: labels and help texts, entry titles, list columns and sorting; and that an admin's
 * own changes survive the next start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { configureContentManager } from '../../cms/src/plugins/treffpunkt/server/src/content-manager/configure';
import { FIELD_TEXTS } from 'treffpunkt-shared/editor-texts';
import { adminSession, type AdminSession } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT } from '../support/content';

let cms: Cms;
let admin: AdminSession;

const STRAPI_FIELDS = ['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'];

const configurationPath = (uid: string) => `/content-manager/content-types/${uid}/configuration`;

async function configuration(uid: string) {
  const { status, body } = await admin.request('GET', configurationPath(uid));
  expect(status).toBe(200);
  return body.data;
}

beforeAll(async () => {
  cms = await startCms();
  admin = await adminSession(cms);
});

describe('list views and entry titles', () => {
  it.each([
    [REPORT, 'title', ['title', 'network', 'meetingStart'], 'publicationDate', 'DESC'],
    [EVENT, 'title', ['title', 'network', 'start'], 'start', 'DESC'],
    [NETWORK, 'name', ['name', 'kind', 'parent'], 'name', 'ASC'],
  ])('%s: titled by %s, columns %j, sorted by %s %s', async (uid, mainField, columns, sortBy, order) => {
    const { contentType } = await configuration(uid);
    expect(contentType.settings).toMatchObject({ mainField, defaultSortBy: sortBy, defaultSortOrder: order });
    expect(contentType.layouts.list).toEqual(columns);
  });

  it('relations show the name or title of what they point to', async () => {
    const { contentType } = await configuration(REPORT);
    expect(contentType.metadatas.network.edit.mainField).toBe('name');
    expect(contentType.metadatas.event.edit.mainField).toBe('title');
  });

  it('repeatable components are listed by their topic, not their time', async () => {
    const { components } = await configuration(EVENT);
    expect(components['treffpunkt.agenda-item'].settings.mainField).toBe('topic');
  });
});

describe('labels and help texts', () => {
  it('every field of every Treffpunkt type and component has a label and the help texts are stored', async () => {
    for (const uid of [NETWORK, EVENT, REPORT]) {
      const { contentType, components } = await configuration(uid);
      for (const [name, text] of Object.entries(FIELD_TEXTS[uid])) {
        expect(contentType.metadatas[name].edit.label, `${uid}.${name}`).toBe(text.label.en);
        if (text.help) expect(contentType.metadatas[name].edit.description).toBe(text.help.en);
      }
      for (const component of Object.keys(components)) {
        for (const name of Object.keys(cms.strapi.components[component as never].attributes)) {
          expect(FIELD_TEXTS[component]?.[name], `${component}.${name} has texts`).toBeDefined();
          expect(components[component].metadatas[name].edit.label).toBe(FIELD_TEXTS[component][name].label.en);
        }
      }
      // Every field an editor sees (Strapi's own timestamps and authors aside, and what only the
      // panels show: where a mirrored document comes from) has texts.
      const ownFields = Object.entries(cms.strapi.contentType(uid as never).attributes)
        .filter(([name, attribute]) => attribute.writable !== false && attribute.visible !== false && !STRAPI_FIELDS.includes(name))
        .map(([name]) => name);
      expect(Object.keys(FIELD_TEXTS[uid]).sort()).toEqual(ownFields.sort());
    }
  });

  it("keeps what an admin changed in 'Configure the view' on the next start", async () => {
    const { contentType } = await configuration(EVENT);
    const metadatas = structuredClone(contentType.metadatas);
    // As the admin's "Configure the view" sends it: relations' list metadata without the resolved main field.
    for (const metadata of Object.values<{ list: { mainField?: unknown } }>(metadatas)) delete metadata.list.mainField;
    metadatas.capacity.edit.label = 'Maximale Teilnehmerzahl';
    metadatas.capacity.edit.description = '';
    const layouts = { ...contentType.layouts, list: ['title', 'start'] };
    const saved = await admin.request('PUT', configurationPath(EVENT), {
      settings: { ...contentType.settings, defaultSortBy: 'title', defaultSortOrder: 'ASC' },
      metadatas,
      layouts,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    await configureContentManager(cms.strapi);

    const after = (await configuration(EVENT)).contentType;
    expect(after.metadatas.capacity.edit.label).toBe('Maximale Teilnehmerzahl');
    expect(after.layouts.list).toEqual(['title', 'start']);
    expect(after.settings).toMatchObject({ defaultSortBy: 'title', defaultSortOrder: 'ASC' });
    expect(after.metadatas.capacity.edit.description).toBe('');
  });
});
