/**
 * The query of a public page (/treffpunkt/n/…): its language, and on a network's page the
 * archive's filters. A wrong value is a 400 page naming the parameter. Parameters the pages do
 * not know are left alone: shared links come back with ones that messengers and newsletters add.
 */
import { z } from 'zod';
import type { ArchiveFilters } from 'treffpunkt-shared/public-pages';
import { DEFAULT_LOCALE, LOCALES, type Locale } from 'treffpunkt-shared/wire';
import { parseOrRefuse, slug, tag, wholeNumber } from './public-queries';

const lang = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).default(DEFAULT_LOCALE);

const pageQuery = z.object({ lang });

const networkPageQuery = z.object({
  lang,
  year: wholeNumber(1900, 2999).optional(),
  tag: tag.optional(),
  subnetwork: slug.optional(),
  q: z
    .string({ message: 'must be given once' })
    .trim()
    .max(200, 'must be at most 200 characters')
    .transform((words) => words || undefined)
    .optional(),
  page: wholeNumber(1, 10_000).default(1),
});

const WORDS = { noun: 'Parameter', unknown: 'is not a parameter of this page' };

/** The language a page is asked in. */
export function parsePageQuery(query: unknown): { lang: Locale } {
  return parseOrRefuse(pageQuery, query, WORDS);
}

/** A network page's language and the archive's filters. */
export function parseNetworkPageQuery(query: unknown): { lang: Locale; filters: ArchiveFilters } {
  const { lang, ...filters } = parseOrRefuse(networkPageQuery, query, WORDS);
  return { lang, filters };
}

/** Whether a path's segment can name a document: anything else names none. */
export const isSlug = (value: string) => slug.safeParse(value).success;
