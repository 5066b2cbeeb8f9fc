import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './database/indexes';
import { DEFAULT_LOCALE, LOCALES } from '../../shared/wire';
import { treffpunktConfig } from './config';
import { treffpunkt } from './plugin';
import { configureContentManager } from './content-manager/configure';
import { registerAdminActions } from './permissions';

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { de: 'Deutsch (de)', en: 'English (en)' };

/** Content is written in German first and may be translated to English. */
async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = new Set(((await locales.find()) as { code: string }[]).map((locale) => locale.code));
  for (const code of LOCALES) {
    if (!existing.has(code)) await locales.create({ code, name: LOCALE_NAMES[code] });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  await ensureLocales(strapi);
  const config = treffpunktConfig(strapi);
  if (config.demoContent) await treffpunkt(strapi).service('demo-content').seedIfEmpty();
  await registerAdminActions(strapi);
  await configureContentManager(strapi);
};
