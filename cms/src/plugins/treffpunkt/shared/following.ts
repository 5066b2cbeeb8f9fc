/**
 * Following a network without an account: the contract between the widgets' follow dialog and
 * the server. A visitor follows by calendar (the network's calendar with the widget's filters,
 * added to their calendar app: calendarLinks below, the address from api-requests.ts
 * calendarFeedUrl) or, where the CMS sends e-mail, by e-mail: new reports, a weekly digest of the
 * coming meetings, a reminder the day before meetings they mark. Nothing is sent before the
 * address is confirmed; every mail ends it all with one click.
 */
import { apiRequestUrl } from './api-requests';
import { API_PATH, FOLLOW_PATH } from './public-routes';
import type { Locale, WireNetworkRef } from './wire';

/** The days a network may send its digest on (a network's `digestDay`). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_DIGEST_DAY: Weekday = 'monday';

/** The most meetings one follower may mark for a reminder. */
export const MOST_MARKED_MEETINGS = 50;

/**
 * `GET /api/treffpunkt/follow?network=<slug>&locale=`: what the follow dialog offers for a network.
 * Without e-mail (`email: false`: the operator configured no mail server) it offers calendars only.
 */
export interface FollowOptionsResponse {
  data: {
    network: WireNetworkRef;
    /** Whether this CMS sends e-mail: only then may the dialog offer following by e-mail. */
    email: boolean;
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

/** The address of the follow dialog's options. `cms` ends with a slash. */
export const followOptionsUrl = (cms: string, network: string, locale: Locale) =>
  apiRequestUrl(cms, FOLLOW_PATH, { network: network.trim() }, locale);

/** Where the dialog POSTs a FollowRequest. `cms` ends with a slash. */
export const followUrl = (cms: string) => new URL(`${API_PATH}/${FOLLOW_PATH}`, cms).href;

export const CALENDAR_PROVIDERS = ['google', 'outlook', 'apple', 'thunderbird', 'copy'] as const;
export type CalendarProvider = (typeof CALENDAR_PROVIDERS)[number];

/** One way into a calendar app: a link to open, or the address to copy and paste there. */
export interface CalendarLink {
  provider: CalendarProvider;
  /** The app's name, e.g. "Google Kalender". */
  name: string;
  /** `open`: a link; `copy`: the https address, shown with a copy button. */
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
      help: 'Öffnet Google Kalender im Browser; dort das Hinzufügen bestätigen. Die Treffen erscheinen nach einiger Zeit und bleiben dann aktuell.',
    },
    outlook: {
      name: 'Outlook',
      help: 'Öffnet Outlook im Browser (Outlook.com); dort „Importieren“ wählen. Für ein Konto der Arbeit oder Schule die Adresse kopieren und in Outlook unter „Kalender hinzufügen“ → „Aus dem Internet abonnieren“ einfügen.',
    },
    apple: {
      name: 'Apple Kalender (iPhone, iPad, Mac)',
      help: 'Öffnet die Kalender-App auf iPhone, iPad oder Mac, die fragt, ob sie den Kalender abonnieren soll.',
    },
    thunderbird: {
      name: 'Thunderbird',
      help: 'In Thunderbird unter „Neuer Kalender“ → „Im Netzwerk“ diese Adresse einfügen.',
    },
    copy: {
      name: 'Adresse kopieren',
      help: 'Für jede andere Kalender-App: die Adresse kopieren und dort als Kalender-Abonnement („aus dem Internet“, „per URL“) einfügen.',
    },
  },
  en: {
    google: {
      name: 'Google Calendar',
      help: 'Opens Google Calendar in your browser; confirm adding it there. The meetings appear after a while and are kept up to date.',
    },
    outlook: {
      name: 'Outlook',
      help: 'Opens Outlook on the web (Outlook.com); choose "Import" there. For a work or school account, copy the address and paste it in Outlook under "Add calendar" → "Subscribe from web".',
    },
    apple: {
      name: 'Apple Calendar (iPhone, iPad, Mac)',
      help: 'Opens the Calendar app on an iPhone, iPad or Mac, which asks whether to subscribe to the calendar.',
    },
    thunderbird: {
      name: 'Thunderbird',
      help: 'In Thunderbird, choose "New Calendar" → "On the Network" and paste this address.',
    },
    copy: {
      name: 'Copy the address',
      help: 'For any other calendar app: copy the address and add it there as a calendar subscription ("from the web", "by URL").',
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

/** The dialog's own words; `{network}`, `{day}`, `{meeting}` and `{email}` are filled in by the dialog. */
export interface FollowTexts {
  /** The button that opens the dialog, and its accessible name. */
  button: string;
  title: string;
  calendarHeading: string;
  calendarIntro: string;
  copied: string;
  emailHeading: string;
  emailIntro: string;
  emailLabel: string;
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
    calendarHeading: 'Im Kalender',
    calendarIntro: 'Die Treffen, die hier gezeigt werden, erscheinen in Ihrem Kalender und bleiben aktuell.',
    copied: 'Adresse kopiert',
    emailHeading: 'Per E-Mail',
    emailIntro: 'Ohne Konto: Sie bekommen eine E-Mail mit einem Link zum Bestätigen, vorher schicken wir nichts.',
    emailLabel: 'E-Mail-Adresse',
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
    calendarHeading: 'In your calendar',
    calendarIntro: 'The meetings shown here appear in your calendar and are kept up to date.',
    copied: 'Address copied',
    emailHeading: 'By e-mail',
    emailIntro: 'No account needed: you get an e-mail with a link to confirm; we send nothing before that.',
    emailLabel: 'E-mail address',
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
