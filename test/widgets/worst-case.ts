/**
 * Content at the limits of what the admin accepts, made through Strapi's Document Service: every
 * text as long as its field allows (with long German compound words, which wrap worst), twelve
 * agenda items, every optional row of a meeting card, a network with fewer reports than a
 * page holds, a network with nothing at all, and the shortest there is: one letter where a text
 * is required, nothing where none is. The widget tests put it on a host page with text below and
 * check that nothing moves.
 */
import { WEEKDAYS } from 'treffpunkt-shared/recurrence';
import type { Cms } from '../support/cms';
import { createEvent, createNetwork, createReport, inDays, uniqueSlug, uploadTestImage } from '../support/content';

/** Text of exactly `length` characters, made of words like an editor's (long compounds included). */
export function longText(
  length: number,
  words = 'Fachbereichsübergreifende Vernetzungsveranstaltung der Selbsthilfegruppenbegleitenden im Landesverband',
): string {
  let text = '';
  while (text.length < length) text += (text ? ' ' : '') + words;
  return text.slice(0, length).trimEnd().padEnd(length, 'x');
}

export interface WorstCase {
  /** Slug of the network whose next meeting has every row at its longest. */
  busy: string;
  /** Slug of a network with two reports (fewer than the default page of three) at their longest. */
  few: string;
  /** Slug of a network with no meeting and no report. */
  quiet: string;
  /** Slug of a network with one meeting and one report, each with a title of one letter and nothing else it may leave out. */
  short: string;
  meetingTitle: string;
  reportTitles: string[];
}

async function createWorstCase(cms: Cms): Promise<WorstCase> {
  const cover = await uploadTestImage(cms, longText(120, 'Alternativtext'));
  const busy = await createNetwork(cms, { name: longText(200, 'Bundesarbeitsgemeinschaft'), slug: uniqueSlug('wc-busy') });
  const few = await createNetwork(cms, { name: longText(200, 'Landesarbeitsgemeinschaft'), slug: uniqueSlug('wc-few') });
  const quiet = await createNetwork(cms, { slug: uniqueSlug('wc-quiet') });
  const short = await createNetwork(cms, { name: 'K', slug: uniqueSlug('wc-short') });
  await createEvent(cms, { network: short.documentId, title: 'K', start: inDays(3, 17), attendanceMode: 'online' });
  await createReport(cms, { network: short.documentId, title: 'K', publicationDate: inDays(-3).slice(0, 10) });

  const earlier = await createEvent(cms, { network: busy.documentId, start: inDays(-30, 17), end: inDays(-30, 19) });
  await createReport(cms, {
    network: busy.documentId,
    event: earlier.documentId,
    title: longText(200, 'Rückblick'),
    publicationDate: inDays(-29).slice(0, 10),
  });
  const meetingTitle = longText(200);
  await createEvent(cms, {
    network: busy.documentId,
    title: meetingTitle,
    kind: 'general-assembly',
    eventStatus: 'tentative',
    // Starts in the evening, ends two days later: the longest date line there is.
    start: inDays(3, 17),
    end: inDays(5, 16),
    attendanceMode: 'hybrid',
    onlineUrl: `https://meet.example.org/${'raum-'.repeat(20)}`,
    onlineUrlPublic: true,
    venue: {
      name: longText(200, 'Bildungszentrum'),
      street: longText(200, 'Hauptstraße'),
      postalCode: '123456789012',
      city: longText(120, 'Mühlhausen'),
      latitude: 52.5,
      longitude: 13.4,
    },
    host: longText(200, 'Koordinierungsstelle'),
    summary: longText(400),
    agenda: Array.from({ length: 12 }, (_, i) => ({ time: longText(40, `${10 + i}:00`), topic: longText(300, 'Tagesordnungspunkt') })),
    registrationUrl: `https://example.org/${'anmeldung-'.repeat(20)}`,
    registrationDeadline: inDays(2, 20),
    capacity: 999999,
  });

  // A weekly series after it: the list of upcoming meetings has a line for each occurrence.
  await createEvent(cms, {
    network: busy.documentId,
    title: longText(200, 'Gesprächsgruppe'),
    start: inDays(6, 17),
    end: inDays(6, 19),
    attendanceMode: 'online',
    recurrence: {
      frequency: 'weekly',
      interval: 1,
      weekdays: [WEEKDAYS[(new Date(inDays(6, 17)).getUTCDay() + 6) % 7]],
      end: { type: 'never' },
      exceptions: [{ date: inDays(13, 17).slice(0, 10), change: 'cancelled', note: { de: longText(200, 'Begründung') } }],
    },
  });

  const reportTitles = [longText(200, 'Ergebnisbericht'), longText(200, 'Zwischenbericht')];
  for (const [i, title] of reportTitles.entries()) {
    await createReport(cms, {
      network: few.documentId,
      title,
      summary: longText(400, 'Zusammenfassung'),
      cover: cover.id,
      meetingStart: inDays(-60 - i).slice(0, 10),
      meetingEnd: inDays(-58 - i).slice(0, 10),
      place: longText(200, 'Tagungsort'),
      publicationDate: inDays(-50 - i).slice(0, 10),
    });
  }
  return { busy: busy.slug, few: few.slug, quiet: quiet.slug, short: short.slug, meetingTitle, reportTitles };
}

let created: Promise<WorstCase> | undefined;

/** The worst case, made once per run and shared by the widget test files. */
export function worstCase(cms: Cms): Promise<WorstCase> {
  created ??= createWorstCase(cms);
  return created;
}
