/**
 * The public API's parameters, checked at the edge: anything unknown or malformed is a 400
 * whose message names the parameter, before a service is asked.
 */
import { z } from 'zod';
import { DEFAULT_LOCALE, EVENT_KINDS, LOCALES, type EventKind } from 'treffpunkt-shared/wire';
import { LIMIT_RANGE } from 'treffpunkt-shared/widget-options';
import { MOST_MARKED_MEETINGS } from 'treffpunkt-shared/following';
import { badRequest } from '../http/errors';
import { parseInstant } from '../time/zoned-time';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NETWORKS = 20;

export const slug = z.string().max(120).regex(SLUG, 'must be lower-case letters, digits and single hyphens');

export const networkList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(slug).min(1).max(MAX_NETWORKS, `names at most ${MAX_NETWORKS} networks`))
  .transform((slugs) => [...new Set(slugs)]);

const locale = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).default(DEFAULT_LOCALE);
const include = z.literal('subnetworks', { message: 'can only be "subnetworks"' }).optional();
export const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};
export const tag = z
  .string()
  .max(60)
  .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, 'must be a lower-case tag');
/** Meeting kinds, one or several separated by commas: `kind=workshop,conference`. */
export const kinds = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(z.enum(EVENT_KINDS, { message: `must be meeting kinds from ${EVENT_KINDS.join(', ')}, separated by commas` })).min(1))
  .transform((list): EventKind[] => [...new Set(list)]);
/** What a list of meetings, and a network's calendar, can be narrowed to: the widgets' filters. */
const meetingFilter = { include, kind: kinds.optional(), tag: tag.optional() };
/** An empty field of a search form (`q=&year=`) asks for nothing. */
const blankIsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const MAX_QUERY_LENGTH = 200;
const searchWords = z
  .string()
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .regex(/[\p{L}\p{N}]/u, 'must contain a word');
const year = wholeNumber(1000, 9999);
const page = wholeNumber(1, 10_000).default(1);
const since = z
  .string()
  .refine((value) => parseInstant(value) !== null, 'must be an ISO 8601 instant with offset, e.g. 2026-11-18T09:30:00Z');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const yesNo = z.boolean({ message: 'must be true or false' }).default(false);
const limit = (fallback: number) => wholeNumber(LIMIT_RANGE.min, LIMIT_RANGE.max).default(fallback);

const schemas = {
  reports: z.strictObject({
    network: networkList,
    include,
    tag: tag.optional(),
    q: z.preprocess(blankIsAbsent, searchWords.optional()),
    year: z.preprocess(blankIsAbsent, year.optional()),
    limit: limit(3),
    page,
    locale,
  }),
  nextEvent: z.strictObject({ network: networkList, ...meetingFilter, locale }),
  events: z.strictObject({ network: networkList, ...meetingFilter, limit: limit(10), page, locale }),
  calendar: z.strictObject({ ...meetingFilter, locale }),
  localeOnly: z.strictObject({ locale }),
  networkSync: z.strictObject({ since: since.optional(), include }),
  followOptions: z.strictObject({ network: slug, ...meetingFilter, locale }),
  // The body of POST follow (shared/following.ts FollowRequest).
  follow: z
    .strictObject({
      email: z
        .string({ message: 'must be an e-mail address' })
        .trim()
        .max(254, 'must be an e-mail address of at most 254 characters')
        .pipe(z.email({ message: 'must be an e-mail address' }))
        .transform((value) => value.toLowerCase()),
      network: slug,
      include,
      reports: yesNo,
      digest: yesNo,
      remind: z
        .array(z.strictObject({ event: slug, date: isoDate.optional() }), { message: 'must be a list of meetings ({ event, date })' })
        .max(MOST_MARKED_MEETINGS, `marks at most ${MOST_MARKED_MEETINGS} meetings`)
        .default([]),
      locale,
    })
    .refine((request) => request.reports || request.digest || request.remind.length > 0, {
      message: 'is needed: choose reports, digest or meetings to remind of (remind)',
      path: ['reports'],
    }),
  // Path parameters: the router adds captures of its own, so other keys are ignored here.
  slug: z.object({ slug }),
  occurrence: z.object({ slug, date: isoDate }),
};

type Schemas = typeof schemas;

export type ReportListParams = z.output<Schemas['reports']>;
export type NextEventParams = z.output<Schemas['nextEvent']>;
export type EventListParams = z.output<Schemas['events']>;
export type NetworkSyncParams = z.output<Schemas['networkSync']>;
export type CalendarParams = z.output<Schemas['calendar']>;
export type FollowParams = z.output<Schemas['follow']>;
export type FollowOptionsParams = z.output<Schemas['followOptions']>;

/** Parses `input` or throws a 400 naming the first parameter that is wrong. */
export function parseParams<Name extends keyof Schemas>(name: Name, input: unknown): z.output<Schemas[Name]> {
  return parseOrRefuse(schemas[name], input) as z.output<Schemas[Name]>;
}

const API_WORDS = { noun: 'Parameter', unknown: 'is not a parameter of this route' };

/** Parses `input` with `schema` or throws a 400 naming the first parameter that is wrong, in the caller's words for it. */
export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, input: unknown, words = API_WORDS): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = issue.code === 'unrecognized_keys' ? issue.keys[0] : String(issue.path[0] ?? 'query');
  const detail = issue.code === 'unrecognized_keys' ? words.unknown : issue.message;
  const value = describeValue(input, parameter);
  throw badRequest(parameter, `${words.noun} "${parameter}"${value} ${detail}.`);
}

function describeValue(input: unknown, parameter: string): string {
  const value = (input as Record<string, unknown> | null)?.[parameter];
  return typeof value === 'string' ? ` ("${value.slice(0, 80)}")` : Array.isArray(value) ? ' (given twice)' : '';
}
