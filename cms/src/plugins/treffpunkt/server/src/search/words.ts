/**
 * Words as search compares them where the database cannot (SQLite has no German stemmer):
 * Snowball's stemmers with Snowball's stop word lists, the same algorithms and lists as
 * PostgreSQL's `german` and `english` text search configurations, so "Workshops", "Treffens" and
 * "Vernetzungen" meet "Workshop", "Treffen" and "Vernetzung" on either database.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as germanStem } from '@orama/stemmers/german';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as germanStopwords } from '@orama/stopwords/german';
import type { Locale } from 'treffpunkt-shared/wire';

interface Language {
  /** PostgreSQL's text search configuration for this language. */
  postgres: 'german' | 'english';
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
}

/** Each language version is searched in its own language: German versions with German word forms. */
export const LANGUAGES: Record<Locale, Language> = {
  de: { postgres: 'german', stem: germanStem, stopwords: new Set(germanStopwords) },
  en: { postgres: 'english', stem: englishStem, stopwords: new Set(englishStopwords) },
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text`, lower-case: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** A final "s" after a consonant that is neither "s" nor one Snowball's German stemmer drops it after (b d f g h k l m n r t). */
const LOANWORD_PLURAL = /[^aeiouyäöübdfghklmnrst]s$/;

/**
 * The words of a query as `locale`'s versions are searched for them (each as a prefix, stores.ts).
 * Snowball's German stemmer drops a plural "s" only after the letters German words end in before
 * it, and so keeps English loanwords' plurals whole ("Workshops", "Apps", "Laptops"): in a German
 * query such an "s" goes, and "workshop" then finds both forms.
 */
export function queryWordsOf(q: string, locale: Locale): string[] {
  const words = wordsOf(q);
  return locale === 'de' ? words.map((word) => (LOANWORD_PLURAL.test(word) ? word.slice(0, -1) : word)) : words;
}

/** `words` without the stop words of `locale`, stemmed. */
function stems(words: string[], locale: Locale): string[] {
  const { stem, stopwords } = LANGUAGES[locale];
  return words.filter((word) => !stopwords.has(word)).map(stem);
}

/** The stems of `text` as the index keeps them. */
export const stemsOf = (text: string, locale: Locale): string[] => stems(wordsOf(text), locale);

/** The stems of a query's words, as `locale`'s versions are searched for them. */
export const queryStemsOf = (q: string, locale: Locale): string[] => stems(queryWordsOf(q, locale), locale);
