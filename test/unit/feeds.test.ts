/**
 * Feed formatters, checked with real parsers: ical.js for iCalendar, fast-xml-parser for Atom.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { reportsToAtom, type AtomOptions } from '../../cms/src/plugins/treffpunkt/server/src/feeds/atom';
import { eventToICalendar, eventsToICalendar, type ICalendarOptions } from '../../cms/src/plugins/treffpunkt/server/src/feeds/icalendar';
import { blocksToPlainText } from '../../cms/src/plugins/treffpunkt/server/src/feeds/text';
import type { WireBlock, WireEvent, WireReport, WireReportCard } from 'treffpunkt-shared/wire';

/* ----------------------------------------------------------------------------- fixtures */

function makeEvent(overrides: Partial<WireEvent> = {}): WireEvent {
  return {
    slug: 'herbsttreffen-2026',
    url: 'https://cms.example.org/treffpunkt/n/netzwerk-ost/treffen/herbsttreffen-2026',
    title: 'Herbsttreffen der Fachstellen',
    start: '2026-11-23T10:00:00+01:00',
    end: '2026-11-23T16:30:00+01:00',
    timeZone: 'Europe/Berlin',
    locale: 'de',
    kind: 'meeting',
    kindLabel: 'Treffen',
    status: 'planned',
    statusLabel: null,
    network: { slug: 'netzwerk-ost', name: 'Netzwerk Ost' },
    allDay: false,
    datePrecision: 'time',
    attendanceMode: 'in-person',
    venue: {
      name: 'Haus der Demokratie',
      street: 'Bernhard-Göring-Str. 152',
      postalCode: '04277',
      city: 'Leipzig',
      latitude: 51.3149,
      longitude: 12.3771,
    },
    onlineUrl: null,
    agenda: [
      { time: '10:00', topic: 'Ankommen, Kaffee' },
      { time: null, topic: 'Berichte aus den Regionen' },
    ],
    registration: { url: 'https://netzwerk-ost.example.org/anmeldung', deadline: '2026-11-16T23:59:00+01:00' },
    capacity: 40,
    host: 'Fachstelle Leipzig',
    summary: 'Wir treffen uns; alle sind willkommen, auch neue Initiativen.',
    description: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Bitte bringt ' },
          { type: 'text', text: 'Material', bold: true },
          { type: 'text', text: ' mit. Infos: ' },
          { type: 'link', url: 'https://netzwerk-ost.example.org/infos', children: [{ type: 'text', text: 'Infoseite' }] },
        ],
      },
    ],
    image: null,
    ics: 'https://cms.example.org/api/treffpunkt/events/herbsttreffen-2026.ics',
    attachments: [],
    // What the widgets show; the feeds write their own texts from the fields above.
    display: {
      when: 'Montag, 23. November 2026, 10:00–16:30 Uhr',
      brief: 'Mo., 23. Nov. 2026, 10:00–16:30',
      datetime: '2026-11-23T10:00:00+01:00',
      relative: null,
      place: 'Haus der Demokratie, Bernhard-Göring-Str. 152, 04277 Leipzig',
      deadline: '16. November 2026 um 23:59',
    },
    links: { map: null, googleCalendar: null },
    structuredData: {},
    series: null,
    occurrence: null,
    note: null,
    previousReport: null,
    ...overrides,
  };
}

const calendarOptions = (overrides: Partial<ICalendarOptions> = {}): ICalendarOptions => ({
  name: 'Netzwerk Ost – Treffen',
  description: 'Treffen des Netzwerks Ost',
  url: 'https://netzwerk-ost.example.org/',
  uidDomain: 'cms.example.org',
  stamp: new Date('2026-10-01T08:00:00Z'),
  ...overrides,
});

/* ----------------------------------------------------------------------------- ical helpers */

function parseCalendar(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  return calendar;
}

