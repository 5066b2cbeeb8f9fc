/**
 * The instant the test CMS believes it is when it starts: nothing a test checks depends on the
 * day the suite runs. Set TREFFPUNKT_TEST_NOW to run the suite at another instant
 * (`npm run test:any-day` does, with the system clock moved there too).
 */
import { treffpunkt } from '../../cms/src/plugins/treffpunkt/server/src/plugin';
import type { Cms } from './cms';

export const TEST_NOW = new Date(process.env.TREFFPUNKT_TEST_NOW || '2026-11-18T09:30:00Z');

if (Number.isNaN(TEST_NOW.getTime())) {
  throw new Error(`TREFFPUNKT_TEST_NOW is not an instant: "${process.env.TREFFPUNKT_TEST_NOW}"`);
}

const DAY_MS = 24 * 3600 * 1000;

/** The plugin's clock in the running CMS (TEST_NOW plus the time since it booted, or where a test moved it). */
export function cmsClock(cms: Cms) {
  return treffpunkt(cms.strapi).service('clock');
}

/** The CMS's clock at `instant` while `run` runs, then back where it was. */
export async function atInstant<T>(cms: Cms, instant: Date | string, run: () => Promise<T>): Promise<T> {
  const clock = cmsClock(cms);
  const before = clock.now();
  clock.set(instant);
  try {
    return await run();
  } finally {
    clock.set(before);
  }
}

/** `days` days after TEST_NOW at `hour`:00 UTC, as an ISO instant. */
export function inDays(days: number, hour = 10): string {
  const date = new Date(TEST_NOW.getTime() + days * DAY_MS);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
}

/** The calendar date (YYYY-MM-DD, UTC) `days` days after TEST_NOW. */
export function dateInDays(days: number): string {
  return inDays(days).slice(0, 10);
}
