/**
 * Atom 1.0 feed of a network's reports, each in full: what the report's reader shows, its dates
 * written as the widgets write them (the wire's `display`). The `feed` package writes entry title, summary and
 * content as CDATA with `type="html"`, so whatever we pass *is* HTML to the reader: we pass HTML
 * that we built by escaping every text. It escapes only `"` in attributes (category terms), so
 * those are escaped here too.
 */
import { Feed } from 'feed';
import type { Author as FeedAuthor, Category as FeedCategory } from 'feed';
import type { Locale, WireReport } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { Temporal } from '../time/zoned-time';
import { blocksToHtml, htmlText, imageToHtml } from './blocks-html';
import { clean, oneLine } from './text';

export interface AtomOptions {
  network: { name: string; slug: string };
  /** Absolute URL of this feed: the feed's id and its rel="self" link. */
  feedUrl: string;
  /** The network's page (rel="alternate"). */
  siteUrl: string;
  /**
   * An entry's id: an address that stays the report's whatever its canonical one becomes (its
   * `url`, the entry's link), so a reader never sees an entry twice.
   */
  entryId: (report: WireReport) => string;
  locale: Locale;
  now: Date;
}

const ATOM_TEXT: Record<Locale, { reports: string; outcomes: string; nextSteps: string; participants: string; meeting: string }> = {
  de: { reports: 'Berichte', outcomes: 'Ergebnisse', nextSteps: 'Nächste Schritte', participants: 'Teilnehmende', meeting: 'Treffen' },
  en: { reports: 'reports', outcomes: 'Outcomes', nextSteps: 'Next steps', participants: 'Participants', meeting: 'Meeting' },
};

/** A calendar date (YYYY-MM-DD) as the instant it begins in UTC, which is how Atom dates a day. */
function dateOf(value: string | null | undefined): Date | null {
  if (!value) return null;
  try {
    return new Date(Temporal.PlainDate.from(value.trim()).toZonedDateTime('UTC').epochMilliseconds);
  } catch {
    return null;
  }
}

/** When and where the meeting was, as the widgets say it: "23.–25. November 2018, Berlin". */
function meetingLine(report: WireReport): string {
  return [report.meeting.start ? report.display.when : '', oneLine(report.meeting.place)].filter(Boolean).join(', ');
}

function reportContent(report: WireReport, locale: Locale): string {
  const t = ATOM_TEXT[locale];
  const parts: string[] = [];
  const meeting = meetingLine(report);
  if (meeting) parts.push(`<p><strong>${htmlText(t.meeting)}:</strong> ${htmlText(meeting)}</p>`);
  const cover = imageToHtml(report.cover);
  if (cover) parts.push(cover);
  const body = blocksToHtml(report.body ?? []);
  if (body) parts.push(body);
  const outcomes = (report.outcomes ?? []).filter((o) => oneLine(o));
  if (outcomes.length) {
    parts.push(`<h2>${htmlText(t.outcomes)}</h2>\n<ul>${outcomes.map((o) => `<li>${htmlText(o)}</li>`).join('')}</ul>`);
  }
  const nextSteps = blocksToHtml(report.nextSteps ?? []);
  if (nextSteps) parts.push(`<h2>${htmlText(t.nextSteps)}</h2>\n${nextSteps}`);
  if (typeof report.participants === 'number' && report.participants > 0) {
    parts.push(`<p>${htmlText(t.participants)}: ${Math.round(report.participants)}</p>`);
  }
  return parts.join('\n');
}

function absoluteUrl(url: string): string {
  const checked = safeUrl(url);
  if (!checked || checked.startsWith('mailto:')) throw new TypeError(`Not an absolute http(s) URL: ${url}`);
  return checked;
}

type FeedItem = Parameters<Feed['addItem']>[0];

function entryOf(report: WireReport, options: AtomOptions, locale: Locale): FeedItem | null {
  const date = dateOf(report.publishedOn);
  if (!date) return null;
  const link = absoluteUrl(report.url);
  const author: FeedAuthor[] | undefined =
    report.author && oneLine(report.author.name) ? [{ name: oneLine(report.author.name) }] : undefined;
  const category: FeedCategory[] = [...new Set((report.tags ?? []).map(oneLine).filter(Boolean))].map((tag) => ({ term: htmlText(tag) }));
  const summary = clean(report.summary).trim();
  return {
    id: absoluteUrl(options.entryId(report)),
    link,
    title: htmlText(oneLine(report.title)),
    date,
    published: date,
    description: summary ? htmlText(summary) : undefined,
    content: reportContent(report, locale) || undefined,
    author,
    category: category.length ? category : undefined,
  };
}

/** An Atom 1.0 feed of reports: title, summary, dates, categories, and the content as HTML built from the wire blocks. */
export function reportsToAtom(reports: readonly WireReport[], options: AtomOptions): string {
  const { locale } = options;
  const feedUrl = absoluteUrl(options.feedUrl);
  const siteUrl = absoluteUrl(options.siteUrl);
  const networkName = oneLine(options.network.name);
  const entries = reports.map((report) => entryOf(report, options, locale)).filter((entry): entry is FeedItem => entry !== null);

  const newest = entries.reduce<Date | null>((max, e) => (!max || e.date > max ? e.date : max), null);
  // The newest entry's date, or now for an empty feed.
  const updated = newest ?? options.now;

  const feed = new Feed({
    id: feedUrl,
    title: `${networkName} – ${ATOM_TEXT[locale].reports}`,
    link: siteUrl,
    feed: feedUrl,
    updated,
    generator: 'Treffpunkt',
    language: locale,
    // Atom needs an author on the feed or on every entry: the network speaks for entries without one.
    author: { name: networkName, link: siteUrl },
  });
  for (const entry of entries) feed.addItem(entry);
  return feed.atom1();
}
