/**
 * What each follow mail says, in German and English: the confirmation, a new report, the weekly
 * digest, a reminder the day before, a cancelled meeting. Meetings are said as the API says them
 * (`display`, in the meeting's own zone); titles link to the canonical addresses (`url`).
 * ./mail-template.ts writes them as text and HTML.
 */
import type { Locale, WireEvent, WireReportCard } from 'treffpunkt-shared/wire';
import type { MailContent, MailItem } from './mail-template';

/** What every mail to one follower knows. */
export interface Recipient {
  locale: Locale;
  network: string;
  /** The day of the network's digest, in the follower's language. */
  digestDayName: string;
  unsubscribeUrl: string;
}

/** What the confirmation asks to confirm. */
export interface ConfirmationRequest {
  reports: boolean;
  digest: boolean;
  subnetworks: boolean;
  /** The marked meetings, as "title, when". */
  meetings: string[];
  confirmUrl: string;
}

const TEXTS = {
  de: {
    footer: (network: string) => `Sie bekommen diese E-Mail, weil diese Adresse ${network} beim Treffpunkt folgt.`,
    unsubscribe: 'Mit einem Klick abmelden (die Adresse wird gelöscht)',
    confirmFooter: (network: string) =>
      `Sie bekommen diese E-Mail, weil jemand diese Adresse beim Treffpunkt für ${network} angegeben hat.`,
    confirmSubject: (network: string) => `Bitte bestätigen: ${network} folgen`,
    confirmHeading: (network: string) => `${network} per E-Mail folgen?`,
    confirmIntro: 'Jemand, hoffentlich Sie, möchte, dass diese Adresse Folgendes bekommt:',
    reports: (subnetworks: boolean) => `jeden neuen Bericht${subnetworks ? ' (auch der untergeordneten Netzwerke)' : ''}`,
    digest: (day: string, subnetworks: boolean) =>
      `jeden ${day} die kommenden Treffen${subnetworks ? ' (auch der untergeordneten Netzwerke)' : ''}`,
    reminder: 'eine Erinnerung am Tag vor',
    confirmAction: 'Ja, bestätigen',
    confirmIgnore:
      'Wenn Sie das nicht waren, tun Sie nichts: Ohne Bestätigung schicken wir nichts weiter und löschen die Adresse nach 48 Stunden.',
    reportSubject: (network: string, title: string) => `${network}: ${title}`,
    reportHeading: (network: string) => `Neuer Bericht von ${network}`,
    readMore: 'Den Bericht lesen',
    digestSubject: (network: string) => `${network}: die kommenden Treffen`,
    digestHeading: (network: string) => `Die kommenden Treffen von ${network}`,
    digestIntro: 'In den nächsten zwei Wochen:',
    digestFooter: (network: string, day: string) => `Sie bekommen diese Übersicht jeden ${day}, weil diese Adresse ${network} folgt.`,
    reminderSubject: (title: string) => `Erinnerung: ${title}`,
    reminderHeading: (title: string) => `Bald ist es so weit: ${title}`,
    calendar: 'In den Kalender',
    cancelledSubject: (title: string) => `Abgesagt: ${title}`,
    cancelledHeading: (title: string) => `${title} fällt aus`,
    cancelledIntro: (when: string) => `Das Treffen am ${when} ist abgesagt.`,
    online: 'Online',
  },
  en: {
    footer: (network: string) => `You get this e-mail because this address follows ${network} at Treffpunkt.`,
    unsubscribe: 'Unsubscribe with one click (the address is deleted)',
    confirmFooter: (network: string) => `You get this e-mail because someone gave this address at Treffpunkt to follow ${network}.`,
    confirmSubject: (network: string) => `Please confirm: follow ${network}`,
    confirmHeading: (network: string) => `Follow ${network} by e-mail?`,
    confirmIntro: 'Someone, hopefully you, asked for this address to get:',
    reports: (subnetworks: boolean) => `every new report${subnetworks ? ' (of its subnetworks too)' : ''}`,
    digest: (day: string, subnetworks: boolean) => `the coming meetings every ${day}${subnetworks ? ' (of its subnetworks too)' : ''}`,
    reminder: 'a reminder the day before',
    confirmAction: 'Yes, confirm',
    confirmIgnore: 'If that was not you, do nothing: without a confirmation we send nothing more and delete the address after 48 hours.',
    reportSubject: (network: string, title: string) => `${network}: ${title}`,
    reportHeading: (network: string) => `New report from ${network}`,
    readMore: 'Read the report',
    digestSubject: (network: string) => `${network}: the coming meetings`,
    digestHeading: (network: string) => `The coming meetings of ${network}`,
    digestIntro: 'In the next two weeks:',
    digestFooter: (network: string, day: string) => `You get this overview every ${day} because this address follows ${network}.`,
    reminderSubject: (title: string) => `Reminder: ${title}`,
    reminderHeading: (title: string) => `Coming up soon: ${title}`,
    calendar: 'Add to your calendar',
    cancelledSubject: (title: string) => `Cancelled: ${title}`,
    cancelledHeading: (title: string) => `${title} is cancelled`,
    cancelledIntro: (when: string) => `The meeting on ${when} is cancelled.`,
    online: 'Online',
  },
} satisfies Record<Locale, unknown>;

