/**
 * Inputs of the plugin's admin routes, checked at the edge: anything malformed is a 400 that
 * names the parameter, before a service is asked.
 */
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { MIRRORED_KINDS } from 'treffpunkt-shared/admin-api';
import { DATE_PRECISIONS, DEFAULT_LOCALE, LOCALES } from 'treffpunkt-shared/wire';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time/zoned-time';
import { instant, isoDate } from './recurrence';

const documentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a document id');
const locale = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).default(DEFAULT_LOCALE);
/** An address as following stores it: trimmed, lower case. */
const address = z
  .string()
  .trim()
  .pipe(z.email({ message: 'must be an e-mail address' }))
  .transform((value) => value.toLowerCase());

/** How many entries of a list the admin shows: 1 to 20, 5 when not asked (a query's text or a body's number). */
const listLength = (number: z.ZodNumber | z.ZodCoercedNumber) =>
  number.int('must be a whole number').min(1, 'must be 1 to 20').max(20, 'must be 1 to 20').default(5);

const schemas = {
  // Not strict: the router adds its own entries (e.g. "0" for the plugin prefix).
  eventParams: z.object({ documentId }),
  networkParams: z.object({ documentId }),
  /** GET of the event's report: the language of the occurrences' dates. */
  eventReportQuery: z.strictObject({ locale }),
  /**
   * POST of the event's report: which language version of the event the editor has open and, of
   * a series, which occurrence (that it is a past one of the series, the service checks).
   */
  eventReportOptions: z.strictObject({ locale, occurrence: isoDate.optional() }),
  /** The complete list of a network's editors, by admin user id. */
  networkEditors: z.strictObject({ editors: z.array(z.number().int().positive()).max(1000) }),
  sourceParams: z.object({ documentId }),
  /** A source's state in the admin's language. */
  localeQuery: z.strictObject({ locale }),
  originParams: z.object({ kind: z.enum(MIRRORED_KINDS, { message: `must be one of ${MIRRORED_KINDS.join(', ')}` }), documentId }),
  /** Hiding a mirrored meeting or report, or showing it again. */
  originUpdate: z.strictObject({ hidden: z.boolean({ message: 'must be true or false' }) }),
  /** Which followers' addresses (all, of one network, of one address), as JSON or a CSV file. */
  subscribersQuery: z.strictObject({
    network: documentId.optional(),
    email: address.optional(),
    format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('json'),
  }),
  /** Followers to delete: by their ids, or every subscription of one address. */
  subscribersDelete: z
    .strictObject({ ids: z.array(z.number().int().positive()).max(1000).optional(), email: address.optional() })
    .refine((input) => input.ids !== undefined || input.email !== undefined, { message: 'name ids or an email', path: ['ids'] }),
  /** The home page's lists: in the admin's language, how many of each. */
  homeQuery: z.strictObject({
    locale,
    limit: listLength(z.coerce.number({ message: 'must be a number' })),
  }),
  /** A series being edited, to say back in words with its next dates; the rule itself is checked as on saving. */
  seriesPreview: z.strictObject({
    locale,
    start: instant,
    end: instant.nullish(),
    timeZone: z
      .string()
      .nullish()
      .transform((value) => value || DEFAULT_TIME_ZONE)
      .refine(isValidTimeZone, 'must be a time zone such as Europe/Berlin'),
    allDay: z.boolean({ message: 'must be true or false' }).nullish(),
    datePrecision: z
      .enum(DATE_PRECISIONS, { message: `must be one of ${DATE_PRECISIONS.join(', ')}` })
      .nullish()
      .transform((value) => value ?? 'time'),
    recurrence: z.record(z.string(), z.unknown(), { message: 'must be a repetition rule (an object)' }),
    limit: listLength(z.number({ message: 'must be a number' })),
  }),
};

export function parseAdminInput<Name extends keyof typeof schemas>(name: Name, input: unknown): z.output<(typeof schemas)[Name]> {
  const result = schemas[name].safeParse(input ?? {});
  if (result.success) return result.data as z.output<(typeof schemas)[Name]>;
  const [issue] = result.error.issues;
  const unknown = issue.code === 'unrecognized_keys';
  const parameter = unknown ? issue.keys[0] : issue.path.join('.') || 'input';
  throw new errors.ValidationError(`${parameter}: ${unknown ? 'is not a parameter of this route' : issue.message}`, { parameter });
}
