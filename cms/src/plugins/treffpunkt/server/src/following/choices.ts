/**
 * What an address gets from a network, and how a new request adds to it: following again never
 * takes away what was confirmed before (one click in any mail ends it all).
 */
import { MOST_MARKED_MEETINGS } from 'treffpunkt-shared/following';
import type { Locale } from 'treffpunkt-shared/wire';

/** A meeting marked for a reminder: the event's document and, of a series, the date. */
export interface MarkedMeetingRef {
  event: string;
  date: string | null;
}

export interface Choices {
  reports: boolean;
  digest: boolean;
  subnetworks: boolean;
  reminders: MarkedMeetingRef[];
}

/** Choices asked for and not confirmed yet, with the language asked for and when. */
export interface PendingRequest extends Choices {
  locale: Locale;
  requestedAt: number;
}

export const NOTHING: Choices = { reports: false, digest: false, subnetworks: false, reminders: [] };

const sameMeeting = (a: MarkedMeetingRef, b: MarkedMeetingRef) => a.event === b.event && a.date === b.date;

/** Everything of `a` and of `b`; the newest marked meetings are kept when there are too many. */
export function mergeChoices(a: Choices, b: Choices): Choices {
  const reminders = [...a.reminders.filter((marked) => !b.reminders.some((other) => sameMeeting(marked, other))), ...b.reminders];
  return {
    reports: a.reports || b.reports,
    digest: a.digest || b.digest,
    subnetworks: a.subnetworks || b.subnetworks,
    reminders: reminders.slice(-MOST_MARKED_MEETINGS),
  };
}

export const isMarked = (choices: Pick<Choices, 'reminders'>, meeting: MarkedMeetingRef) =>
  choices.reminders.some((marked) => sameMeeting(marked, meeting));