function frame(recipient: Recipient, footer = TEXTS[recipient.locale].footer(recipient.network)) {
  return { locale: recipient.locale, footer, unsubscribe: { label: TEXTS[recipient.locale].unsubscribe, url: recipient.unsubscribeUrl } };
}

/** A meeting as a line of a list: when, where, its badge, linking to its page. */
function meetingItem(event: WireEvent, locale: Locale): MailItem {
  const place = event.attendanceMode === 'online' ? TEXTS[locale].online : event.display.place;
  const lines = [event.statusLabel ? `${event.statusLabel}: ${event.display.when}` : event.display.when, place, event.note];
  return { title: event.title, url: event.url, lines: lines.filter((line): line is string => Boolean(line)) };
}

/** What a follower asked for, one line each: the confirmation mail and its page list them. */
export function askedFor(locale: Locale, request: Omit<ConfirmationRequest, 'confirmUrl'>, digestDayName: string): string[] {
  const words = TEXTS[locale];
  return [
    ...(request.reports ? [words.reports(request.subnetworks)] : []),
    ...(request.digest ? [words.digest(digestDayName, request.subnetworks)] : []),
    ...request.meetings.map((meeting) => `${words.reminder}: ${meeting}`),
  ];
}

export function confirmationMail(recipient: Recipient, request: ConfirmationRequest): MailContent {
  const words = TEXTS[recipient.locale];
  return {
    ...frame(recipient, words.confirmFooter(recipient.network)),
    subject: words.confirmSubject(recipient.network),
    heading: words.confirmHeading(recipient.network),
    paragraphs: [words.confirmIntro],
    items: askedFor(recipient.locale, request, recipient.digestDayName).map((title) => ({ title, url: null, lines: [] })),
    action: { label: words.confirmAction, url: request.confirmUrl },
    after: [words.confirmIgnore],
  };
}

export function reportMail(recipient: Recipient, report: WireReportCard): MailContent {
  const words = TEXTS[recipient.locale];
  return {
    ...frame(recipient),
    subject: words.reportSubject(report.network.name, report.title),
    heading: words.reportHeading(report.network.name),
    paragraphs: [],
    items: [{ title: report.title, url: report.url, lines: [report.display.when, ...(report.summary ? [report.summary] : [])] }],
    action: { label: words.readMore, url: report.url },
  };
}

export function digestMail(recipient: Recipient, meetings: WireEvent[]): MailContent {
  const words = TEXTS[recipient.locale];
  return {
    ...frame(recipient, words.digestFooter(recipient.network, recipient.digestDayName)),
    subject: words.digestSubject(recipient.network),
    heading: words.digestHeading(recipient.network),
    paragraphs: [words.digestIntro],
    items: meetings.map((meeting) => meetingItem(meeting, recipient.locale)),
  };
}

export function reminderMail(recipient: Recipient, meeting: WireEvent): MailContent {
  const words = TEXTS[recipient.locale];
  return {
    ...frame(recipient),
    subject: words.reminderSubject(meeting.title),
    heading: words.reminderHeading(meeting.title),
    paragraphs: meeting.summary ? [meeting.summary] : [],
    items: [meetingItem(meeting, recipient.locale)],
    action: { label: words.calendar, url: meeting.occurrence?.ics ?? meeting.ics },
  };
}

export function cancelledMail(recipient: Recipient, meeting: WireEvent): MailContent {
  const words = TEXTS[recipient.locale];
  return {
    ...frame(recipient),
    subject: words.cancelledSubject(meeting.title),
    heading: words.cancelledHeading(meeting.title),
    paragraphs: [words.cancelledIntro(meeting.display.when), ...(meeting.note ? [meeting.note] : [])],
    items: [{ title: meeting.title, url: meeting.url, lines: [] }],
  };
}
