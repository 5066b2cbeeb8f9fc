/**
 * What an editor reads when the server refuses a save or an action: written in both languages,
 * said in the language of the editor's admin profile (both, English first, when it has none or
 * the write does not come from an admin), and placed at the field it is about when there is one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocale, type Bilingual } from 'treffpunkt-shared/locales';

function requesterLanguage(strapi: Core.Strapi): unknown {
  return strapi.requestContext.get()?.state?.user?.preferedLanguage;
}

export function inEditorsLanguage(strapi: Core.Strapi, text: Bilingual): string {
  const language = requesterLanguage(strapi);
  return isLocale(language) ? text[language] : `${text.en} (${text.de})`;
}

/** A refused action (Strapi answers 403 with the message). */
export function editorRefusal(strapi: Core.Strapi, text: Bilingual): errors.PolicyError {
  return new errors.PolicyError(inEditorsLanguage(strapi, text));
}

/** A refused value: the content manager shows the message at the field `path` and keeps what was typed. */
export function fieldError(strapi: Core.Strapi, path: string, text: Bilingual): errors.ValidationError {
  const message = inEditorsLanguage(strapi, text);
  return new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}
