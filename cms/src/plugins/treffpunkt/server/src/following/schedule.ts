/**
 * When follow mails are due, by the plugin's clock: the weekly digest on the network's day from
 * DIGEST_HOUR (in the editors' zone, where networks have their day), a reminder from REMINDER_HOUR
 * on the day before a meeting (in the meeting's zone) until it begins, and a failed mail again
 * after a pause that grows with each attempt.
 */
import { WEEKDAY_TEXTS } from 'treffpunkt-shared/choice-texts';
import { DEFAULT_DIGEST_DAY, WEEKDAYS, type Weekday } from 'treffpunkt-shared/following';
import type { Locale } from 'treffpunkt-shared/wire';
import { DEFAULT_TIME_ZONE, Temporal, zonedDateTime } from '../time/zoned-time';

export const DIGEST_HOUR = 7;
/** How far ahead a digest looks: this week and the next, so no meeting is first heard of the day before. */
export const DIGEST_DAYS_AHEAD = 14;
/** The most meetings a digest lists. */
export const DIGEST_MOST = 20;
export const REMINDER_HOUR = 8;
/** An unconfirmed address is deleted, and a confirmation link expires, after this. */
export const CONFIRMATION_VALID_MS = 48 * 3600 * 1000;
/** A claimed mail that was neither sent nor given back by then (its instance died) is due again. */
export const LEASE_MS = 2 * 60 * 1000;
/** Sent mails are forgotten after this (their notices are remembered as announcements or by their dates). */
export const SENT_KEPT_MS = 30 * 24 * 3600 * 1000;

const RETRY_FIRST_MS = 30 * 1000;
const RETRY_MOST_MS = 6 * 3600 * 1000;

/** The pause after failed attempt number `attempts`: 30 s, 2 min, 8 min, … at most 6 hours. */
export const retryDelay = (attempts: number) => Math.min(RETRY_FIRST_MS * 4 ** Math.max(0, attempts - 1), RETRY_MOST_MS);

/** A network's digest day in words ("Montag", "Monday"); a network that never chose one has the default. */
export const weekdayName = (day: Weekday | null | undefined, locale: Locale) => WEEKDAY_TEXTS[day ?? DEFAULT_DIGEST_DAY][locale];

/** The day whose digests are due at `now` (from DIGEST_HOUR on, all day: an instance that was down catches up), with its weekday. */
export function digestDay(now: Date, timeZone = DEFAULT_TIME_ZONE): { date: string; weekday: Weekday } | null {
  const zoned = zonedDateTime(now, timeZone);
  if (zoned.hour < DIGEST_HOUR) return null;
  return { date: zoned.toPlainDate().toString(), weekday: WEEKDAYS[zoned.dayOfWeek - 1] };
}

/** From when the reminder of a meeting beginning at `start` is due: REMINDER_HOUR on the day before, in its zone. */
export function reminderDueFrom(start: Date, timeZone: string): Date {
  const dayBefore = zonedDateTime(start, timeZone).toPlainDate().subtract({ days: 1 });
  const due = dayBefore.toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(REMINDER_HOUR) });
  return new Date(due.epochMilliseconds);
}
