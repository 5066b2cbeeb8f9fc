/**
 * Sources: other sites whose meetings and reports an office mirrors into one of its networks.
 * A `treffpunkt` source is a network on another Treffpunkt (its sync answer), a `feed` an RSS 2.0,
 * Atom or JSON Feed of reports, an `icalendar` a calendar of meetings.
 */
export const SOURCE_FORMATS = ['treffpunkt', 'feed', 'icalendar'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A source's health at a glance: never read yet, read fine the last time, or failing (the last read failed). */
export const SOURCE_HEALTHS = ['unread', 'ok', 'failing'] as const;
export type SourceHealth = (typeof SOURCE_HEALTHS)[number];
