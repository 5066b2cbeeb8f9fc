/**
 * The languages of Treffpunkt, as every part reads them: the locale a request, a page or a
 * preference names (anything else is the default), the order content is read in (the visitor's
 * language first, then German, in which everything is written first), and texts written in both.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './wire';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The locale `value` names, else `fallback`. */
export function toLocale(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : fallback;
}

/** The locales to read a document in, the visitor's first. */
export function readingOrder(locale: Locale): Locale[] {
  return locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
}

/** A text in both languages. */
export type Bilingual = Record<Locale, string>;

export const bilingual = (de: string, en: string): Bilingual => ({ de, en });