function veventByUid(calendar: ICAL.Component, uid: string): ICAL.Component {
  const found = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no VEVENT with UID ${uid}`);
  return found;
}

function dateValue(vevent: ICAL.Component, name: 'dtstart' | 'dtend'): ICAL.Time {
  return vevent.getFirstPropertyValue(name) as ICAL.Time;
}

/* ----------------------------------------------------------------------------- iCalendar */

describe('eventsToICalendar', () => {
  it('writes a subscribable PUBLISH calendar with name, refresh interval and product id', () => {
    const calendar = parseCalendar(eventsToICalendar([makeEvent()], calendarOptions({ name: 'Netz; Ost, Treffen' })));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/^-\/\//);
    // X-WR-CALNAME/NAME are TEXT (RFC 5545 3.3.11): `;` and `,` escaped. ical.js does not know
    // these properties, so it hands back the raw, still-escaped value.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Netz\\; Ost\\, Treffen');
    expect(calendar.getFirstPropertyValue('name')).toBe('Netz\\; Ost\\, Treffen');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Treffen des Netzwerks Ost');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
  });

  it('gives stable UIDs <slug>@<uidDomain>, the same in every generation and order', () => {
    const events = [makeEvent(), makeEvent({ slug: 'fruehjahrstreffen-2027', start: '2027-03-10T18:00:00+01:00', end: null })];
    const first = parseCalendar(eventsToICalendar(events, calendarOptions({ stamp: new Date('2026-10-01T08:00:00Z') })));
    const second = parseCalendar(
      eventsToICalendar(
        [...events].reverse(),
        calendarOptions({ stamp: new Date('2026-10-02T09:30:00Z'), uidDomain: 'https://cms.example.org/' }),
      ),
    );
    const uids = (c: ICAL.Component) =>
      c
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'))
        .sort();
    expect(uids(first)).toEqual(['fruehjahrstreffen-2027@cms.example.org', 'herbsttreffen-2026@cms.example.org']);
    expect(uids(second)).toEqual(uids(first));
    // DTSTAMP is the given stamp, in UTC
    const stamp = veventByUid(first, 'herbsttreffen-2026@cms.example.org').getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe('2026-10-01T08:00:00.000Z');
  });

  it('is byte-identical for the same input and stamp, and eventToICalendar yields the same VEVENT', () => {
    const events = [makeEvent(), makeEvent({ slug: 'zweites-treffen' })];
    const a = eventsToICalendar(events, calendarOptions());
    expect(eventsToICalendar(events, calendarOptions())).toBe(a);
    const single = eventToICalendar(events[0], calendarOptions());
    const vevent = (ics: string, uid: string) => {
      const block = ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}`));
      return block?.slice(0, block.indexOf('END:VEVENT'));
    };
    expect(vevent(single, 'herbsttreffen-2026@cms.example.org')).toBe(vevent(a, 'herbsttreffen-2026@cms.example.org'));
    expect(parseCalendar(single).getAllSubcomponents('vevent')).toHaveLength(1);
    expect(parseCalendar(single).getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('writes timed events with TZID and a VTIMEZONE that puts them at the right instant', () => {
    const winter = makeEvent();
    const summer = makeEvent({ slug: 'sommerfest-2026', start: '2026-06-10T18:00:00+02:00', end: '2026-06-10T22:00:00+02:00' });
    const calendar = parseCalendar(eventsToICalendar([winter, summer], calendarOptions()));

    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones.map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
    const berlin = new ICAL.Timezone(vtimezones[0]);

    for (const [fixture, localStart, localEnd] of [
      [winter, '2026-11-23T10:00:00', '2026-11-23T16:30:00'],
      [summer, '2026-06-10T18:00:00', '2026-06-10T22:00:00'],
    ] as const) {
      const vevent = veventByUid(calendar, `${fixture.slug}@cms.example.org`);
      const dtstart = vevent.getFirstProperty('dtstart')!;
      expect(dtstart.type).toBe('date-time');
      expect(dtstart.getParameter('tzid')).toBe('Europe/Berlin');
      expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Berlin');

      const start = dateValue(vevent, 'dtstart');
      const end = dateValue(vevent, 'dtend');
      expect(start.toString()).toBe(localStart);
      expect(end.toString()).toBe(localEnd);

      // ical.js resolves the TZID with the VTIMEZONE of this very file (it has no zone data of its own).
      expect(start.zone?.tzid).toBe('Europe/Berlin');
      expect(start.toUnixTime()).toBe(Date.parse(fixture.start) / 1000);
      expect(end.toUnixTime()).toBe(Date.parse(fixture.end!) / 1000);
      expect(start.convertToZone(ICAL.Timezone.utcTimezone).toJSDate().toISOString()).toBe(new Date(fixture.start).toISOString());

      // And the other way round: the UTC instant, converted into the zone, shows the local hour.
      const utc = ICAL.Time.fromJSDate(new Date(fixture.start), true);
      const local = utc.convertToZone(berlin);
      expect(local.hour).toBe(Number(localStart.slice(11, 13)));
      expect(local.day).toBe(Number(localStart.slice(8, 10)));
    }
  });

  it('does not depend on the server time zone', () => {
    const events = [
      makeEvent(),
      makeEvent({ slug: 'tag', allDay: true, start: '2026-11-23T00:30:00+01:00', end: null }),
      makeEvent({ slug: 'monat', datePrecision: 'month', start: '2027-03-01T00:00:00+01:00', end: null }),
    ];
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const inUtc = eventsToICalendar(events, calendarOptions());
      process.env.TZ = 'Pacific/Auckland';
      expect(new Date('2026-11-23T00:00:00Z').getTimezoneOffset()).not.toBe(0); // the switch took effect
      const inAuckland = eventsToICalendar(events, calendarOptions());
      expect(inAuckland).toBe(inUtc);
      expect(inUtc).toContain('DTSTART;TZID=Europe/Berlin:20261123T100000');
      expect(inUtc).toContain('DTSTART;VALUE=DATE:20261123');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('writes all-day and multi-day all-day events as DATE with an exclusive DTEND', () => {
    const threeDays = makeEvent({
      slug: 'klausur-2026',
      allDay: true,
      start: '2026-11-23T00:00:00+01:00',
      end: '2026-11-25T00:00:00+01:00',
    });
    // 00:30 in Berlin is still 22 November in UTC: the date must come from the event's zone.
    const oneDay = makeEvent({ slug: 'aktionstag', allDay: true, start: '2026-11-23T00:30:00+01:00', end: null });
    const calendar = parseCalendar(eventsToICalendar([threeDays, oneDay], calendarOptions()));

    const multi = veventByUid(calendar, 'klausur-2026@cms.example.org');
    expect(multi.getFirstProperty('dtstart')!.type).toBe('date');
    expect(multi.getFirstProperty('dtend')!.type).toBe('date');
    expect(multi.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    expect(dateValue(multi, 'dtstart').isDate).toBe(true);
    expect(dateValue(multi, 'dtstart').toString()).toBe('2026-11-23');
    expect(dateValue(multi, 'dtend').toString()).toBe('2026-11-26');
    expect(new ICAL.Event(multi).duration.toSeconds()).toBe(3 * 86400);

    const single = veventByUid(calendar, 'aktionstag@cms.example.org');
    expect(dateValue(single, 'dtstart').toString()).toBe('2026-11-23');
    expect(dateValue(single, 'dtend').toString()).toBe('2026-11-24');
  });

  it("turns datePrecision 'day' into an all-day event on that day", () => {
    const calendar = parseCalendar(
      eventsToICalendar(
        [makeEvent({ slug: 'tagung', datePrecision: 'day', start: '2026-11-23T10:00:00+01:00', end: null })],
        calendarOptions(),
      ),
    );
    const vevent = veventByUid(calendar, 'tagung@cms.example.org');
    expect(vevent.getFirstProperty('dtstart')!.type).toBe('date');
    expect(dateValue(vevent, 'dtstart').toString()).toBe('2026-11-23');
    expect(dateValue(vevent, 'dtend').toString()).toBe('2026-11-24');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it("turns datePrecision 'month' into a tentative, transparent span over the whole month", () => {
    const march = makeEvent({
      slug: 'konzeptwerkstatt',
      title: 'Konzeptwerkstatt',
      datePrecision: 'month',
      start: '2027-03-01T00:00:00+01:00',
      end: null,
    });
    const december = makeEvent({
      slug: 'jahresabschluss',
      locale: 'en',
      title: 'Year-end meeting',
      datePrecision: 'month',
      start: '2026-12-01T00:00:00+01:00',
      end: null,
    });
    const calendar = parseCalendar(eventsToICalendar([march, december], calendarOptions()));

    const vevent = veventByUid(calendar, 'konzeptwerkstatt@cms.example.org');
    expect(vevent.getFirstProperty('dtstart')!.type).toBe('date');
    expect(dateValue(vevent, 'dtstart').toString()).toBe('2027-03-01');
    expect(dateValue(vevent, 'dtend').toString()).toBe('2027-04-01');
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Konzeptwerkstatt (Termin folgt)');
    expect(vevent.getFirstPropertyValue('description')).toContain('Der genaue Termin steht noch nicht fest.');

    const dec = veventByUid(calendar, 'jahresabschluss@cms.example.org');
    expect(dateValue(dec, 'dtstart').toString()).toBe('2026-12-01');
    expect(dateValue(dec, 'dtend').toString()).toBe('2027-01-01'); // across the year
    expect(dec.getFirstPropertyValue('summary')).toBe('Year-end meeting (date to follow)');
    expect(dec.getFirstPropertyValue('description')).toContain('The exact date has not been fixed yet.');
  });

  it('maps the status: planned → CONFIRMED, tentative/postponed → TENTATIVE, cancelled → CANCELLED', () => {
    const calendar = parseCalendar(
      eventsToICalendar(
        [
          makeEvent({ slug: 'a', status: 'planned' }),
          makeEvent({ slug: 'b', status: 'tentative' }),
          makeEvent({ slug: 'c', status: 'postponed' }),
          makeEvent({ slug: 'd', status: 'cancelled' }),
        ],
        calendarOptions(),
      ),
    );
    const status = (slug: string) => veventByUid(calendar, `${slug}@cms.example.org`).getFirstPropertyValue('status');
    expect([status('a'), status('b'), status('c'), status('d')]).toEqual(['CONFIRMED', 'TENTATIVE', 'TENTATIVE', 'CANCELLED']);
    const cancelled = veventByUid(calendar, 'd@cms.example.org');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('Herbsttreffen der Fachstellen (abgesagt)');
    expect(cancelled.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(veventByUid(calendar, 'c@cms.example.org').getFirstPropertyValue('summary')).toMatch(/\(verschoben\)$/);
  });

  it("writes SUMMARY, DESCRIPTION (summary, blocks, agenda, the online link), LOCATION and GEO; URL is the meeting's page", () => {
    const calendar = parseCalendar(
      eventsToICalendar(
        [
          makeEvent(),
          makeEvent({ slug: 'online', attendanceMode: 'online', venue: null, onlineUrl: 'https://meet.example.org/ost?pw=a&b=c' }),
        ],
        calendarOptions(),
      ),
    );
    const vevent = veventByUid(calendar, 'herbsttreffen-2026@cms.example.org');
    expect(vevent.getFirstPropertyValue('summary')).toBe('Herbsttreffen der Fachstellen');
    expect(vevent.getFirstPropertyValue('location')).toBe('Haus der Demokratie, Bernhard-Göring-Str. 152, 04277 Leipzig');
    expect(vevent.getFirstPropertyValue('geo')).toEqual([51.3149, 12.3771]);
    expect(vevent.getFirstPropertyValue('url')).toBe('https://cms.example.org/treffpunkt/n/netzwerk-ost/treffen/herbsttreffen-2026');
    const description = String(vevent.getFirstPropertyValue('description'));
    expect(description).toContain('Wir treffen uns; alle sind willkommen, auch neue Initiativen.');
    expect(description).toContain('Bitte bringt Material mit. Infos: Infoseite (https://netzwerk-ost.example.org/infos)');
    expect(description).toContain('Tagesordnung:\n10:00 Ankommen, Kaffee\n- Berichte aus den Regionen');
    expect(description).toContain('Anmeldung: https://netzwerk-ost.example.org/anmeldung');
    expect(description).toContain('Gastgeber: Fachstelle Leipzig');
    expect(vevent.getFirstPropertyValue('categories')).toBe('Treffen');

    const online = veventByUid(calendar, 'online@cms.example.org');
    expect(online.getFirstPropertyValue('location')).toBe('Online');
    expect(online.getFirstProperty('geo')).toBeNull();
    expect(String(online.getFirstPropertyValue('description'))).toContain('Online: https://meet.example.org/ost?pw=a&b=c');
  });

  it('falls back to UTC times for a time zone without VTIMEZONE data, and keeps the instant', () => {
    const calendar = parseCalendar(
      eventsToICalendar(
        [makeEvent({ slug: 'irgendwo', timeZone: 'Mars/Olympus_Mons', start: '2026-11-23T10:00:00+01:00' })],
        calendarOptions(),
      ),
    );
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    const vevent = veventByUid(calendar, 'irgendwo@cms.example.org');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    const start = dateValue(vevent, 'dtstart');
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('writes a valid empty calendar and skips events with an unusable start', () => {
    const empty = parseCalendar(eventsToICalendar([], calendarOptions()));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
    const broken = parseCalendar(eventsToICalendar([makeEvent({ slug: 'kaputt', start: 'not a date' }), makeEvent()], calendarOptions()));
    expect(broken.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(['herbsttreffen-2026@cms.example.org']);
    // one UID, one VEVENT: of two events with the same slug the first wins
    const twice = parseCalendar(eventsToICalendar([makeEvent(), makeEvent({ title: 'Doppelt' })], calendarOptions()));
    expect(twice.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Herbsttreffen der Fachstellen']);
  });
});

/* ----------------------------------------------------------------------------- blocksToPlainText */

describe('blocksToPlainText', () => {
  it('flattens headings, paragraphs, lists, quotes and links', () => {
    const blocks: WireBlock[] = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Ablauf' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Erster Absatz' }] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'eins' }] },
          {
            type: 'list-item',
            children: [{ type: 'link', url: 'mailto:info@example.org', children: [{ type: 'text', text: 'info@example.org' }] }],
          },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Punkt' }] }] },
      { type: 'quote', children: [{ type: 'text', text: 'Zitat' }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'böse' }] }] },
      { type: 'paragraph', children: [] },
    ];
    expect(blocksToPlainText(blocks)).toBe('Ablauf\n\nErster Absatz\n\n1. eins\n2. info@example.org\n\n- Punkt\n\n> Zitat\n\nböse');
  });
});

