/** First-start work of the plugin that runs once every plugin has bootstrapped (see after-plugins.ts). */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from 'treffpunkt-shared/wire';
import { createNetworkEditorRoleOnce } from '../network-editors';
import { applyRoleDefaults, applySourcePermissions } from '../permissions';
import type { AfterPluginsTask } from './after-plugins';

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

export const FIRST_START: AfterPluginsTask[] = [ensureLocales, applyRoleDefaults, applySourcePermissions, createNetworkEditorRoleOnce];
