import { parseInstant } from '../time/zoned-time';

export interface TreffpunktConfig {
  /** Origins that may read the public API from a browser; '*' is any website. */
  corsOrigins: string[];
  /** Create demo networks, meetings and reports on first start with an empty database. */
  demoContent: boolean;
  /** Cache-Control max-age of public answers, and the longest an answer stays in the in-process cache. */
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  /**
   * Where the plugin's clock starts (ISO 8601 instant, e.g. 2026-11-18T09:30:00Z), for demos and
   * tests that must see the same day every time; it runs on from there. Unset: the system clock.
   */
  now?: string;
}

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

/** An environment variable set to nothing means "not set". */
export const isUnset = (value: unknown): value is undefined | null | '' => value === undefined || value === null || value === '';

export default {
  default: {
    corsOrigins: ['*'],
    demoContent: true,
    maxAgeSeconds: 60,
    staleWhileRevalidateSeconds: 300,
  } satisfies TreffpunktConfig,
  validator(config: TreffpunktConfig) {
    if (!Array.isArray(config.corsOrigins) || config.corsOrigins.some((origin) => typeof origin !== 'string')) {
      throw new Error('treffpunkt.corsOrigins must be a list of origins, e.g. ["*"] or ["https://example.org"]');
    }
    if (!positiveInteger(config.maxAgeSeconds) || !positiveInteger(config.staleWhileRevalidateSeconds)) {
      throw new Error('treffpunkt.maxAgeSeconds and staleWhileRevalidateSeconds must be whole seconds above 0');
    }
    if (!isUnset(config.now) && !parseInstant(config.now)) {
      throw new Error(`treffpunkt.now must be an ISO 8601 instant with offset, e.g. 2026-11-18T09:30:00Z (TREFFPUNKT_NOW); got "${config.now}"`);
    }
  },
};

/** The plugin's settings after Strapi merged config/plugins.ts over the defaults. */
export function treffpunktConfig(strapi: { config: { get<T>(path: string): T } }): TreffpunktConfig {
  return strapi.config.get<TreffpunktConfig>('plugin::treffpunkt');
}