/* ----------------------------------------------------------------------------- Atom */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '__cdata',
  isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
});

function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml);
  expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  return doc.feed;
}

/** What a feed reader shows for a `type="html"` text construct: the CDATA, entity-decoded once. */
function htmlText(node: { __cdata?: string }): string {
  return String(node.__cdata ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function makeCard(overrides: Partial<WireReportCard> = {}): WireReportCard {
  return {
    slug: 'herbsttreffen-2026-bericht',
    title: 'Bericht vom Herbsttreffen',
    locale: 'de',
    // The network shows its reports on its own website: that is their address.
    url: 'https://netzwerk-ost.example.org/berichte/herbsttreffen-2026-bericht',
    summary: 'Zwölf Initiativen & drei Fachstellen waren dabei.',
    network: { slug: 'netzwerk-ost', name: 'Netzwerk Ost' },
    meeting: { start: '2026-11-23', end: '2026-11-25', place: 'Leipzig' },
    publishedOn: '2026-11-28',
    display: { when: '23.–25. November 2026' },
    cover: null,
    tags: ['Vernetzung', 'Jugend & Schule'],
    ...overrides,
  };
}

function makeReport(overrides: Partial<WireReport> = {}): WireReport {
  return {
    ...makeCard(),
    body: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Wir haben <b>viel</b> besprochen. ' },
          { type: 'link', url: 'https://netzwerk-ost.example.org/protokoll', children: [{ type: 'text', text: 'Protokoll' }] },
          { type: 'text', text: ' ' },
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'Klick' }] },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Punkt 1', italic: true }] }] },
    ],
    outcomes: ['Gemeinsame Fortbildung im Frühjahr'],
    nextSteps: [{ type: 'paragraph', children: [{ type: 'text', text: 'Termin abstimmen' }] }],
    author: { name: 'Kim Muster', role: 'Koordination' },
    participants: 23,
    gallery: [],
    event: null,
    contact: null,
    attachments: [],
    ...overrides,
  };
}

