/**
 * Inputs of the plugin's admin routes, checked at the edge: anything malformed is a 400 that
 * names the parameter, before a service is asked.
 */
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../../../shared/wire';

const documentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a document id');
const locale = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }).default(DEFAULT_LOCALE);

const schemas = {
  // Not strict: the router adds its own entries (e.g. "0" for the plugin prefix).
  eventParams: z.object({ documentId }),
  networkParams: z.object({ documentId }),
  /** GET and POST of the event's report: which language version of the event the editor has open. */
  eventReportOptions: z.strictObject({ locale }),
  /** The complete list of a network's editors, by admin user id. */
  networkEditors: z.strictObject({ editors: z.array(z.number().int().positive()).max(1000) }),
  /** The home page's lists: in the admin's language, how many of each. */
  homeQuery: z.strictObject({
    locale,
    limit: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 to 20').max(20, 'must be 1 to 20').default(5),
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
