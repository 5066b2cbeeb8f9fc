/**
 * What an importer (treffpunkt.ts, feed.ts, icalendar.ts) makes of a source: meetings and reports
 * as they are to be stored here, each under the id its source gives it, and what is to be removed.
 * mirror.ts writes them.
 */
import type { Bilingual } from 'treffpunkt-shared/locales';
import type { Locale } from 'treffpunkt-shared/wire';
import type { OriginMedia } from '../repositories/stored-parts';
import type { FetchLimits, Validators } from './safe-fetch';
import type { MediaChecker } from './media';

export type ItemKind = 'event' | 'report';

/** One language version's fields, and its address on the source's site. */
export interface ItemTexts {
  url: string;
  /** Of a series: the address of one date, `{date}` for its YYYY-MM-DD. */
  dateUrl?: string | null;
  fields: Record<string, unknown>;
}

export interface Item {
  kind: ItemKind;
  /** Stable at the source: a Treffpunkt's documentId, a feed entry's id, a calendar event's UID (and date). */
  originId: string;
  /** When it last changed at the source, if the source says. */
  updatedAt: string | null;
  /** The slug it has at the source, or one made from its title; another one here if that is taken. */
  slug: string;
  /** The fields every language version shares. */
  shared: Record<string, unknown>;
  /** German first: a document always has a German version (the English one, where it has only that). */
  texts: Partial<Record<Locale, ItemTexts>>;
  media: OriginMedia;
  /** A report's meeting, by its id at the source. */
  eventOriginId?: string | null;
}

/** Which mirrored documents that a read no longer lists are to be removed. */
export type Absent =
  /** None: a feed shows only its latest entries. */
  | { type: 'keep' }
  /** All: the read listed everything. */
  | { type: 'remove' }
  /** Meetings whose start falls in the span the calendar covers. */
  | { type: 'remove-within'; from: Date; to: Date | null };

export interface Imported {
  /** 304: nothing changed since the last read. */
  status: 200 | 304;
  url: string;
  /** What the source calls itself (a feed's title, the network's name). */
  originName: string | null;
  items: Item[];
  /** Ids at the source of what it removed. */
  removed: string[];
  absent: Absent;
  notes: Bilingual[];
  validators: Validators;
  /** Where the next read of a Treffpunkt source starts. */
  cursor: string | null;
}

export interface ReadContext {
  url: string;
  includeSubnetworks: boolean;
  limits: FetchLimits;
  /** The last good read's validators and cursor, when it read the same address. */
  validators: Validators;
  cursor: string | null;
  now: Date;
  media: MediaChecker;
}

export type Importer = (context: ReadContext) => Promise<Imported>;

/** A read the source answered 304: nothing changed, the last read's validators and cursor stay. */
export const notModified = (url: string, context: ReadContext, cursor: string | null = null): Imported => ({
  status: 304,
  url,
  originName: null,
  items: [],
  removed: [],
  absent: { type: 'keep' },
  notes: [],
  validators: context.validators,
  cursor,
});

/** A feed keeps at most this many of its newest entries per read (WordPress shows 10): more is no one's news. */
export const MOST_ITEMS = 50;

/** A slug from a title: lower-case letters and digits joined by single hyphens, as the content types require. */
export function slugOf(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Text cut to what a field holds, at a word where it can. */
export function clip(text: string | null | undefined, most: number): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (trimmed.length <= most) return trimmed;
  const cut = trimmed.slice(0, most - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > most / 2 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}
