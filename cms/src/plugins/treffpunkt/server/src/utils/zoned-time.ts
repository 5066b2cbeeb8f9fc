/**
 * Dates on the wire are ISO 8601 with the offset of the event's own time zone, so a widget in
 * any browser can show "23.–25. November, 10:00" as the organisers meant it.
 */

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  offset: string;
}

function localParts(date: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  // "GMT+01:00" -> "+01:00"; "GMT" (UTC itself) -> "+00:00"
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.slice(3);
  return { ...(parts as Omit<LocalParts, 'offset'>), offset };
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` shows at the instant `epochMs`. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const p = localParts(new Date(epochMs), timeZone);
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** 2026-11-23T10:00:00+01:00 for the instant `date` seen in `timeZone`. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}

/** The calendar date (YYYY-MM-DD) of `date` in `timeZone`. */
export function toZonedDate(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant at which the local wall-clock time `localIso` (YYYY-MM-DDTHH:MM) happens in `timeZone`. */
export function fromZonedLocal(localIso: string, timeZone: string): Date {
  const asUtc = new Date(`${localIso}Z`);
  // The offset at the guessed instant is right except within the hour of a DST change; one correction settles it.
  let guess = new Date(asUtc.getTime() - offsetMinutes(asUtc, timeZone) * 60_000);
  guess = new Date(asUtc.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  return guess;
}

function offsetMinutes(date: Date, timeZone: string): number {
  const { offset } = localParts(date, timeZone);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/** Midnight at the start of the day after `date`'s local day: the end of an all-day meeting. */
export function endOfLocalDay(date: Date, timeZone: string): Date {
  const day = new Date(`${toZonedDate(date, timeZone)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return fromZonedLocal(day.toISOString().slice(0, 16), timeZone);
}

/** Midnight at the start of the month after `date`'s local month: the end of "sometime in March". */
export function endOfLocalMonth(date: Date, timeZone: string): Date {
  const [year, month] = toZonedDate(date, timeZone).split('-').map(Number);
  const next = new Date(Date.UTC(year, month, 1));
  return fromZonedLocal(next.toISOString().slice(0, 16), timeZone);
}

export function todayIsoDate(now = new Date(), timeZone = 'Europe/Berlin'): string {
  return toZonedDate(now, timeZone);
}
