/**
 * Fills an empty database with many networks, events and reports, fast: creating 12,000
 * documents through the Document Service takes many minutes, so the rows are written in bulk
 * exactly as the Document Service writes them (checked against what it writes for one document):
 * per locale a draft row and a published row sharing a documentId, each with its own copies of
 * the components (`<table>_cmps`), relations linking draft to draft and published to published
 * (`<table>_<attribute>_lnk`), and a translation without the relations, as the demo seeder makes them.
 * Scalar values go through `strapi.db.query(uid).createMany`, so columns are converted as Strapi does.
 * The series among the events are made and checked with the plugin's own code (its expansion and
 * the check an editor's series passes), see bench/lib/typescript.mjs.
 */
import { createRequire } from 'node:module';
import { loadTypeScript } from './typescript.mjs';

const require = createRequire(import.meta.url);
// Strapi's own documentId generator, from Strapi's own dependency.
const { createId } = createRequire(require.resolve('@strapi/core'))('@paralleldrive/cuid2');

const NETWORK = 'plugin::treffpunkt.network';
const EVENT = 'plugin::treffpunkt.event';
const REPORT = 'plugin::treffpunkt.report';
const DAY_MS = 24 * 3600 * 1000;
/** One event or report in four has an English translation, the others are German only. */
const isTranslated = (index) => index % 4 === 0;

/** `series` of the events repeat (200 of the meetings open-ended series, as a large federation has them), one per network. */
export const SIZES = { networks: 200, events: 2000, series: 200, reports: 10000 };

/** The generated networks' slugs: the bench asks for these. */
export const networkSlug = (index) => `netz-${String(index).padStart(3, '0')}`;

const WORDS = (
  'netzwerk treffen austausch demokratie bildung jugend projekt workshop beratung vielfalt ' +
  'ehrenamt verein kommune schule praxis methode ergebnis planung zukunft beteiligung dialog ' +
  'region förderung qualität konzept material erfahrung team gruppe arbeit thema idee'
).split(' ');

/** Deterministic filler text: the same words on every run. */
function text(seed, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13 + ((seed + i) % 5)) % WORDS.length]);
  const sentence = out.join(' ');
  return sentence[0].toUpperCase() + sentence.slice(1) + '.';
}

const paragraphs = (seed, count) =>
  Array.from({ length: count }, (_, i) => ({ type: 'paragraph', children: [{ type: 'text', text: text(seed + i, 60) }] }));

const isoDate = (date) => date.toISOString().slice(0, 10);

/**
 * A document to store: its values per locale (`fields`, `components`), the documents it
 * relates to, and when it was written. `rowIds` is filled in when its rows are stored.
 */
function newDocument({ translated, written, fields, components = () => ({}), relations = {} }) {
  const locales = translated ? ['de', 'en'] : ['de'];
  return { documentId: createId(), locales, written, fields, components, relations, rowIds: new Map() };
}

const networkName = (index) => `Netzwerk ${index + 1}`;

function networkDocuments(now) {
  return Array.from({ length: SIZES.networks }, (_, index) =>
    newDocument({
      translated: false,
      written: new Date(now - 800 * DAY_MS),
      fields: () => ({
        name: networkName(index),
        slug: networkSlug(index),
        kind: 'association',
        shortDescription: text(index, 30),
        description: paragraphs(index, 2),
        region: 'Niedersachsen',
      }),
    }),
  );
}

const SERVER = 'cms/src/plugins/treffpunkt/server/src';
const { checkRecurrence, fromWallClock, toZonedDate, upcomingOccurrences, zonedDateTime } = loadTypeScript('generate-series', [
  `${SERVER}/recurrence/occurrences.ts`,
  `${SERVER}/time/zoned-time.ts`,
  `${SERVER}/validation/recurrence.ts`,
]);

