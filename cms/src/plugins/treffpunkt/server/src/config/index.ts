/**
 * The plugin's settings, as an app gives them in config/plugins:
 *
 *   treffpunkt: { enabled: true, config: { corsOrigins: ['https://example.org'] } }
 *
 * Checked when Strapi starts: a wrong or unknown option stops it with a message that names the
 * option, rather than a site that half works.
 */
import { z } from 'zod';
import { parseInstant } from '../time/zoned-time';

/** An environment variable set to nothing means "not set". */
export const isUnset = (value: unknown): value is undefined | null | '' => value === undefined || value === null || value === '';

const isOrigin = (value: string) => URL.canParse(value) && new URL(value).origin === value;

const origin = z
  .string()
  .refine((value) => value === '*' || isOrigin(value), 'must be "*" or an origin like https://example.org (scheme and host, no path)');

/** Who may read also takes "null": a sandboxed frame's origin, as WordPress frames a pasted link's embed page. */
const readingOrigin = z
  .string()
  .refine(
    (value) => value === '*' || value === 'null' || isOrigin(value),
    'must be "*", "null" (sandboxed frames) or an origin like https://example.org (scheme and host, no path)',
  );

const wholeSeconds = z.number({ message: 'must be a number of seconds' }).int('must be whole seconds').positive('must be above 0');
const seconds = z.number({ message: 'must be a number of seconds' }).nonnegative('must be 0 or more');

/** Reading other sites' feeds, calendars and Treffpunkt installs (server/src/sources). */
const sources = z.strictObject({
  /** Reads every source on a schedule; off: only "Jetzt abrufen" in the admin reads one. */
  enabled: z.boolean({ message: 'must be true or false' }),
  /** How often a source is read, in minutes; one that keeps failing is read less often. */
  intervalMinutes: z.number({ message: 'must be a number of minutes' }).int('must be whole minutes').min(1, 'must be at least 1'),
  /**
   * Allows sources (and their images) at loopback, private, link-local, unique-local, CGNAT and
   * metadata addresses: only for a Treffpunkt in the same private network as its sources, and tests.
   */
  allowPrivateAddresses: z.boolean({ message: 'must be true or false' }),
  /** The longest a source may take to connect, and to send its whole answer. */
  timeoutSeconds: wholeSeconds,
  /** The most bytes a source's answer may have (after decompression). */
  maxBytes: z.number({ message: 'must be a number of bytes' }).int('must be whole bytes').min(1024, 'must be at least 1024'),
});

const schema = z.strictObject({
  /**
   * Origins that may read the public API from a browser; '*' is any website. A link pasted into
   * WordPress needs '*' or 'null': its frame is sandboxed, and its requests come from `Origin: null`.
   */
  corsOrigins: z.array(readingOrigin, { message: 'must be a list of origins, e.g. ["*"] or ["https://example.org"]' }),
  /** Websites that may show the embed pages (/treffpunkt/embed/…) in a frame; '*' is any website. */
  frameAncestors: z.array(origin, { message: 'must be a list of origins, e.g. ["*"] or ["https://example.org"]' }),
  /** Cache-Control max-age of public answers, and the longest an answer stays in the in-process cache. */
  maxAgeSeconds: wholeSeconds,
  staleWhileRevalidateSeconds: wholeSeconds,
  /**
   * The CMS's public address for the absolute URLs in answers, feeds and snippets (e.g. behind a
   * proxy); unset: Strapi's server.url, else the address a request came to. An origin only: the
   * widgets, their preload lines and the embed pages find the API at /api/treffpunkt/ of it.
   */
  publicUrl: z
    .string()
    .url('must be an absolute URL like https://cms.example.org')
    .refine((value) => /^https?:/.test(value), 'must be an http(s) URL')
    .refine(
      (value) => !URL.canParse(value) || new URL(value).pathname === '/',
      'must be an address without a path, like https://cms.example.org: Treffpunkt answers at the root of its host',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Where the plugin's clock starts (ISO 8601 instant, e.g. 2026-11-18T09:30:00Z), for demos and
   * tests that must see the same day every time; it runs on from there. Unset: the system clock.
   */
  now: z
    .string()
    .refine((value) => isUnset(value) || parseInstant(value) !== null, 'must be an ISO 8601 instant with offset, e.g. 2026-11-18T09:30:00Z')
    .optional(),
  /**
   * On stop, seconds to go on serving while /treffpunkt/ready answers 503, so that a balancer
   * that probes readiness (Kubernetes, a cloud load balancer) stops sending requests first.
   * 0 for balancers that notice a refused connection and retry elsewhere (nginx, HAProxy).
   */
  shutdownDelaySeconds: seconds,
  /** On stop, the longest to wait for requests in flight before Strapi cuts them. */
  drainTimeoutSeconds: seconds,
  sources,
  /**
   * Whether visitors may follow networks by e-mail: set it only where Strapi's email plugin can
   * send (our app sets it with SMTP_HOST). Off, the follow dialog offers calendars only.
   */
  followByEmail: z.boolean({ message: 'must be true or false' }),
  /** How often each instance looks for mails to send (new ones on this instance go out at once). */
  mailQueueIntervalSeconds: wholeSeconds,
  /** How many requests to follow by e-mail one client (IP address) may send per hour. */
  followRequestsPerClientPerHour: z.number({ message: 'must be a number' }).int('must be a whole number').positive('must be above 0'),
});

export type TreffpunktConfig = z.output<typeof schema>;

const DEFAULTS: TreffpunktConfig = {
  corsOrigins: ['*'],
  frameAncestors: ['*'],
  maxAgeSeconds: 60,
  staleWhileRevalidateSeconds: 300,
  shutdownDelaySeconds: 0,
  drainTimeoutSeconds: 10,
  sources: { enabled: true, intervalMinutes: 15, allowPrivateAddresses: false, timeoutSeconds: 20, maxBytes: 10_000_000 },
  followByEmail: false,
  mailQueueIntervalSeconds: 10,
  followRequestsPerClientPerHour: 10,
};

export default {
  default: DEFAULTS,
  validator(config: unknown) {
    const result = schema.safeParse(config);
    if (result.success) return;
    const [issue] = result.error.issues;
    const option = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path).join('.');
    const problem = issue.code === 'unrecognized_keys' ? 'is not a setting of this plugin' : issue.message;
    const value = issue.code === 'unrecognized_keys' ? '' : ` (got ${JSON.stringify(issue.input ?? valueAt(config, issue.path))})`;
    throw new Error(`treffpunkt.${option} ${problem}${value}. See the plugin's README, "Configuration".`);
  },
};

function valueAt(config: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], config);
}

/** The plugin's settings after Strapi merged config/plugins over the defaults. */
export function treffpunktConfig(strapi: { config: { get<T>(path: string): T } }): TreffpunktConfig {
  return strapi.config.get<TreffpunktConfig>('plugin::treffpunkt');
}
