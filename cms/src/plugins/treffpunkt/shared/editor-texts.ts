/**
 * What editors read in the content manager: the name of every field and a short help text,
 * in German and English. The admin panel shows the language of the editor's admin profile;
 * the server stores the English texts in the content-manager configuration, where an admin
 * may still change them ("Configure the view").
 */
import { ATTACHMENT_KINDS } from './attachments';
import { CONTENT_TYPES, SOURCE } from './content-types';
import { bilingual as t, type Bilingual } from './locales';

export interface FieldText {
  label: Bilingual;
  help?: Bilingual;
}

/** Content types and components, by uid; each field by attribute name. */
export type ModelTexts = Record<string, Record<string, FieldText>>;

const field = (label: Bilingual, help?: Bilingual): FieldText => (help ? { label, help } : { label });

const SLUG_HELP = t(
  'Teil der Adresse, z. B. für Links auf Ihre Website; wird aus dem Titel vorgeschlagen. Kleinbuchstaben, Ziffern, Bindestriche.',
  'Part of the address, e.g. for links from your website; suggested from the title. Lower-case letters, digits, hyphens.',
);
const CONTACT_HELP = t(
  'Ansprechperson. Jede Angabe erscheint nur öffentlich, wenn „öffentlich“ daneben eingeschaltet ist.',
  'Contact person. Each detail is shown publicly only when "public" next to it is switched on.',
);
const IMAGE_HELP = t(
  'Bitte in der Medienbibliothek eine Bildbeschreibung (Alternativtext) eintragen, sonst kann nicht veröffentlicht werden.',
  'Please add an alternative text in the media library; without it the entry cannot be published.',
);
const ATTACHMENTS_FIELD = field(
  t('Anhänge', 'Attachments'),
  t(
    'Protokoll, Präsentation, Fotodokumentation: Dateien mit je einem Titel. Öffentlich, sobald veröffentlicht wird.',
    'Minutes, slides, photo documentation: files with a title each. Public once this is published.',
  ),
);
const NETWORK_HELP = t(
  'Zu welchem Netzwerk gehört das? Pflicht vor dem Veröffentlichen.',
  'Which network does it belong to? Required before publishing.',
);
const PUBLIC_SWITCH = t('öffentlich', 'public');
const TAGS_FIELD = field(
  t('Schlagworte', 'Tags'),
  t(
    'Kleinbuchstaben, z. B. „jugendhilfe“; Websites und Kalender-Abos können danach filtern.',
    'Lower case, e.g. "youth-work"; websites and calendar subscriptions can filter by them.',
  ),
);

export const DISPLAY_NAMES: Record<string, Bilingual> = {
  Network: t('Netzwerke', 'Networks'),
  Event: t('Treffen', 'Meetings'),
  Report: t('Berichte', 'Reports'),
  Source: t('Quellen', 'Sources'),
};