const TIME_ZONE = 'Europe/Berlin';
const MEETING_TITLE = { de: 'Treffen', en: 'Meeting' };
const SERIES_TITLE = { de: 'Stammtisch', en: 'Regular meeting' };
const MEETING_MS = 3 * 3600 * 1000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The rhythms editors choose, in turn over the networks (the measured ones get all three): every
 * week on the first meeting's weekday; every other week on it and the next day; every month on its
 * weekday position ("every second Tuesday", or the last one from the 29th) or, in some networks,
 * on its day of the month. All open-ended.
 */
function seriesRule(index, firstMeeting) {
  const { dayOfWeek, day } = zonedDateTime(firstMeeting, TIME_ZONE);
  const weekday = WEEKDAYS[dayOfWeek - 1];
  const end = { type: 'never' };
  switch (index % 3) {
    case 0:
      return { frequency: 'weekly', interval: 1, weekdays: [weekday], end };
    case 1:
      return { frequency: 'weekly', interval: 2, weekdays: [weekday, WEEKDAYS[dayOfWeek % 7]], end };
    default:
      return {
        frequency: 'monthly',
        interval: 1,
        monthly: index % 2 === 0 ? { by: 'weekday', position: day > 28 ? -1 : Math.ceil(day / 7), weekday } : { by: 'day-of-month', day },
        end,
      };
  }
}

/**
 * Half the series (in the measured networks too) have the next-but-one meeting cancelled and the
 * one after moved three days later (before the next date of any of the rhythms above).
 */
function seriesExceptions(index, series, now) {
  if (index % 4 >= 2) return [];
  const [, cancelled, moved] = upcomingOccurrences(series, new Date(now), 3);
  const later = (date) => new Date(date.getTime() + 3 * DAY_MS).toISOString();
  return [
    { date: cancelled.date, change: 'cancelled', note: { de: 'Fällt wegen des Feiertags aus', en: 'Cancelled for the holiday' } },
    {
      date: moved.date,
      change: 'moved',
      start: later(moved.start),
      end: later(moved.end),
      place: 'Stadtteilzentrum Nord',
      note: { de: 'Drei Tage später', en: 'Three days later' },
    },
  ];
}

/**
 * A series that began about half a year ago (19:00 on the day of the network's first meeting) and
 * goes on; it passes the check the admin makes of an editor's series, or the bench stops.
 */
function seriesTiming(index, firstRoundStart, now) {
  const start = fromWallClock(`${toZonedDate(firstRoundStart, TIME_ZONE)}T19:00`, TIME_ZONE);
  const end = new Date(start.getTime() + MEETING_MS);
  const rule = seriesRule(index, start);
  const recurrence = { ...rule, exceptions: seriesExceptions(index, { start, end, timeZone: TIME_ZONE, recurrence: rule }, now) };
  const checked = checkRecurrence(recurrence, { start, end, timeZone: TIME_ZONE, datePrecision: 'time' });
  if ('problem' in checked) throw new Error(`generated series ${index} is not valid: ${checked.problem.en}`);
  return { start, end, recurrence: checked.recurrence };
}

/**
 * Ten events per network, a month apart: the first one, half a year ago, began a series that still
 * meets; of the nine single ones six are over and three ahead, so "next meeting" has a real choice
 * to make between single meetings and occurrences; some single ones tentative or cancelled.
 */