const atomOptions = (overrides: Partial<AtomOptions> = {}): AtomOptions => ({
  network: { name: 'Netzwerk Ost', slug: 'netzwerk-ost' },
  feedUrl: 'https://cms.example.org/api/treffpunkt/networks/netzwerk-ost/reports.atom?locale=de&x=1',
  siteUrl: 'https://netzwerk-ost.example.org/',
  entryId: (report) => `https://cms.example.org/treffpunkt/n/${report.network.slug}/berichte/${report.slug}`,
  locale: 'de',
  now: new Date('2026-12-01T00:00:00Z'),
  ...overrides,
});

describe('reportsToAtom', () => {
  it('writes a valid feed without entries for an empty list', () => {
    const feed = parseAtom(reportsToAtom([], atomOptions({ now: new Date('2026-12-01T00:00:00Z') })));
    expect(feed.id).toBe('https://cms.example.org/api/treffpunkt/networks/netzwerk-ost/reports.atom?locale=de&x=1');
    expect(feed.title).toBe('Netzwerk Ost – Berichte');
    expect(feed.updated).toBe('2026-12-01T00:00:00.000Z');
    expect(feed.author[0].name).toBe('Netzwerk Ost');
    const self = feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self');
    expect(self['@_href']).toBe('https://cms.example.org/api/treffpunkt/networks/netzwerk-ost/reports.atom?locale=de&x=1');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'alternate')['@_href']).toBe('https://netzwerk-ost.example.org/');
    expect(feed.entry).toBeUndefined();
  });

  it('writes an entry per report: id, link, title, summary, dates and one category per tag', () => {
    const reports = [
      makeReport(),
      makeReport({
        slug: 'fruehjahr-2026',
        url: 'https://netzwerk-ost.example.org/berichte/fruehjahr-2026',
        title: 'Frühjahrstreffen',
        publishedOn: '2026-04-02',
        tags: [],
        summary: null,
      }),
    ];
    const feed = parseAtom(reportsToAtom(reports, atomOptions({ locale: 'en' })));
    expect(feed.title).toBe('Netzwerk Ost – reports');
    expect(feed.updated).toBe('2026-11-28T00:00:00.000Z'); // the newest entry
    expect(feed.entry).toHaveLength(2);

    const [first, second] = feed.entry;
    // The id stays the report's on Treffpunkt, whatever its canonical address (the link) becomes.
    expect(first.id).toBe('https://cms.example.org/treffpunkt/n/netzwerk-ost/berichte/herbsttreffen-2026-bericht');
    expect(first.link[0]['@_href']).toBe('https://netzwerk-ost.example.org/berichte/herbsttreffen-2026-bericht');
    expect(first.title['@_type']).toBe('html');
    expect(htmlText(first.title)).toBe('Bericht vom Herbsttreffen');
    expect(htmlText(first.summary)).toBe('Zwölf Initiativen & drei Fachstellen waren dabei.');
    expect(first.published).toBe('2026-11-28T00:00:00.000Z');
    expect(first.updated).toBe('2026-11-28T00:00:00.000Z');
    expect(first.category.map((c: Record<string, string>) => c['@_term'])).toEqual(['Vernetzung', 'Jugend & Schule']);
    expect(first.content['@_type']).toBe('html');

    expect(second.id).toBe('https://cms.example.org/treffpunkt/n/netzwerk-ost/berichte/fruehjahr-2026');
    expect(second.summary).toBeUndefined();
    expect(second.category).toBeUndefined();
  });

  it('decodes category terms with & and < to the original tag in a real XML parser', () => {
    const xml = reportsToAtom([makeReport({ tags: ['A & B <C> "D"'] })], atomOptions());
    const decoding = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => n === 'category' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(decoding.parse(xml).feed.entry.category[0]['@_term']).toBe('A & B <C> "D"');
  });

  it('escapes a <script> in a title: text for the reader, never an element', () => {
    const xml = reportsToAtom(
      [makeReport({ title: '<script>alert("x")</script> Bericht ]]> Ende', summary: '<img src=x onerror=alert(1)>' })],
      atomOptions(),
    );
    const feed = parseAtom(xml);
    const entry = feed.entry[0];
    expect(entry.title.script).toBeUndefined();
    expect(entry.title.__cdata).not.toMatch(/<script/i);
    expect(entry.title.__cdata).toContain('&lt;script&gt;');
    // what the reader displays after decoding the HTML: the literal text
    expect(htmlText(entry.title)).toBe('<script>alert("x")</script> Bericht ]]> Ende');
    expect(entry.summary.__cdata).not.toContain('<img');
    expect(xml).not.toMatch(/<script/i);
  });

  it('builds escaped HTML content from the blocks of full reports, with author', () => {
    const feed = parseAtom(reportsToAtom([makeReport()], atomOptions()));
    const entry = feed.entry[0];
    expect(entry.author[0].name).toBe('Kim Muster');
    expect(entry.content['@_type']).toBe('html');
    const html = String(entry.content.__cdata);
    expect(html).toContain(
      '<p>Wir haben &lt;b&gt;viel&lt;/b&gt; besprochen. <a href="https://netzwerk-ost.example.org/protokoll">Protokoll</a> Klick</p>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<ul><li><em>Punkt 1</em></li></ul>');
    expect(html).toContain('<h2>Ergebnisse</h2>');
    expect(html).toContain('<li>Gemeinsame Fortbildung im Frühjahr</li>');
    expect(html).toContain('<h2>Nächste Schritte</h2>');
    expect(html).toContain('Teilnehmende: 23');
    // When and where, as the widgets write it (the wire's display), not formatted again.
    expect(html).toContain('<p><strong>Treffen:</strong> 23.–25. November 2026, Leipzig</p>');
    // every tag in the content is one we write ourselves
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags) expect(['p', 'a', 'strong', 'em', 'ul', 'li', 'h2', 'figure', 'img', 'figcaption', 'br']).toContain(tag);
  });
});
