/**
 * Following a network without an account: the contract between the widgets' follow dialog and
 * the server. A visitor follows by calendar (the network's calendar with the widget's filters,
 * added to their calendar app: calendarLinks below, the address from api-requests.ts
 * calendarFeedUrl) or, where the CMS sends e-mail, by e-mail: new reports, a weekly digest of the
 * coming meetings, a reminder the day before meetings they mark. Nothing is sent before the
 * address is confirmed; every mail ends it all with one click.
 */
import type { Locale, WireNetworkRef } from './wire';

/** The days a network may send its digest on (a network's `digestDay`). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_DIGEST_DAY: Weekday = 'monday';

/** The most meetings one follower may mark for a reminder. */
export const MOST_MARKED_MEETINGS = 50;

/**
 * `GET /api/treffpunkt/follow?network=<slug>&include=&kind=&tag=&locale=`: what the follow dialog
 * offers for a network, asked with the filters of the widget that shows it. Without e-mail
 * (`email: false`: the operator configured no mail server) it offers calendars only.
 */
export interface FollowOptionsResponse {
  data: {
    network: WireNetworkRef;
    /** The network's calendar to subscribe to (https), narrowed as asked (api-requests.ts calendarFeedUrl). */
    calendar: string;
    /** Whether this CMS sends e-mail: only then may the dialog offer following by e-mail. */
    email: boolean;
    /** Whether the network has subnetworks: only then may a follower choose them too. */
    subnetworks: boolean;
    /** The day of the network's weekly digest of coming meetings… */
    digestDay: Weekday;
    /** …in words, in the language asked for: "Montag", "Monday". */
    digestDayName: string;
  };
}

/** A meeting the visitor marks for a reminder the day before: its slug and, of a series, the date (WireEvent.occurrence.date). */
export interface MarkedMeeting {
  event: string;
  date?: string;
}

/**
 * The body of `POST /api/treffpunkt/follow` (JSON): follow a network by e-mail. At least one of
 * `reports`, `digest` and `remind`. Following the same network again adds to what the address
 * gets, once that is confirmed too.
 */
export interface FollowRequest {
  email: string;
  /** The network's slug. */
  network: string;
  /** The network's subnetworks too (reports and meetings of its Fachbereiche). */
  include?: 'subnetworks';
  /** A mail for each new report. */
  reports?: boolean;
  /** Once a week, on the network's digest day, the coming meetings. */
  digest?: boolean;
  /** A reminder the day before each of these meetings, and word when one is cancelled. */
  remind?: MarkedMeeting[];
  /** The language of every mail, and of the pages their links open. */
  locale?: Locale;
}

/**
 * `POST /api/treffpunkt/follow` answers 202 with this, whatever the address (new, waiting for its
 * confirmation, following already): a confirmation mail is on its way where one is due. Errors
 * are the API's (400 naming the parameter, 404 for an unknown network or where the CMS sends no
 * e-mail, 429 with Retry-After when this client asked too often).
 */
export interface FollowAcceptedResponse {
  data: { accepted: true };
}

export const CALENDAR_PROVIDERS = ['google', 'outlook', 'apple', 'thunderbird', 'copy'] as const;
export type CalendarProvider = (typeof CALENDAR_PROVIDERS)[number];

/** One way into a calendar app: a link to open, or the address to copy and paste there. */
export interface CalendarLink {
  provider: CalendarProvider;
  /** The app's name, e.g. "Google Kalender". */
  name: string;
  /** `open`: a link; `copy`: the https address to paste in the app (the dialog shows it once, with a copy button). */
  action: 'open' | 'copy';
  url: string;
  /** One sentence of help: what happens, or what to do with the address. */
  help: string;
}

type ProviderTexts = Record<CalendarProvider, { name: string; help: string }>;

const PROVIDER_TEXTS: Record<Locale, ProviderTexts> = {
  de: {
    google: {
      name: 'Google Kalender',
      help: 'Öffnet Google Kalender im Browser, wo Sie das Hinzufügen bestätigen; die Treffen erscheinen nach einiger Zeit und bleiben aktuell.',
    },
    outlook: {
      name: 'Outlook',
      help: 'Öffnet Outlook im Browser (Outlook.com) zum Abonnieren; für ein Konto der Arbeit oder Schule die Adresse unten kopieren und in Outlook unter „Kalender hinzufügen“ → „Aus dem Internet abonnieren“ einfügen.',
    },
    apple: {
      name: 'Apple Kalender (iPhone, iPad, Mac)',
      help: 'Öffnet die Kalender-App auf iPhone, iPad oder Mac, die fragt, ob sie den Kalender abonnieren soll.',
    },
    thunderbird: {
      name: 'Thunderbird',
      help: 'In Thunderbird unter „Neuer Kalender“ → „Im Netzwerk“ die Adresse unten einfügen.',
    },
    copy: {
      name: 'Andere Kalender-Apps',
      help: 'Die Adresse unten kopieren und in der App als Kalender-Abonnement („aus dem Internet“, „per URL“) einfügen.',
    },
  },
  en: {
    google: {
      name: 'Google Calendar',
      help: 'Opens Google Calendar in your browser, where you confirm adding it; the meetings appear after a while and are kept up to date.',
    },
    outlook: {
      name: 'Outlook',
      help: 'Opens Outlook on the web (Outlook.com) to subscribe; for a work or school account, copy the address below and paste it in Outlook under "Add calendar" → "Subscribe from web".',
    },
    apple: {
      name: 'Apple Calendar (iPhone, iPad, Mac)',
      help: 'Opens the Calendar app on an iPhone, iPad or Mac, which asks whether to subscribe to the calendar.',
    },
    thunderbird: {
      name: 'Thunderbird',
      help: 'In Thunderbird, choose "New Calendar" → "On the Network" and paste the address below.',
    },
    copy: {
      name: 'Other calendar apps',
      help: 'Copy the address below and add it in the app as a calendar subscription ("from the web", "by URL").',
    },
  },
};

