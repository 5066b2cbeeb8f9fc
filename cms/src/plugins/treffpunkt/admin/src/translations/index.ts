/**
 * The plugin's translations for the admin panel, per admin language:
 * - its own screens, under `treffpunkt.*`;
 * - the content manager's field labels, under the ids the content manager looks up
 *   (`content-manager.content-types.<uid>.<field>`, `content-manager.components.<uid>.<field>`);
 * - the help texts under the edit fields, under `treffpunkt.help.<uid>.<field>` (see ../editing/fieldHelp.tsx);
 * - the names of the content types in the menu, whose display name is the id the content manager looks up.
 * English is also the stored default (server/src/content-manager), so other admin languages show English.
 */
import { PLUGIN_ID } from '../../../shared/admin-api';
import { DISPLAY_NAMES, FIELD_TEXTS, isComponentUid, type Bilingual } from '../../../shared/editor-texts';
import { strapiMessages } from '../network-editors/messages';
import { MESSAGES } from './messages';

export type AdminLanguage = keyof Bilingual;

export const helpMessageId = (uid: string, field: string) => `${PLUGIN_ID}.help.${uid}.${field}`;

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
  return messages;
}

function screenMessages(language: AdminLanguage): Record<string, string> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, text]) => [`${PLUGIN_ID}.${key}`, text[language]]));
}

export function translationsFor(locale: string): Record<string, string> {
  if (locale !== 'de' && locale !== 'en') return {};
  return { ...editorMessages(locale), ...screenMessages(locale), ...strapiMessages(locale) };
}