function eventDocuments(now, networks) {
  return Array.from({ length: SIZES.events }, (_, index) => {
    const networkIndex = index % networks.length;
    const round = Math.floor(index / networks.length);
    const single = new Date(now + (round - 6.5) * 30 * DAY_MS + (index % 24) * 3600 * 1000);
    const series = index < SIZES.series ? seriesTiming(index, single, now) : null;
    const start = series?.start ?? single;
    return newDocument({
      translated: isTranslated(index),
      written: new Date(start.getTime() - 60 * DAY_MS),
      relations: { network: networks[networkIndex] },
      fields: (locale) => ({
        title: `${(series ? SERIES_TITLE : MEETING_TITLE)[locale]} ${round + 1} – ${networkName(networkIndex)}`,
        slug: `${networkSlug(networkIndex)}-treffen-${round + 1}`,
        kind: 'meeting',
        start,
        end: series?.end ?? new Date(start.getTime() + MEETING_MS),
        recurrence: series?.recurrence ?? null,
        allDay: false,
        timeZone: TIME_ZONE,
        datePrecision: 'time',
        eventStatus: series ? 'planned' : index % 13 === 0 ? 'cancelled' : index % 7 === 0 ? 'tentative' : 'planned',
        attendanceMode: 'in-person',
        registrationUrl: 'https://example.org/anmeldung',
        summary: text(index, 35),
        description: paragraphs(index, 2),
      }),
      components: (locale) => ({
        venue: { name: 'Bürgerhaus', street: 'Marktplatz 1', postalCode: '30159', city: 'Hannover', latitude: 52.37, longitude: 9.74 },
        agenda: [
          { time: '10:00', topic: locale === 'en' ? 'Welcome' : 'Begrüßung' },
          { time: '10:30', topic: text(index, 6) },
        ],
      }),
    });
  });
}

/** Fifty reports per network, a week apart over the last year; the newest reports link the meeting they report on. */
function reportDocuments(now, networks, events) {
  return Array.from({ length: SIZES.reports }, (_, index) => {
    const networkIndex = index % networks.length;
    const round = Math.floor(index / networks.length);
    const published = new Date(now - (50 - round) * 7 * DAY_MS);
    const pastEvent = round >= 43 ? events[(round - 43) * networks.length + networkIndex] : undefined;
    return newDocument({
      translated: isTranslated(index),
      written: published,
      relations: { network: networks[networkIndex], ...(pastEvent && { event: pastEvent }) },
      fields: (locale) => ({
        title: `${locale === 'en' ? 'Report' : 'Bericht'} ${round + 1}: ${text(index, 5).slice(0, -1)}`,
        slug: `${networkSlug(networkIndex)}-bericht-${round + 1}`,
        summary: text(index, 40),
        body: paragraphs(index, 3),
        nextSteps: paragraphs(index + 1, 1),
        meetingStart: isoDate(new Date(published.getTime() - 3 * DAY_MS)),
        place: 'Hannover',
        participants: 10 + (index % 30),
        publicationDate: isoDate(published),
      }),
      components: () => ({
        tags: [{ name: WORDS[index % WORDS.length] }, { name: WORDS[(index + 5) % WORDS.length] }],
        author: { name: 'Kim Muster', role: 'Koordination' },
        outcomes: [{ text: text(index, 12) }, { text: text(index + 3, 10) }],
      }),
    });
  });
}

/** Hands out ids above the table's current highest, as its autoincrement would. */
async function idAllocator(knex, table) {
  const [{ max }] = await knex(table).max('id as max');
  let next = (max ?? 0) + 1;
  return () => next++;
}

const rowKey = (locale, published) => `${locale}:${published ? 'published' : 'draft'}`;

/** Every version Strapi keeps of a document: per locale, the draft and the published one. */
function* versions(doc) {
  for (const locale of doc.locales) for (const published of [false, true]) yield { locale, published };
}

/** The main rows of `docs`, with ids assigned and remembered on each document. */
function mainRows(docs, nextId) {
  return docs.flatMap((doc) =>
    [...versions(doc)].map(({ locale, published }) => {
      const id = nextId();
      doc.rowIds.set(rowKey(locale, published), id);
      return {
        id,
        documentId: doc.documentId,
        locale,
        ...doc.fields(locale),
        createdAt: doc.written,
        updatedAt: doc.written,
        publishedAt: published ? doc.written : null,
      };
    }),
  );
}