/**
 * The ways to subscribe to the calendar at `feedUrl` (api-requests.ts calendarFeedUrl), in the
 * order the dialog offers them, named and explained in `locale`. `calendarName` is what Outlook
 * calls the new calendar, e.g. the network's name.
 */
export function calendarLinks(feedUrl: string, calendarName: string, locale: Locale): CalendarLink[] {
  const webcal = feedUrl.replace(/^https?:/, 'webcal:');
  const urls: Record<CalendarProvider, string> = {
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(calendarName)}`,
    apple: webcal,
    thunderbird: feedUrl,
    copy: feedUrl,
  };
  return CALENDAR_PROVIDERS.map((provider) => ({
    provider,
    ...PROVIDER_TEXTS[locale][provider],
    action: provider === 'thunderbird' || provider === 'copy' ? 'copy' : 'open',
    url: urls[provider],
  }));
}

/** One of the follow texts with its `{name}`s filled in. */
export const fillFollowText = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** The dialog's own words; `{network}`, `{day}`, `{meeting}` and `{email}` are filled in by the dialog (fillFollowText). */
export interface FollowTexts {
  /** The button that opens the dialog, and its accessible name. */
  button: string;
  title: string;
  /** The choice of network, where a widget shows several. */
  network: string;
  calendarHeading: string;
  calendarIntro: string;
  /** The calendar's address, shown to copy. */
  address: string;
  copy: string;
  copied: string;
  emailHeading: string;
  emailIntro: string;
  emailLabel: string;
  /** What to get by e-mail: the legend of the choices. */
  choices: string;
  reports: string;
  digest: string;
  remind: string;
  subnetworks: string;
  submit: string;
  /** After the POST was accepted: says nothing about whether the address followed before. */
  accepted: string;
  privacy: string;
  invalidEmail: string;
  nothingChosen: string;
  tooMany: string;
  failed: string;
  close: string;
}

export const FOLLOW_TEXTS: Record<Locale, FollowTexts> = {
  de: {
    button: 'Folgen',
    title: '{network} folgen',
    network: 'Netzwerk',
    calendarHeading: 'Im Kalender',
    calendarIntro: 'Die Treffen, die hier gezeigt werden, erscheinen in Ihrem Kalender und bleiben aktuell.',
    address: 'Adresse des Kalenders',
    copy: 'Adresse kopieren',
    copied: 'Adresse kopiert',
    emailHeading: 'Per E-Mail',
    emailIntro: 'Ohne Konto: Sie bekommen eine E-Mail mit einem Link zum Bestätigen, vorher schicken wir nichts.',
    emailLabel: 'E-Mail-Adresse',
    choices: 'Was möchten Sie bekommen?',
    reports: 'Neue Berichte',
    digest: 'Jede Woche am {day} die kommenden Treffen',
    remind: 'Erinnerung am Tag vor „{meeting}“',
    subnetworks: 'Mit den untergeordneten Netzwerken',
    submit: 'Folgen',
    accepted:
      'Danke! Wenn die Adresse {email} E-Mails empfangen kann, kommt gleich eine E-Mail mit einem Link zum Bestätigen. Erst danach schicken wir etwas.',
    privacy:
      'Wir speichern nur die Adresse, Ihre Auswahl und die Sprache. Jede E-Mail hat einen Link, der alles mit einem Klick beendet und die Adresse löscht.',
    invalidEmail: 'Bitte eine vollständige E-Mail-Adresse angeben, z. B. name@example.org.',
    nothingChosen: 'Bitte mindestens eins auswählen.',
    tooMany: 'Gerade kamen zu viele Anfragen von hier; bitte später noch einmal versuchen.',
    failed: 'Das hat nicht geklappt; bitte später noch einmal versuchen.',
    close: 'Schließen',
  },
  en: {
    button: 'Follow',
    title: 'Follow {network}',
    network: 'Network',
    calendarHeading: 'In your calendar',
    calendarIntro: 'The meetings shown here appear in your calendar and are kept up to date.',
    address: 'Address of the calendar',
    copy: 'Copy the address',
    copied: 'Address copied',
    emailHeading: 'By e-mail',
    emailIntro: 'No account needed: you get an e-mail with a link to confirm; we send nothing before that.',
    emailLabel: 'E-mail address',
    choices: 'What would you like to get?',
    reports: 'New reports',
    digest: 'The coming meetings, every week on {day}',
    remind: 'A reminder the day before "{meeting}"',
    subnetworks: 'With its subnetworks',
    submit: 'Follow',
    accepted: 'Thank you! If {email} can receive e-mail, a message with a link to confirm is on its way. We send nothing else before that.',
    privacy:
      'We keep only the address, your choices and the language. Every e-mail has a link that ends it all with one click and deletes the address.',
    invalidEmail: 'Please give a whole e-mail address, e.g. name@example.org.',
    nothingChosen: 'Please choose at least one.',
    tooMany: 'Too many requests came from here just now; please try again later.',
    failed: 'That did not work; please try again later.',
    close: 'Close',
  },
};