export const FIELD_TEXTS: ModelTexts = {
  [CONTENT_TYPES.network]: {
    name: field(t('Name', 'Name'), t('Wie das Netzwerk sich selbst nennt.', 'What the network calls itself.')),
    slug: field(
      t('Kurzname (Adresse)', 'Short name (address)'),
      t(
        'Steht im Code-Schnipsel (network="…"); nach dem Einbinden auf Websites nicht mehr ändern.',
        'Used in the snippet (network="…"); do not change it once websites use it.',
      ),
    ),
    kind: field(t('Art', 'Kind'), t('Verein, Verband, Netzwerk, Projekt …', 'Association, federation, network, project …')),
    shortDescription: field(
      t('Kurzbeschreibung', 'Short description'),
      t('Ein bis zwei Sätze, z. B. für Feeds und Übersichten.', 'One or two sentences, e.g. for feeds and overviews.'),
    ),
    description: field(t('Beschreibung', 'Description')),
    region: field(
      t('Region', 'Region'),
      t('Wo das Netzwerk aktiv ist, z. B. „Niedersachsen“.', 'Where the network is active, e.g. "Lower Saxony".'),
    ),
    website: field(t('Website', 'Website'), t('Mit https:// am Anfang.', 'Starting with https://.')),
    reportPageTemplate: field(
      t('Berichtsseite auf der eigenen Website', 'Report page on your own website'),
      t(
        'Nur wenn Ihre Website jeden Bericht auf einer eigenen Seite zeigt: deren Adresse, {slug} steht für den Kurznamen des Berichts, z. B. https://example.org/berichte/{slug}. Diese Adresse gilt dann überall (Feeds, Suchmaschinen, Teilen, Widgets).',
        "Only if your website shows each report on a page of its own: that page's address, {slug} stands for the report's short name, e.g. https://example.org/reports/{slug}. That address is then used everywhere (feeds, search engines, sharing, widgets).",
      ),
    ),
    meetingPageTemplate: field(
      t('Terminseite auf der eigenen Website', 'Meeting page on your own website'),
      t(
        'Wie die Berichtsseite, für Treffen: z. B. https://example.org/termine/{slug}. Leer lassen, wenn es keine gibt.',
        'As the report page, for meetings: e.g. https://example.org/events/{slug}. Leave empty if there is none.',
      ),
    ),
    logo: field(t('Logo', 'Logo'), IMAGE_HELP),
    contact: field(t('Kontakt', 'Contact'), CONTACT_HELP),
    parent: field(
      t('Übergeordnetes Netzwerk', 'Parent network'),
      t(
        'Nur für Fachbereiche oder Regionalgruppen: das Netzwerk, zu dem dieses gehört.',
        'Only for sections or regional groups: the network this one belongs to.',
      ),
    ),
    children: field(
      t('Untergeordnete Netzwerke', 'Child networks'),
      t('Wird über „Übergeordnetes Netzwerk“ der anderen gepflegt.', 'Set through the "parent network" of the others.'),
    ),
    members: field(t('Mitgliedsorganisationen', 'Member organisations')),
    digestDay: field(
      t('Tag der Wochenübersicht', 'Day of the weekly digest'),
      t(
        'An diesem Tag bekommen alle, die dem Netzwerk per E-Mail folgen und es gewählt haben, die kommenden Treffen.',
        'On this day, everyone who follows the network by e-mail and chose it gets the coming meetings.',
      ),
    ),
  },
  [CONTENT_TYPES.event]: {
    title: field(t('Titel', 'Title'), t('z. B. „Herbsttreffen 2026“.', 'e.g. "Autumn meeting 2026".')),
    slug: field(t('Kurzname (Adresse)', 'Short name (address)'), SLUG_HELP),
    network: field(t('Netzwerk', 'Network'), NETWORK_HELP),
    kind: field(
      t('Art des Treffens', 'Kind of meeting'),
      t('Arbeitstreffen, Workshop, Fachvernetzung, Tagung …', 'Meeting, workshop, networking meeting, conference …'),
    ),
    start: field(
      t('Beginn', 'Start'),
      t('Datum und Uhrzeit so, wie die Uhr am Ort des Treffens sie zeigt (Zeitzone unten).', 'Date and time in the time zone below.'),
    ),
    end: field(
      t('Ende', 'End'),
      t(
        'Leer lassen, wenn offen; bei mehrtägigen Treffen der letzte Tag.',
        'Leave empty if open; for meetings of several days, the last day.',
      ),
    ),
    allDay: field(t('Ganztägig', 'All day'), t('Uhrzeiten werden dann nicht angezeigt.', 'Times are not shown then.')),
    recurrence: field(
      t('Wiederholung', 'Repeats'),
      t(
        'Für Treffen mit festem Rhythmus: wöchentlich oder monatlich. Der Beginn oben ist der erste Termin; einzelne Termine können abgesagt oder verschoben werden.',
        'For meetings on a rhythm: weekly or monthly. The start above is the first meeting; single dates can be cancelled or moved.',
      ),
    ),
    timeZone: field(t('Zeitzone', 'Time zone'), t('Meist „Europe/Berlin“.', 'Usually "Europe/Berlin".')),
    datePrecision: field(
      t('Genauigkeit des Datums', 'Date precision'),
      t(
        '„Nur der Monat“, wenn nur der Monat feststeht („im März“); „Nur der Tag“, wenn die Uhrzeit noch offen ist.',
        '"Month only" when only the month is known ("in March"); "Day only" when the time is still open.',
      ),
    ),
    eventStatus: field(
      t('Stand', 'Status'),
      t(
        'Geplant, vorläufig, abgesagt oder verschoben: wird auf der Website als Hinweis gezeigt.',
        'Planned, tentative, cancelled or postponed: shown as a badge on websites.',
      ),
    ),
    attendanceMode: field(t('Teilnahme', 'Attendance'), t('Vor Ort, online oder beides.', 'In person, online or both.')),
    venue: field(t('Ort', 'Venue'), t('Adresse für Karte und Kalender.', 'Address for the map and calendars.')),
    onlineUrl: field(
      t('Online-Link', 'Online link'),
      t('Nur öffentlich, wenn der Schalter darunter an ist.', 'Public only when the switch below is on.'),
    ),
    onlineUrlPublic: field(t('Online-Link öffentlich zeigen', 'Show the online link publicly')),
    agenda: field(t('Tagesordnung', 'Agenda')),
    registrationUrl: field(
      t('Anmeldung (Link)', 'Registration (link)'),
      t('Webadresse oder mailto:-Adresse für die Anmeldung.', 'Web address or mailto: address for registration.'),
    ),
    registrationDeadline: field(t('Anmeldeschluss', 'Registration deadline')),
    capacity: field(
      t('Plätze', 'Places'),
      t('Wie viele teilnehmen können (nicht: wie viele kamen).', 'How many can take part (not: how many came).'),
    ),
    host: field(t('Gastgeber', 'Host'), t('Wer einlädt oder ausrichtet.', 'Who invites or hosts.')),
    summary: field(
      t('Kurztext', 'Summary'),
      t('Ein bis zwei Sätze, erscheinen im Widget und im Kalender.', 'One or two sentences, shown in the widget and in calendars.'),
    ),
    description: field(t('Beschreibung', 'Description')),
    image: field(t('Bild', 'Image'), IMAGE_HELP),
    attachments: ATTACHMENTS_FIELD,
    tags: TAGS_FIELD,
  },
  [CONTENT_TYPES.report]: {
    title: field(t('Titel', 'Title'), t('z. B. „Bericht vom Herbsttreffen“.', 'e.g. "Report of the autumn meeting".')),
    slug: field(t('Kurzname (Adresse)', 'Short name (address)'), SLUG_HELP),
    summary: field(
      t('Kurzfassung', 'Summary'),
      t('Zwei, drei Sätze: erscheinen in der Übersicht und im Feed.', 'Two or three sentences: shown in the overview and the feed.'),
    ),
    body: field(t('Bericht', 'Report')),
    network: field(t('Netzwerk', 'Network'), NETWORK_HELP),
    event: field(
      t('Treffen', 'Meeting'),
      t(
        'Das Treffen, von dem berichtet wird: Datum und Ort kommen dann von dort.',
        'The meeting this reports on: date and place are then taken from it.',
      ),
    ),
    occurrence: field(
      t('Termin der Reihe', 'Date in the series'),
      t(
        'Nur bei einem Treffen, das sich wiederholt: das Datum des Termins, von dem berichtet wird.',
        'Only for a meeting that repeats: the date of the meeting this reports on.',
      ),
    ),
    meetingStart: field(
      t('Datum des Treffens', 'Meeting date'),
      t('Nur nötig, wenn kein Treffen verknüpft ist.', 'Only needed when no meeting is linked.'),
    ),
    meetingEnd: field(
      t('Letzter Tag des Treffens', 'Last day of the meeting'),
      t('Nur bei mehrtägigen Treffen.', 'Only for meetings of several days.'),
    ),
    place: field(t('Ort', 'Place'), t('z. B. „Hannover“ oder „online“.', 'e.g. "Hanover" or "online".')),
    author: field(t('Verfasst von', 'Written by')),
    participants: field(
      t('Teilnehmende', 'Participants'),
      t('Wie viele dabei waren; leer lassen, wenn unbekannt.', 'How many took part; leave empty if unknown.'),
    ),
    outcomes: field(t('Ergebnisse', 'Outcomes'), t('Je Ergebnis ein kurzer Satz.', 'One short sentence per outcome.')),
    nextSteps: field(t('Nächste Schritte', 'Next steps')),
    cover: field(t('Titelbild', 'Cover image'), IMAGE_HELP),
    gallery: field(t('Bildergalerie', 'Gallery'), IMAGE_HELP),
    attachments: ATTACHMENTS_FIELD,
    tags: TAGS_FIELD,
    contact: field(t('Kontakt', 'Contact'), CONTACT_HELP),
    publicationDate: field(
      t('Veröffentlichungsdatum', 'Publication date'),
      t('Bestimmt die Reihenfolge; leer = heute.', 'Decides the order; empty = today.'),
    ),
  },
  [SOURCE]: {
    name: field(t('Name', 'Name'), t('Wie die Geschäftsstelle die Quelle nennt.', 'What the office calls the source.')),
    url: field(
      t('Adresse', 'Address'),
      t(
        'Mit https://. Treffpunkt: die Seite oder API-Adresse des Netzwerks auf der anderen Installation; Feed: die Adresse des RSS-, Atom- oder JSON-Feeds; Kalender: die Adresse des iCal-Exports.',
        "With https://. Treffpunkt: the network's page or API address on the other install; feed: the address of the RSS, Atom or JSON feed; calendar: the address of the iCal export.",
      ),
    ),
    format: field(t('Art', 'Kind')),
    network: field(
      t('Netzwerk', 'Network'),
      t(
        'Zu welchem Netzwerk hier die gespiegelten Treffen und Berichte gehören, meist ein Mitglied des Verbands.',
        'Which network here the mirrored meetings and reports belong to, usually a member of the federation.',
      ),
    ),
    includeSubnetworks: field(
      t('Mit untergeordneten Netzwerken', 'With subnetworks'),
      t(
        'Nur für Treffpunkt-Quellen: auch die Treffen und Berichte der Netzwerke unter dem gefolgten.',
        'Treffpunkt sources only: also the meetings and reports of the networks below the one followed.',
      ),
    ),
  },
  'treffpunkt.agenda-item': {
    time: field(t('Uhrzeit', 'Time'), t('z. B. „10:00“.', 'e.g. "10:00".')),
    topic: field(t('Thema', 'Topic')),
  },
  'treffpunkt.attachment': {
    title: field(
      t('Titel', 'Title'),
      t('Wie der Link heißt, z. B. „Protokoll“ oder „Präsentation“.', 'What the link says, e.g. "Minutes" or "Slides".'),
    ),
    file: field(t('Datei', 'File'), t(`Aus der Medienbibliothek: ${ATTACHMENT_KINDS}.`, `From the media library: ${ATTACHMENT_KINDS}.`)),
  },
  'treffpunkt.contact': {
    name: field(t('Name', 'Name')),
    namePublic: field(PUBLIC_SWITCH),
    role: field(t('Funktion', 'Role')),
    rolePublic: field(PUBLIC_SWITCH),
    email: field(t('E-Mail', 'Email')),
    emailPublic: field(PUBLIC_SWITCH),
    phone: field(t('Telefon', 'Phone')),
    phonePublic: field(PUBLIC_SWITCH),
  },
  'treffpunkt.member-organisation': {
    name: field(t('Name', 'Name')),
    website: field(t('Website', 'Website')),
    region: field(t('Region', 'Region')),
  },
  'treffpunkt.outcome': {
    text: field(t('Ergebnis', 'Outcome')),
  },
  'treffpunkt.person': {
    name: field(t('Name', 'Name')),
    role: field(t('Funktion oder Organisation', 'Role or organisation')),
  },
  'treffpunkt.tag': {
    name: field(t('Schlagwort', 'Tag')),
  },
  'treffpunkt.venue': {
    name: field(t('Name des Ortes', 'Name of the place'), t('z. B. „Haus der Jugend“.', 'e.g. "Youth centre".')),
    street: field(t('Straße und Hausnummer', 'Street and number')),
    postalCode: field(t('Postleitzahl', 'Postal code')),
    city: field(t('Ort', 'City')),
    latitude: field(t('Breitengrad', 'Latitude'), t('Optional, für die Karte.', 'Optional, for the map.')),
    longitude: field(t('Längengrad', 'Longitude'), t('Optional, für die Karte.', 'Optional, for the map.')),
  },
};

/** Content types are `plugin::…` uids; components are `category.name`. */
export const isComponentUid = (uid: string) => !uid.includes('::');
