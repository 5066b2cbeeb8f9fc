/**
 * The one "now" of the server: next and upcoming meetings, the calendar's history, a report's
 * default publication date, "write the report", preview links and the demo's dates all ask it.
 * It follows the system clock, unless the `now` setting (TREFFPUNKT_NOW) gives it a start: then
 * it runs from that instant, so a demo or a test sees the same day every time. Durations (the
 * response cache's lifetime, `Age`) are measured with Date.now() and do not ask it.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import { isUnset, treffpunktConfig } from '../config';
import { treffpunkt } from '../plugin';
import { parseInstant } from '../time/zoned-time';

export interface Clock {
  now(): Date;
  /** Moves the clock to `instant`; it keeps running from there. */
  set(instant: Date | string): void;
}

interface Anchor {
  epochMs: number;
  /** performance.now() when the clock showed `epochMs`: elapsed time is monotonic, whatever the system clock does. */
  at: number;
}

function anchorAt(instant: Date | string): Anchor {
  const parsed = parseInstant(instant);
  if (!parsed) throw new RangeError(`treffpunkt clock: "${String(instant)}" is not an ISO 8601 instant`);
  return { epochMs: parsed.epochMilliseconds, at: performance.now() };
}

/** A clock that follows the system clock, or runs from `start`; `onSet` hears of every move. */
export function createClock(start: string | undefined, onSet: () => void): Clock {
  let anchor: Anchor | null = start ? anchorAt(start) : null;
  return {
    now: () => (anchor ? new Date(anchor.epochMs + performance.now() - anchor.at) : new Date()),
    set(instant) {
      anchor = anchorAt(instant);
      onSet();
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }): Clock => {
  const { now } = treffpunktConfig(strapi);
  // Answers depend on now: a moved clock makes every cached answer wrong.
  return createClock(isUnset(now) ? undefined : now, () => treffpunkt(strapi).service('response-cache').clear());
};
