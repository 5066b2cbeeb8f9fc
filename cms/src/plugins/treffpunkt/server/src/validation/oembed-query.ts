/**
 * The parameters of the oEmbed endpoint (/treffpunkt/oembed?url=…&format=json&maxwidth=…&maxheight=…),
 * checked at the edge: a wrong or unknown one is a 400 that names it; `format=xml` a 501, as the
 * oEmbed specification asks of a provider without XML (WordPress then gives up, as it should).
 */
import { z } from 'zod';
import { PublicApiError } from '../http/errors';
import { parseOrRefuse, wholeNumber } from './public-queries';

/** Longer than any address of ours with every embed option set. */
const URL_MAX_LENGTH = 2000;

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

const schema = z.strictObject({
  url: z
    .string({ message: 'is missing: give the address of a Treffpunkt page, e.g. url=https://cms.example.org/treffpunkt/n/jetzt' })
    .max(URL_MAX_LENGTH, `must be at most ${URL_MAX_LENGTH} characters`)
    .refine(isHttpUrl, 'must be an absolute http(s) address, e.g. https://cms.example.org/treffpunkt/n/jetzt'),
  format: z.enum(['json', 'xml'], { message: 'must be json' }).default('json'),
  maxwidth: wholeNumber(1, 10_000).optional(),
  maxheight: wholeNumber(1, 10_000).optional(),
  // WordPress adds "do not track" to every oEmbed request; Treffpunkt tracks no one, so it changes nothing.
  dnt: z.string().optional(),
});

export interface OEmbedQuery {
  url: URL;
  maxwidth?: number;
  maxheight?: number;
}

export function parseOEmbedQuery(query: unknown): OEmbedQuery {
  const { url, format, maxwidth, maxheight } = parseOrRefuse(schema, query);
  if (format === 'xml') throw new PublicApiError(501, 'NotImplemented', 'Parameter "format": only json is offered here.', 'format');
  return { url: new URL(url), maxwidth, maxheight };
}
