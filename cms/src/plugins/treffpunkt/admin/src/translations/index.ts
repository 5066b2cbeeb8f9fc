/**
 * The plugin's translations for the admin panel, per admin language:
 * - its own screens, under `treffpunkt.*`;
 * - the content manager's field labels, under the ids the content manager looks up
 *   (`content-manager.content-types.<uid>.<field>`, `content-manager.components.<uid>.<field>`);
 * - the help texts under the edit fields, under `treffpunkt.help.<uid>.<field>` (see ../editing/fieldHelp.tsx);
 * - the words for the values of fields with fixed choices, under `treffpunkt.choice.<uid>.<field>.<value>`
 *   (see ../custom-fields and ../list-view);
 * - the names of the content types in the menu, whose display name is the id the content manager looks up.
 * English is also the stored default (server/src/content-manager), so other admin languages show English.
 */
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CHOICE_TEXTS } from 'treffpunkt-shared/choice-texts';
import { DISPLAY_NAMES, FIELD_TEXTS, isComponentUid } from 'treffpunkt-shared/editor-texts';
import type { Bilingual } from 'treffpunkt-shared/locales';
import { strapiMessages } from '../network-editors/messages';
import { MESSAGES } from './messages';

export type AdminLanguage = keyof Bilingual;

export const helpMessageId = (uid: string, field: string) => `${PLUGIN_ID}.help.${uid}.${field}`;

export const choiceMessageId = (uid: string, field: string, value: string) => `${PLUGIN_ID}.choice.${uid}.${field}.${value}`;

const labelMessageId = (uid: string, field: string) =>
  isComponentUid(uid) ? `content-manager.components.${uid}.${field}` : `content-manager.content-types.${uid}.${field}`;

function editorMessages(language: AdminLanguage): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, fields] of Object.entries(FIELD_TEXTS)) {
    for (const [field, text] of Object.entries(fields)) {
      messages[labelMessageId(uid, field)] = text.label[language];
      if (text.help) messages[helpMessageId(uid, field)] = text.help[language];
    }
  }
  for (const [displayName, text] of Object.entries(DISPLAY_NAMES)) messages[displayName] = text[language];
  for (const [uid, fields] of Object.entries(CHOICE_TEXTS)) {
    for (const [field, values] of Object.entries(fields)) {
      for (const [value, text] of Object.entries(values)) messages[choiceMessageId(uid, field, value)] = text[language];
    }
  }
  return messages;
}

function screenMessages(language: AdminLanguage): Record<string, string> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, text]) => [`${PLUGIN_ID}.${key}`, text[language]]));
}

export function translationsFor(locale: string): Record<string, string> {
  if (locale !== 'de' && locale !== 'en') return {};
  return { ...editorMessages(locale), ...screenMessages(locale), ...strapiMessages(locale) };
}