/** Component rows and their `_cmps` join rows, one copy per version, as the Document Service makes them. */
async function componentRows(strapi, uid, docs) {
  const attributes = strapi.contentType(uid).attributes;
  const byComponent = new Map();
  const joins = [];
  const allocators = new Map();
  for (const doc of docs) {
    for (const { locale, published } of versions(doc)) {
      for (const [field, value] of Object.entries(doc.components(locale))) {
        const { component, repeatable } = attributes[field];
        if (!allocators.has(component)) {
          allocators.set(component, await idAllocator(strapi.db.connection, strapi.db.metadata.get(component).tableName));
          byComponent.set(component, []);
        }
        const { name, joinColumn, inverseJoinColumn, orderColumnName } = strapi.db.metadata.get(uid).attributes[field].joinTable;
        (repeatable ? value : [value]).forEach((data, position) => {
          const id = allocators.get(component)();
          byComponent.get(component).push({ id, ...data });
          const row = {
            [joinColumn.name]: doc.rowIds.get(rowKey(locale, published)),
            [inverseJoinColumn.name]: id,
            // Strapi's fixed names for which attribute and which component a row is for.
            field,
            component_type: component,
            // Strapi orders repeatable components from 1 and leaves a single one without order.
            [orderColumnName]: repeatable ? position + 1 : null,
          };
          joins.push({ table: name, row });
        });
      }
    }
  }
  return { byComponent, joins };
}

/** `_lnk` rows: each version links the same locale and status of its target (translations get none, see above). */
function relationRows(strapi, uid, docs) {
  const links = [];
  for (const doc of docs) {
    for (const [attribute, target] of Object.entries(doc.relations)) {
      const { name, joinColumn, inverseJoinColumn, orderColumnName } = strapi.db.metadata.get(uid).attributes[attribute].joinTable;
      if (orderColumnName) throw new Error(`${uid}.${attribute} has an order column; teach bench/lib/generate.mjs to fill it`);
      for (const published of [false, true]) {
        const targetId = target.rowIds.get(rowKey('de', published));
        links.push({
          table: name,
          row: { [joinColumn.name]: doc.rowIds.get(rowKey('de', published)), [inverseJoinColumn.name]: targetId },
        });
      }
    }
  }
  return links;
}

/** Inserts join rows table by table (knex's batchInsert runs each in one transaction). */
async function insertJoinRows(knex, entries) {
  const byTable = new Map();
  for (const { table, row } of entries) {
    if (!byTable.has(table)) byTable.set(table, []);
    byTable.get(table).push(row);
  }
  for (const [table, rows] of byTable) await knex.batchInsert(table, rows, 500);
}

/** Through Strapi's query engine, which turns values into columns as for its own writes. */
async function createRows(strapi, uid, rows) {
  const batch = strapi.db.dialect.getBatchInsertSize();
  for (let i = 0; i < rows.length; i += batch) await strapi.db.query(uid).createMany({ data: rows.slice(i, i + batch) });
}

async function storeDocuments(strapi, uid, docs) {
  const knex = strapi.db.connection;
  await createRows(strapi, uid, mainRows(docs, await idAllocator(knex, strapi.db.metadata.get(uid).tableName)));
  const { byComponent, joins } = await componentRows(strapi, uid, docs);
  for (const [component, rows] of byComponent) await createRows(strapi, component, rows);
  await insertJoinRows(knex, [...joins, ...relationRows(strapi, uid, docs)]);
}

/** Generates SIZES' networks, events and reports into an empty database. */
export async function generateContent(strapi, now = Date.now()) {
  const networks = networkDocuments(now);
  const events = eventDocuments(now, networks);
  const reports = reportDocuments(now, networks, events);
  await storeDocuments(strapi, NETWORK, networks);
  await storeDocuments(strapi, EVENT, events);
  await storeDocuments(strapi, REPORT, reports);
}

/** Published documents (German versions) per type: what the database holds, for the printout. */
export async function countDocuments(strapi) {
  const count = (uid, where = {}) => strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true }, locale: 'de', ...where } });
  return {
    networks: await count(NETWORK),
    events: await count(EVENT),
    series: await count(EVENT, { recurrence: { $notNull: true } }),
    reports: await count(REPORT),
  };
}
