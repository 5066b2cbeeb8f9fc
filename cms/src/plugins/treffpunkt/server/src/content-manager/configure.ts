/**
 * Applies Treffpunkt's editing aids to the content manager's stored configuration at startup,
 * once per content type and VIEWS_VERSION (remembered in the plugin's store), so that what an
 * admin changes later in "Configure the view" stays:
 * - field labels and help texts, only where they are still Strapi's defaults (the attribute
 *   name, an empty description);
 * - entry titles, list columns and sort order.
 * The stored texts are English; the admin panel shows them in the editor's language through
 * its translations (see admin/src/editing).
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { isComponentUid, FIELD_TEXTS, type FieldText } from 'treffpunkt-shared/editor-texts';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS, type ViewSettings } from './view-settings';

interface FieldMetadata {
  edit: { label?: string; description?: string; mainField?: string; [key: string]: unknown };
  list: { label?: string; [key: string]: unknown };
}

export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: unknown[] };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

/** Raise when the texts or view settings change, so that they are applied once more. */
const VIEWS_VERSION = 1;
const STORE_KEY = 'content-manager-views';

/** Labels and help texts where the configuration still has Strapi's defaults. */
export function withFieldTexts(configuration: ViewConfiguration, texts: Record<string, FieldText>): ViewConfiguration {
  const metadatas = structuredClone(configuration.metadatas);
  for (const [name, text] of Object.entries(texts)) {
    const metadata = metadatas[name];
    if (!metadata) continue;
    const isDefaultLabel = (label: string | undefined) => !label || label === name;
    if (isDefaultLabel(metadata.edit.label)) metadata.edit.label = text.label.en;
    if (isDefaultLabel(metadata.list.label)) metadata.list.label = text.label.en;
    if (!metadata.edit.description && text.help) metadata.edit.description = text.help.en;
  }
  return { ...configuration, metadatas };
}

/** Entry title, sort order, list columns and relation titles, as Treffpunkt suggests them. */
export function withViewSettings(configuration: ViewConfiguration, view: Partial<ViewSettings>): ViewConfiguration {
  const { mainField, defaultSortBy, defaultSortOrder, list, relationTitles = {} } = view;
  const metadatas = structuredClone(configuration.metadatas);
  for (const [relation, targetField] of Object.entries(relationTitles)) {
    if (metadatas[relation]) metadatas[relation].edit.mainField = targetField;
  }
  const settings = {
    ...configuration.settings,
    ...(mainField && { mainField }),
    ...(defaultSortBy && { defaultSortBy, defaultSortOrder }),
  };
  const layouts = list ? { ...configuration.layouts, list } : configuration.layouts;
  return { ...configuration, settings, metadatas, layouts };
}

/** Only the parts the content manager stores; findConfiguration adds uid and category. */
function storedParts({ settings, metadatas, layouts }: ViewConfiguration): ViewConfiguration {
  return { settings, metadatas, layouts };
}

export async function configureContentManager(strapi: Core.Strapi) {
  const contentManager = strapi.plugin('content-manager');
  const services = {
    contentType: contentManager.service('content-types') as unknown as ConfigurationService,
    component: contentManager.service('components') as unknown as ConfigurationService,
  };
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const applied = ((await store.get({ key: STORE_KEY })) ?? {}) as Record<string, number>;

  for (const [uid, texts] of Object.entries(FIELD_TEXTS)) {
    if (applied[uid] === VIEWS_VERSION) continue;
    const service = isComponentUid(uid) ? services.component : services.contentType;
    const current = storedParts(await service.findConfiguration({ uid }));
    // The content manager creates the configuration in its own bootstrap, which runs before ours.
    if (Object.keys(current.metadatas).length === 0) continue;
    const next = withViewSettings(withFieldTexts(current, texts), CONTENT_TYPE_VIEWS[uid] ?? COMPONENT_VIEWS[uid] ?? {});
    await service.updateConfiguration({ uid }, next);
    applied[uid] = VIEWS_VERSION;
  }
  await store.set({ key: STORE_KEY, value: applied });
}
