/**
 * Demo content for Treffpunkt.
 *
 * Written in our own words from the facts of five published meeting reports
 * (the project's seed reports). Past meetings keep the dates, places, names and
 * outcomes those reports give; upcoming meetings are invented follow-ups and
 * are dated relative to the day the demo is seeded, so a "next meeting"
 * always exists.
 *
 * Conventions the seeder relies on:
 * - Networks are listed parents first.
 * - All times are local to Europe/Berlin unless `timeZone` says otherwise.
 * - All-day meetings with absolute dates start at 00:00 of the first day and
 *   end at 23:59 of the last day (inclusive).
 * - Relative dates: `startInDays` counts calendar days from the seeding day
 *   (0 = today, -1 = yesterday). `durationDays` is the number of calendar days
 *   the meeting spans (1 = ends on the day it starts, 3 = ends two days later);
 *   `endTime` is the time on that last day. Without `startTime` the meeting
 *   has no known start time (all-day or `datePrecision` 'day'/'month').
 * - `registrationDeadlineInDays` counts from the seeding day, like `startInDays`.
 * - Contact details are fictional (example.org); no real person's email or
 *   phone number appears here.
 */
import type { Weekday, WeekdayPosition } from 'treffpunkt-shared/recurrence';
import type { AttendanceMode, DatePrecision, EventKind, EventStatus, NetworkKind } from 'treffpunkt-shared/wire';

export type BlockText = string; // a paragraph; the seeder turns each string into a Strapi 'paragraph' block
export interface DemoTexts {
  de: string;
  en?: string;
}
export interface DemoNetwork {
  slug: string;
  name: string;
  kind: NetworkKind;
  parentSlug?: string;
  shortDescription: DemoTexts;
  description: { de: BlockText[]; en?: BlockText[] };
  region?: DemoTexts;
  website?: string;
  contact?: {
    name?: string;
    namePublic?: boolean;
    role?: string;
    rolePublic?: boolean;
    email?: string;
    emailPublic?: boolean;
    phone?: string;
    phonePublic?: boolean;
  };
  members?: { name: string; website?: string; region?: string }[];
}
/**
 * Dates of past meetings are absolute; upcoming ones are offsets from the seeding day. A series
 * began some weeks before the seeding day and goes on: weekly on a weekday, or monthly on a
 * weekday position; one of its coming occurrences may be cancelled with a note.
 */
export type DemoWhen =
  | { kind: 'absolute'; start: string /* ISO with offset e.g. 2023-11-03T10:00:00+01:00 */; end?: string }
  | { kind: 'relative'; startInDays: number; startTime?: string /* 'HH:MM' local */; durationDays?: number; endTime?: string }
  | {
      kind: 'series';
      repeats: { weekly: Weekday } | { monthly: { position: WeekdayPosition; weekday: Weekday } };
      startTime: string;
      endTime: string;
      /** The how-manieth coming occurrence (1: the next) is cancelled, and why. */
      cancelled?: { upcoming: number; note: DemoTexts };
    };
export interface DemoEvent {
  slug: string;
  networkSlug: string;
  title: DemoTexts;
  kind: EventKind;
  when: DemoWhen;
  allDay?: boolean;
  timeZone?: string;
  datePrecision?: DatePrecision;
  eventStatus?: EventStatus;
  attendanceMode?: AttendanceMode;
  venue?: { name?: string; street?: string; postalCode?: string; city?: string; latitude?: number; longitude?: number };
  onlineUrl?: string;
  onlineUrlPublic?: boolean;
  agenda?: { time?: string; topic: DemoTexts }[];
  registrationUrl?: string;
  registrationDeadlineInDays?: number;
  capacity?: number;
  host?: string;
  summary?: DemoTexts;
  description?: { de: BlockText[]; en?: BlockText[] };
}
export interface DemoReport {
  slug: string;
  networkSlug: string;
  eventSlug?: string;
  title: DemoTexts;
  summary: DemoTexts;
  body: { de: BlockText[]; en?: BlockText[] }; // several paragraphs, 120-300 words in all
  meetingStart?: string;
  meetingEnd?: string;
  place?: DemoTexts; // YYYY-MM-DD, only when no event is linked
  author?: { name: string; role?: string };
  participants?: number;
  outcomes?: { de: string[]; en?: string[] };
  nextSteps?: { de: BlockText[]; en?: BlockText[] };
  tags?: string[]; // lower-case, hyphenated
  contact?: DemoNetwork['contact'];
  publicationDate: string; // YYYY-MM-DD
}
export interface DemoContent {
  networks: DemoNetwork[];
  events: DemoEvent[];
  reports: DemoReport[];
}

/* City-centre coordinates, good enough for a map pin. */
const BERLIN = { city: 'Berlin', latitude: 52.52, longitude: 13.405 } as const;
const HANNOVER = { postalCode: '30159', city: 'Hannover', latitude: 52.3744, longitude: 9.7386 } as const;
const DUESSELDORF = { postalCode: '40213', city: 'Düsseldorf', latitude: 51.2277, longitude: 6.7735 } as const;
const GIFHORN = { postalCode: '38518', city: 'Gifhorn', latitude: 52.4833, longitude: 10.55 } as const;
const PEVESTORF = { postalCode: '29478', city: 'Pevestorf', latitude: 53.0667, longitude: 11.45 } as const;

const networks: DemoNetwork[] = [
  {
    slug: 'jetzt',
    name: 'JETZT e.V.',
    kind: 'peer-network',
    shortDescription: {
      de: 'Netzwerk von Peers, die selbst Workshops anleiten. Seit September 2018 ein eingetragener Verein, begleitet vom Bündnis für Demokratie und Toleranz (BfDT).',
      en: 'A network of peers who run workshops themselves. A registered association since September 2018, supported by the Alliance for Democracy and Tolerance (BfDT).',
    },
    description: {
      de: [
        'Bei JETZT e.V. haben sich Peers zusammengeschlossen, die Workshops nicht nur besuchen, sondern selbst gestalten und leiten. Im September 2018 gaben sie ihrem Netzwerk mit der Gründung eines Vereins eine feste Form und übernahmen damit selbst die Verantwortung für seine Zukunft.',
        'Kern der praktischen Arbeit sind die AvO-Workshops, die von Peers organisiert und durchgeführt werden. Das Bündnis für Demokratie und Toleranz (BfDT) unterstützt das Netzwerk dabei, eigenständig zu arbeiten. Regelmäßige Arbeitstreffen dienen dazu, Aufgaben zu verteilen, Themen für neue Workshops zu finden und neue Mitglieder zu gewinnen.',
      ],
      en: [
        'JETZT e.V. brings together peers who do not just attend workshops but design and lead them. In September 2018 they founded an association, giving their network a formal structure and taking its future into their own hands.',
        'The heart of its practical work are the AvO workshops, organised and delivered by peers. The Alliance for Democracy and Tolerance (BfDT) supports the network as it learns to stand on its own feet. Regular working meetings are where tasks are shared out, topics for new workshops are chosen and new members are recruited.',
      ],
    },
    region: { de: 'Berlin', en: 'Berlin' },
    website: 'https://example.org/jetzt',
  },
  {
    slug: 'zwh',
    name: 'Modellinitiative der ZWH',
    kind: 'project',
    shortDescription: {
      de: 'Initiative, die von der ZWH in Düsseldorf koordiniert und mit vier Pilotierungskammern erprobt wird. Ehrenamtliche Handwerker*innen unterstützen als Botschafter*innen Ratsuchende.',
      en: 'An initiative coordinated by the ZWH in Düsseldorf and piloted with four chambers of crafts. Volunteer craftspeople act as ambassadors (Botschafter*innen) for people seeking advice.',
    },
    description: {
      de: [
        'Die Zentralstelle für die Weiterbildung im Handwerk (ZWH) koordiniert von Düsseldorf aus eine Modellinitiative, die zunächst in vier Pilotierungskammern umgesetzt wird. Getragen wird sie von Ehrenamtlichen: Handwerkerinnen und Handwerker, die sich als Botschafter*innen engagieren und Ratsuchenden zur Seite stehen.',
        'In jeder Kammer begleiten regionale Koordinierungskräfte die Ehrenamtlichen vor Ort. Das zentrale Koordinierungsteam bei der ZWH hält die Fäden zusammen, stellt Werkzeuge wie ein eigenes Videokonferenzsystem bereit und lädt regelmäßig zu Transferworkshops ein, in denen die Kammern voneinander lernen.',
      ],
      en: [
        'The ZWH, the central office for further training in the crafts sector, coordinates a model initiative from Düsseldorf that is first being put into practice in four pilot chambers. It is carried by volunteers: craftswomen and craftsmen who serve as ambassadors and support people looking for advice.',
        'In each chamber, regional coordinators look after the volunteers locally. The central coordination team at the ZWH keeps everything together, provides tools such as its own video-conferencing system and regularly invites the chambers to transfer workshops where they learn from one another.',
      ],
    },
    region: { de: 'Koordination in Düsseldorf, vier Pilotierungskammern', en: 'Coordinated from Düsseldorf, four pilot chambers' },
    website: 'https://example.org/zwh-initiative',
    contact: {
      role: 'Zentrales Koordinierungsteam',
      rolePublic: true,
      email: 'koordination@example.org',
      emailPublic: true,
    },
  },
  {
    slug: 'bke',
    name: 'BKE Bundesverband',
    kind: 'federation',
    shortDescription: {
      de: 'Bundesverband der Suchtselbsthilfe mit Landesverbänden, Selbsthilfegruppen und drei Fachbereichen: Medien, JULITI und Wendepunkt.',
      en: 'National federation for addiction self-help, with regional associations, self-help groups and the divisions Medien, JULITI and Wendepunkt.',
    },
    description: {
      de: [
        'Der BKE Bundesverband verbindet Landesverbände und zahlreiche Selbsthilfegruppen, in denen Gruppenbegleitende Menschen auf ihrem Weg begleiten. Der Bundesvorstand und ein Suchtreferent koordinieren die Arbeit auf Bundesebene.',
        'Fachliche Schwerpunkte liegen bei den drei Fachbereichen – Medien, JULITI und Wendepunkt – und ihren Fachgruppen. Gemeinsam mit dem Bundesvorstand arbeiten sie im Projekt „Mehr werden! Aktivieren.Werben.Fördern“ daran, die Zusammenarbeit zu stärken und neue Mitglieder zu gewinnen.',
      ],
      en: [
        'The BKE federation links regional associations and many self-help groups, where group facilitators accompany people on their way. The federal board and an addiction officer coordinate the work at national level.',
        'Its specialist work is organised in three divisions, Medien, JULITI and Wendepunkt, and their working groups. Together with the federal board they run the project „Mehr werden! Aktivieren.Werben.Fördern“ to work together more closely and to win new members.',
      ],
    },
    region: { de: 'Bundesweit', en: 'Germany-wide' },
    website: 'https://example.org/bke',
    members: [{ name: 'BKE Landesverband NRW', region: 'Nordrhein-Westfalen' }],
  },
  {
    slug: 'bke-medien',
    name: 'BKE Fachbereich Medien',
    kind: 'working-group',
    parentSlug: 'bke',
    shortDescription: {
      de: 'Fachbereich des BKE Bundesverbands, der sich um Medien und die Sichtbarkeit der Selbsthilfe kümmert.',
      en: 'Division of the BKE federation that looks after media work and the visibility of self-help.',
    },
    description: {
      de: [
        'Der Fachbereich Medien ist einer von drei Fachbereichen im BKE Bundesverband. Er bringt Aktive zusammen, die sich für Medienarbeit interessieren, und unterstützt Gruppen und Fachbereiche dabei, ihre Angebote bekannt zu machen.',
        'Im Projekt „Mehr werden! Aktivieren.Werben.Fördern“ arbeitet der Fachbereich eng mit JULITI, Wendepunkt und dem Bundesvorstand zusammen.',
      ],
      en: [
        'The Medien division is one of three divisions of the BKE federation. It brings together members interested in media work and helps groups and divisions make their offers known.',
        'In the project „Mehr werden! Aktivieren.Werben.Fördern“ it works closely with JULITI, Wendepunkt and the federal board.',
      ],
    },
    region: { de: 'Bundesweit', en: 'Germany-wide' },
  },
  {
    slug: 'bke-juliti',
    name: 'BKE Fachbereich JULITI',
    kind: 'working-group',
    parentSlug: 'bke',
    shortDescription: {
      de: 'Fachbereich JULITI im BKE Bundesverband.',
      en: 'The JULITI division of the BKE federation.',
    },
    description: {
      de: [
        'JULITI ist einer der drei Fachbereiche des BKE Bundesverbands. Zusammen mit den Fachbereichen Medien und Wendepunkt und dem Bundesvorstand gestaltet er das gemeinsame Projekt „Mehr werden! Aktivieren.Werben.Fördern“.',
        'Die Aktiven des Fachbereichs treffen sich regelmäßig, online wie vor Ort, um ihr Fachbereichskonzept weiterzuentwickeln und Erfahrungen aus den Gruppen auszutauschen.',
      ],
      en: [
        'JULITI is one of the three divisions of the BKE federation. Together with the divisions Medien and Wendepunkt and the federal board it shapes the joint project „Mehr werden! Aktivieren.Werben.Fördern“.',
        'Its members meet regularly, online and in person, to develop the division’s concept and to share experience from the groups.',
      ],
    },
    region: { de: 'Bundesweit', en: 'Germany-wide' },
  },
  {
    slug: 'bke-wendepunkt',
    name: 'BKE Fachbereich Wendepunkt',
    kind: 'working-group',
    parentSlug: 'bke',
    shortDescription: {
      de: 'Fachbereich Wendepunkt im BKE Bundesverband.',
      en: 'The Wendepunkt division of the BKE federation.',
    },
    description: {
      de: [
        'Wendepunkt ist einer der drei Fachbereiche des BKE Bundesverbands und arbeitet mit eigenen Fachgruppen. Gemeinsam mit Medien, JULITI und dem Bundesvorstand ist er Teil des Projekts „Mehr werden! Aktivieren.Werben.Fördern“.',
      ],
      en: [
        'Wendepunkt is one of the three divisions of the BKE federation and has its own working groups. Together with Medien, JULITI and the federal board it is part of the project „Mehr werden! Aktivieren.Werben.Fördern“.',
      ],
    },
    region: { de: 'Bundesweit', en: 'Germany-wide' },
  },
  {
    slug: 'queeres-netzwerk-gifhorn',
    name: 'Queeres Netzwerk Gifhorn e.V.',
    kind: 'association',
    shortDescription: {
      de: 'Verein im Landkreis Gifhorn. Sein Projekt „Hass im Amt“ lädt Initiativen, Vereine und Bündnisse aus dem ganzen Landkreis zu Fachvernetzungen ein.',
      en: 'Association in the district of Gifhorn. Its project „Hass im Amt“ invites initiatives, associations and alliances from across the district to regular networking meetings (Fachvernetzungen).',
    },
    description: {
      de: [
        'Der Queere Netzwerk Gifhorn e.V. ist im gesamten Landkreis Gifhorn aktiv. Mit dem Projekt „Hass im Amt“ bietet der Verein Fachvernetzungen an: offene Treffen, bei denen sich Engagierte kennenlernen, Erfahrungen teilen und gemeinsame Veranstaltungen und Aktionen planen.',
        'Eingeladen sind alle Initiativen, Vereine und Bündnisse im Landkreis, die sich für Demokratiebildung einsetzen. Ziel ist, dass sie sich gegenseitig stärken, öfter gemeinsam auftreten und ihre Themen in alle Teile des Landkreises tragen.',
      ],
      en: [
        'Queeres Netzwerk Gifhorn e.V. is active throughout the district of Gifhorn. Through its project „Hass im Amt“ the association hosts Fachvernetzungen: open meetings where committed people get to know each other, share experience and plan joint events and actions.',
        'All initiatives, associations and alliances in the district that work for democracy education are welcome. The aim is for them to back each other up, appear together more often and carry their topics into every part of the district.',
      ],
    },
    region: { de: 'Landkreis Gifhorn', en: 'District of Gifhorn' },
    website: 'https://example.org/queeres-netzwerk-gifhorn',
    contact: {
      role: 'Projektkoordination „Hass im Amt“',
      rolePublic: true,
      email: 'hass-im-amt@example.org',
      emailPublic: false,
    },
  },
  {
    slug: 'partnernetzwerk-elbe',
    name: 'Partnernetzwerk Biosphärenreservat Flusslandschaft Elbe',
    kind: 'regional-partner-network',
    shortDescription: {
      de: 'Netzwerk der Partnerbetriebe im Biosphärenreservat Flusslandschaft Elbe, über vier Bundesländer hinweg, begleitet von Netzwerkkoordinatorinnen.',
      en: 'Network of partner businesses in the Elbe River Landscape Biosphere Reserve, spanning four federal states and supported by network coordinators.',
    },
    description: {
      de: [
        'Im Partnernetzwerk haben sich Betriebe und Anbieter aus dem Biosphärenreservat Flusslandschaft Elbe zusammengeschlossen. Die Partnerinnen und Partner kommen aus vier Bundesländern und bringen sehr unterschiedliche Branchen, Produkte und Dienstleistungen mit.',
        'Netzwerkkoordinatorinnen begleiten die Partner, organisieren länderübergreifende Workshops und helfen dabei, gemeinsame Ideen umzusetzen – von fachlichen Arbeitsgruppen bis zur gemeinsamen Vermarktung.',
      ],
      en: [
        'The partner network brings together businesses and providers from the Elbe River Landscape Biosphere Reserve. The partners come from four federal states and represent a wide range of trades, products and services.',
        'Network coordinators support the partners, organise cross-state workshops and help turn shared ideas into practice, from specialist working groups to joint marketing.',
      ],
    },
    region: { de: 'Biosphärenreservat Flusslandschaft Elbe', en: 'Elbe River Landscape Biosphere Reserve' },
    website: 'https://example.org/partnernetzwerk-elbe',
    contact: {
      role: 'Netzwerkkoordinatorinnen',
      rolePublic: true,
      email: 'partnernetzwerk@example.org',
      emailPublic: true,
    },
  },
];

const events: DemoEvent[] = [
  /* ------------------------------------------------------------ past meetings */
  {
    slug: 'jetzt-arbeitstreffen-november-2018',
    networkSlug: 'jetzt',
    title: { de: 'Arbeitstreffen November 2018', en: 'Working meeting, November 2018' },
    kind: 'meeting',
    when: { kind: 'absolute', start: '2018-11-23T00:00:00+01:00', end: '2018-11-25T23:59:00+01:00' },
    allDay: true,
    datePrecision: 'day',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { ...BERLIN },
    host: 'JETZT e.V.',
    summary: {
      de: 'Drei Tage Arbeit an der Zukunft des frisch gegründeten Vereins: Aufgaben für 2019, AvO-Workshops und ein neuer Internetauftritt.',
      en: 'Three days of work on the future of the newly founded association: tasks for 2019, AvO workshops and a new web presence.',
    },
  },
  {
    slug: 'zwh-transferworkshop-februar-2021',
    networkSlug: 'zwh',
    title: { de: 'Transferworkshop zum Jahresauftakt 2021', en: 'Transfer workshop at the start of 2021' },
    kind: 'workshop',
    when: { kind: 'absolute', start: '2021-02-01T00:00:00+01:00' },
    datePrecision: 'day',
    eventStatus: 'planned',
    attendanceMode: 'online',
    host: 'ZWH – Zentrales Koordinierungsteam, Düsseldorf',
    summary: {
      de: 'Digitaler Austausch des zentralen Koordinierungsteams mit den regionalen Koordinierungskräften der vier Pilotierungskammern.',
      en: 'Online exchange between the central coordination team and the regional coordinators of the four pilot chambers.',
    },
  },
  {
    slug: 'bke-expertinnentreffen-2023',
    networkSlug: 'bke',
    title: { de: 'BKE Expert*innentreffen 2023', en: 'BKE experts’ meeting 2023' },
    kind: 'meeting',
    when: { kind: 'absolute', start: '2023-11-03T00:00:00+01:00', end: '2023-11-05T23:59:00+01:00' },
    allDay: true,
    datePrecision: 'day',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { ...HANNOVER },
    host: 'BKE Bundesverband',
    summary: {
      de: 'Die Fachbereiche Medien, JULITI und Wendepunkt und der Bundesvorstand treffen sich im Projekt „Mehr werden! Aktivieren.Werben.Fördern“.',
      en: 'The divisions Medien, JULITI and Wendepunkt meet the federal board within the project „Mehr werden! Aktivieren.Werben.Fördern“.',
    },
  },
  {
    slug: 'gifhorn-fachvernetzung-november-2024',
    networkSlug: 'queeres-netzwerk-gifhorn',
    title: { de: 'Erste Fachvernetzung 2024', en: 'First Fachvernetzung networking meeting, 2024' },
    kind: 'networking-meeting',
    when: { kind: 'absolute', start: '2024-11-23T12:00:00+01:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { ...GIFHORN },
    host: 'Queeres Netzwerk Gifhorn e.V. – Projekt „Hass im Amt“',
    agenda: [
      {
        time: '12:00',
        topic: {
          de: 'Begrüßung und Vorstellungsrunde der Initiativen, Vereine und Bündnisse',
          en: 'Welcome and introductions of the initiatives, associations and alliances',
        },
      },
      { topic: { de: 'Rückblick auf 2024: Aktionen, Anliegen und Sorgen', en: 'Looking back at 2024: actions, concerns and worries' } },
      { topic: { de: 'Ausblick und Planung für 2025', en: 'Outlook and planning for 2025' } },
    ],
    summary: {
      de: 'Offenes Treffen zum Kennenlernen, Austauschen und Planen für Engagierte aus dem ganzen Landkreis Gifhorn.',
      en: 'An open meeting to get to know each other, exchange and plan, for people involved across the district of Gifhorn.',
    },
  },
  {
    slug: 'elbe-workshop-februar-2020',
    networkSlug: 'partnernetzwerk-elbe',
    title: {
      de: 'Länderübergreifender Workshop zur Weiterentwicklung des Partnernetzwerks',
      en: 'Cross-state workshop on developing the partner network',
    },
    kind: 'workshop',
    when: { kind: 'absolute', start: '2020-02-18T00:00:00+01:00', end: '2020-02-18T23:59:00+01:00' },
    allDay: true,
    datePrecision: 'day',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { ...PEVESTORF },
    host: 'Partnernetzwerk Biosphärenreservat Flusslandschaft Elbe',
    summary: {
      de: 'Partnerinnen und Partner aus vier Bundesländern arbeiten einen Tag lang daran, wie sich ihr Netzwerk weiterentwickeln soll.',
      en: 'Partners from four federal states spend a day working out how their network should develop.',
    },
  },

  /* -------------------------------------------------------- upcoming meetings */
  {
    slug: 'jetzt-konzeptionsworkshop',
    networkSlug: 'jetzt',
    title: { de: 'JETZT-Konzeptionsworkshop', en: 'JETZT concept workshop' },
    kind: 'workshop',
    when: { kind: 'relative', startInDays: 60 },
    datePrecision: 'month',
    eventStatus: 'tentative',
    attendanceMode: 'in-person',
    host: 'JETZT e.V.',
    summary: {
      de: 'Das nächste offizielle Treffen des Peernetzwerks. Bisher steht nur der Monat fest; Tag und Ort folgen.',
      en: 'The peer network’s next official meeting. Only the month is known so far; the exact day and place will follow.',
    },
    description: {
      de: [
        'Im Konzeptionsworkshop wollen die Peers die Ideen aus ihren Arbeitstreffen zu einem gemeinsamen Konzept für die Vereinsarbeit zusammenführen.',
        'Der Termin ist noch vorläufig. Sobald Datum und Ort feststehen, wird die Einladung hier aktualisiert.',
      ],
      en: [
        'At the concept workshop the peers want to bring the ideas from their working meetings together into a shared concept for the association’s work.',
        'The date is provisional. As soon as the day and venue are fixed, the invitation will be updated here.',
      ],
    },
  },
  {
    slug: 'jetzt-online-runde-avo-workshops',
    networkSlug: 'jetzt',
    title: { de: 'Online-Runde: AvO-Workshops planen', en: 'Online round: planning AvO workshops' },
    kind: 'meeting',
    when: { kind: 'relative', startInDays: 9, startTime: '19:00', durationDays: 1, endTime: '20:30' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/meet/jetzt-avo-runde',
    onlineUrlPublic: false,
    host: 'JETZT e.V.',
    summary: {
      de: 'Kurzes Online-Treffen der Peers, die AvO-Workshops leiten: Termine, Themen und wer welchen Workshop übernimmt.',
      en: 'A short online meeting of the peers who lead AvO workshops: dates, topics and who takes on which workshop.',
    },
    description: {
      de: [
        'Der Zugangslink wird an die Mitglieder des Vereins verschickt. Wer Interesse hat, einen AvO-Workshop zu leiten, meldet sich vorab beim Verein.',
      ],
      en: [
        'The access link is sent to the association’s members. Anyone interested in leading an AvO workshop should get in touch with the association beforehand.',
      ],
    },
  },
  {
    slug: 'zwh-werkstatt-digitale-medien',
    networkSlug: 'zwh',
    title: {
      de: 'Werkstatt für Koordinierungskräfte: Digitale Medien im Ehrenamt',
      en: 'Workshop for coordinators: digital media in volunteering',
    },
    kind: 'workshop',
    when: { kind: 'relative', startInDays: -1, startTime: '09:30', durationDays: 3, endTime: '15:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { name: 'Seminarraum der ZWH', ...DUESSELDORF },
    capacity: 16,
    host: 'ZWH – Zentrales Koordinierungsteam',
    summary: {
      de: 'Drei Tage Praxis für die regionalen Koordinierungskräfte: Videokonferenzen, soziale Medien und kurze Videos für die Arbeit mit Botschafter*innen.',
      en: 'Three hands-on days for the regional coordinators: video conferencing, social media and short videos for working with the ambassadors.',
    },
    description: {
      de: [
        'Die Werkstatt greift auf, was beim Transferworkshop als zentrale Aufgabe erkannt wurde: Alle Beteiligten sollen sicherer im Umgang mit digitalen Medien werden.',
        'Am ersten Tag geht es um Online-Treffen mit Ehrenamtlichen, am zweiten um soziale Medien, am dritten um kurze Videos aus dem Handwerksalltag. Eigene Laptops bitte mitbringen.',
      ],
      en: [
        'The workshop takes up what the transfer workshop identified as a key task: everyone involved should become more confident with digital media.',
        'Day one covers online meetings with volunteers, day two social media, day three short videos from everyday craft work. Please bring your own laptop.',
      ],
    },
  },
  {
    slug: 'zwh-online-sprechstunde',
    networkSlug: 'zwh',
    title: {
      de: 'Offene Online-Sprechstunde für interessierte Handwerker*innen',
      en: 'Open online consultation hour for interested craftspeople',
    },
    kind: 'other',
    when: { kind: 'relative', startInDays: 16, startTime: '17:00', durationDays: 1, endTime: '18:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/bbb/zwh-sprechstunde',
    onlineUrlPublic: true,
    host: 'ZWH – Zentrales Koordinierungsteam',
    summary: {
      de: 'Sie arbeiten im Handwerk und überlegen, sich als Botschafter*in zu engagieren? In der Sprechstunde beantwortet das Koordinierungsteam Ihre Fragen.',
      en: 'Do you work in a craft trade and are thinking about volunteering as an ambassador? The coordination team answers your questions in this open session.',
    },
    description: {
      de: [
        'Eine Anmeldung ist nicht nötig: Einfach zur angegebenen Zeit über den Link in den Videoraum kommen. Kamera und Mikrofon sind freiwillig.',
      ],
      en: ['No registration needed: just join the video room through the link at the stated time. Camera and microphone are optional.'],
    },
  },
  {
    slug: 'bke-expertinnentreffen-naechstes',
    networkSlug: 'bke',
    title: { de: 'BKE Expert*innentreffen', en: 'BKE experts’ meeting' },
    kind: 'meeting',
    when: { kind: 'relative', startInDays: 110, startTime: '15:00', durationDays: 3, endTime: '13:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { name: 'Tagungshaus in der Innenstadt', ...HANNOVER },
    registrationUrl: 'https://example.org/bke/anmeldung-expertinnentreffen',
    registrationDeadlineInDays: 80,
    capacity: 45,
    host: 'BKE Bundesverband',
    summary: {
      de: 'Das nächste Wochenende für die Fachbereiche Medien, JULITI und Wendepunkt, den Bundesvorstand und Gruppenbegleitende: Bilanz ziehen, Konzepte schärfen, gemeinsam planen.',
      en: 'The next weekend for the divisions Medien, JULITI and Wendepunkt, the federal board and group facilitators: take stock, sharpen concepts, plan together.',
    },
    description: {
      de: [
        'Beim letzten Treffen wurde vereinbart, den persönlichen Kontakt zu den Selbsthilfegruppen zu intensivieren. Jetzt schauen wir gemeinsam, was daraus geworden ist und was wir im kommenden Jahr anders machen wollen.',
        'Das Treffen beginnt am Freitagnachmittag und endet am Sonntag nach dem Mittagessen. Übernachtung und Verpflegung werden über die Anmeldung organisiert.',
      ],
      en: [
        'At the last meeting we agreed to make personal contact with the self-help groups more intensive. Now we will look together at what has come of it and what we want to do differently next year.',
        'The meeting starts on the first afternoon and ends after lunch on the last day. Accommodation and meals are arranged through the registration.',
      ],
    },
  },
  {
    slug: 'bke-medien-online-werkstatt',
    networkSlug: 'bke-medien',
    title: { de: 'Online-Werkstatt: Selbsthilfe sichtbar machen', en: 'Online workshop: making self-help visible' },
    kind: 'workshop',
    when: { kind: 'relative', startInDays: 23, startTime: '18:30', durationDays: 1, endTime: '20:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/meet/bke-medien-werkstatt',
    onlineUrlPublic: true,
    host: 'BKE Fachbereich Medien',
    summary: {
      de: 'Wie stellen wir unsere Gruppen vor Ort gut dar? Offene Werkstatt des Fachbereichs Medien für alle, die im BKE mitmachen oder mitmachen möchten.',
      en: 'How do we present our local groups well? An open workshop of the Medien division for everyone who is or wants to be active in the BKE.',
    },
    description: {
      de: [
        'Wir sammeln Beispiele aus den Gruppen und probieren gemeinsam einfache Mittel aus, von Flyertexten bis zu Fotos. Der Link ist öffentlich, eine Anmeldung ist nicht nötig.',
      ],
      en: [
        'We collect examples from the groups and try out simple tools together, from flyer texts to photos. The link is public; no registration needed.',
      ],
    },
  },
  {
    slug: 'bke-juliti-fachbereichstreffen-online',
    networkSlug: 'bke-juliti',
    title: { de: 'JULITI-Fachbereichstreffen (online)', en: 'JULITI division meeting (online)' },
    kind: 'meeting',
    when: { kind: 'relative', startInDays: 37, startTime: '19:00', durationDays: 1, endTime: '21:00' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/meet/bke-juliti',
    onlineUrlPublic: false,
    host: 'BKE Fachbereich JULITI',
    summary: {
      de: 'Regelmäßiges Treffen des Fachbereichs: Stand des Fachbereichskonzepts und Vorbereitung des nächsten Expert*innentreffens.',
      en: 'Regular meeting of the division: status of the division’s concept and preparation of the next experts’ meeting.',
    },
  },
  {
    slug: 'bke-wendepunkt-fachgruppentreffen',
    networkSlug: 'bke-wendepunkt',
    title: { de: 'Fachgruppentreffen Wendepunkt', en: 'Wendepunkt working-group meeting' },
    kind: 'meeting',
    when: { kind: 'relative', startInDays: 30, startTime: '10:00', durationDays: 1, endTime: '16:00' },
    datePrecision: 'time',
    eventStatus: 'postponed',
    attendanceMode: 'in-person',
    venue: { ...HANNOVER },
    host: 'BKE Fachbereich Wendepunkt',
    summary: {
      de: 'Verschoben: Das Treffen findet nicht am ursprünglich geplanten Tag statt. Ein neuer Termin wird hier bekannt gegeben.',
      en: 'Postponed: the meeting will not take place on the date originally planned. A new date will be announced here.',
    },
    description: {
      de: ['Wer sich bereits angemeldet hat, wird über den neuen Termin direkt informiert.'],
      en: ['Everyone who has already registered will be told about the new date directly.'],
    },
  },
  {
    slug: 'gifhorn-fachvernetzung-demokratiekonzept',
    networkSlug: 'queeres-netzwerk-gifhorn',
    title: {
      de: 'Fachvernetzung: Gemeinsam zum Demokratiekonzept für den Kreis Gifhorn',
      en: 'Fachvernetzung: a democracy concept for the district of Gifhorn',
    },
    kind: 'networking-meeting',
    when: { kind: 'relative', startInDays: 19, startTime: '12:00', durationDays: 1, endTime: '16:30' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'hybrid',
    venue: { ...GIFHORN },
    onlineUrl: 'https://example.org/meet/gifhorn-fachvernetzung',
    onlineUrlPublic: false,
    agenda: [
      { time: '12:00', topic: { de: 'Ankommen, Begrüßung und Vorstellungsrunde', en: 'Arrival, welcome and round of introductions' } },
      {
        time: '12:45',
        topic: {
          de: 'Was ist aus den Kooperationsideen der letzten Fachvernetzung geworden?',
          en: 'What has become of the cooperation ideas from the last Fachvernetzung?',
        },
      },
      {
        time: '13:30',
        topic: {
          de: 'Arbeitsgruppen: Bausteine eines Demokratiekonzepts für den Landkreis',
          en: 'Working groups: building blocks of a democracy concept for the district',
        },
      },
      { time: '15:00', topic: { de: 'Pause', en: 'Break' } },
      {
        time: '15:15',
        topic: {
          de: 'Ergebnisse zusammenführen und Verantwortliche festlegen',
          en: 'Bringing results together and agreeing who does what',
        },
      },
      { time: '16:15', topic: { de: 'Ausblick und Abschluss', en: 'Outlook and close' } },
    ],
    registrationUrl: 'https://example.org/queeres-netzwerk-gifhorn/anmeldung-fachvernetzung',
    registrationDeadlineInDays: 12,
    capacity: 40,
    host: 'Queeres Netzwerk Gifhorn e.V. – Projekt „Hass im Amt“',
    summary: {
      de: 'Gemeinsam mit allen interessierten Akteur*innen im Landkreis entwerfen wir ein Demokratiekonzept. Teilnahme vor Ort in Gifhorn oder online.',
      en: 'Together with everyone interested in the district we will draft a democracy concept. Join us in person in Gifhorn or online.',
    },
    description: {
      de: [
        'Bei der ersten Fachvernetzung haben die Initiativen verabredet, sich enger abzustimmen und gemeinsam aufzutreten. Jetzt geht es an den nächsten Schritt: ein Demokratiekonzept, das Vereine, Bündnisse, Verwaltung und weitere Akteur*innen des Landkreises gemeinsam tragen.',
        'Die Plätze vor Ort sind begrenzt. Nach der Anmeldung erhalten Sie die genaue Adresse bzw. den Link zur Online-Teilnahme.',
      ],
      en: [
        'At the first Fachvernetzung the initiatives agreed to coordinate more closely and to appear together. Now comes the next step: a democracy concept shared by associations, alliances, the local administration and other actors across the district.',
        'Places on site are limited. After registering you will receive the exact address or the link for joining online.',
      ],
    },
  },
  {
    slug: 'gifhorn-kooperationsvortrag-demokratiebildung',
    networkSlug: 'queeres-netzwerk-gifhorn',
    title: { de: 'Kooperationsvortrag zur Demokratiebildung', en: 'Joint talk on democracy education' },
    kind: 'other',
    when: { kind: 'relative', startInDays: 6, startTime: '18:00', durationDays: 1, endTime: '20:00' },
    datePrecision: 'time',
    eventStatus: 'cancelled',
    attendanceMode: 'in-person',
    venue: { ...GIFHORN },
    host: 'Queeres Netzwerk Gifhorn e.V. – Projekt „Hass im Amt“',
    summary: {
      de: 'Abgesagt: Der gemeinsam mit einem Bündnis aus dem Landkreis geplante Vortrag entfällt. Das Thema wird bei der nächsten Fachvernetzung aufgegriffen.',
      en: 'Cancelled: the talk planned together with an alliance from the district will not take place. The topic will be taken up at the next Fachvernetzung.',
    },
  },
  {
    slug: 'elbe-werkstatt-online-plattform',
    networkSlug: 'partnernetzwerk-elbe',
    title: {
      de: 'Folgeworkshop: Eine Online-Plattform, auf der sich die Partner austauschen',
      en: 'Follow-up workshop: our online platform for internal exchange',
    },
    kind: 'workshop',
    when: { kind: 'relative', startInDays: 26, startTime: '10:00', durationDays: 1, endTime: '12:30' },
    datePrecision: 'time',
    eventStatus: 'planned',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/meet/partnernetzwerk-elbe',
    onlineUrlPublic: false,
    host: 'Netzwerkkoordinatorinnen des Partnernetzwerks',
    summary: {
      de: 'Beim Workshop in Pevestorf wünschten sich die Partner eine Plattform für den Austausch untereinander. Jetzt legen wir fest, was sie können muss.',
      en: 'At the workshop in Pevestorf the partners asked for a platform to exchange with each other. Now we decide what it needs to do.',
    },
    description: {
      de: [
        'Wir stellen zwei mögliche Lösungen vor und sammeln, welche Funktionen den Partnerinnen und Partnern am wichtigsten sind: Gesuche und Angebote, Branchengruppen, Termine.',
        'Der Zugangslink geht allen Partnerbetrieben per E-Mail zu.',
      ],
      en: [
        'We will present two possible solutions and collect which features matter most to the partners: requests and offers, sector groups, dates.',
        'The access link is sent to all partner businesses by email.',
      ],
    },
  },
  {
    slug: 'elbe-partnertreffen-arbeitsgruppen',
    networkSlug: 'partnernetzwerk-elbe',
    title: {
      de: 'Länderübergreifendes Partnertreffen: Fachliche Arbeitsgruppen starten',
      en: 'Cross-state partner meeting: launching specialist working groups',
    },
    kind: 'networking-meeting',
    when: { kind: 'relative', startInDays: 75, durationDays: 1 },
    allDay: true,
    datePrecision: 'day',
    eventStatus: 'planned',
    attendanceMode: 'in-person',
    venue: { ...PEVESTORF },
    registrationUrl: 'mailto:partnernetzwerk@example.org',
    registrationDeadlineInDays: 60,
    host: 'Netzwerkkoordinatorinnen des Partnernetzwerks',
    summary: {
      de: 'Ein Tag für alle Partner aus den vier Bundesländern: Branchenrunden, erste fachliche Arbeitsgruppen und Ideen für gemeinsame Vermarktung und gemeinsamen Einkauf.',
      en: 'A day for all partners from the four federal states: sector rounds, first specialist working groups and ideas for joint marketing and purchasing.',
    },
    description: {
      de: [
        'Das Treffen setzt die Reihe der länderübergreifenden Workshops fort. Bitte melden Sie sich per E-Mail bei den Netzwerkkoordinatorinnen an und nennen Sie die Arbeitsgruppe, die Sie interessiert.',
      ],
      en: [
        'The meeting continues the series of cross-state workshops. Please register by email with the network coordinators and tell us which working group interests you.',
      ],
    },
  },
  {
    slug: 'bke-wendepunkt-gespraechsgruppe',
    networkSlug: 'bke-wendepunkt',
    title: { de: 'Offene Gesprächsgruppe Wendepunkt', en: 'Wendepunkt open talking group' },
    kind: 'meeting',
    when: {
      kind: 'series',
      repeats: { weekly: 'WE' },
      startTime: '19:00',
      endTime: '20:30',
      cancelled: { upcoming: 2, note: { de: 'Fällt wegen des Feiertags aus.', en: 'No meeting: public holiday.' } },
    },
    datePrecision: 'time',
    attendanceMode: 'in-person',
    venue: { name: 'Selbsthilfezentrum, Gruppenraum 2', ...HANNOVER },
    host: 'BKE Fachbereich Wendepunkt',
    summary: {
      de: 'Jeden Mittwochabend: Wer sich mit dem eigenen Suchtverhalten oder dem eines Angehörigen auseinandersetzt, findet hier Gesprächspartner*innen. Ohne Anmeldung.',
      en: 'Every Wednesday evening: anyone dealing with their own addiction or that of a relative finds people to talk to here. No registration needed.',
    },
  },
  {
    slug: 'jetzt-online-runde-erster-dienstag',
    networkSlug: 'jetzt',
    title: { de: 'Online-Runde der Peers', en: 'Peers’ online round' },
    kind: 'meeting',
    when: { kind: 'series', repeats: { monthly: { position: 1, weekday: 'TU' } }, startTime: '19:00', endTime: '20:30' },
    datePrecision: 'time',
    attendanceMode: 'online',
    onlineUrl: 'https://example.org/meet/jetzt-online-runde',
    onlineUrlPublic: true,
    host: 'JETZT e.V.',
    summary: {
      de: 'Am ersten Dienstag im Monat tauschen sich die Peers online aus: Was steht an, wer leitet welchen AvO-Workshop, wo wird Unterstützung gebraucht?',
      en: 'On the first Tuesday of each month the peers meet online: what is coming up, who leads which AvO workshop, where is help needed?',
    },
  },
];

const reports: DemoReport[] = [
  {
    slug: 'jetzt-arbeitstreffen-berlin-2018',
    networkSlug: 'jetzt',
    eventSlug: 'jetzt-arbeitstreffen-november-2018',
    title: { de: 'Nach der Vereinsgründung: JETZT e.V. plant das Jahr 2019' },
    summary: {
      de: 'Beim dreitägigen Arbeitstreffen in Berlin verteilten die Peers die Aufgaben für 2019, klärten, wie sie die AvO-Workshops künftig selbst organisieren, und entwarfen ihren neuen Internetauftritt.',
    },
    body: {
      de: [
        'Gut zwei Monate nach der Vereinsgründung im September kamen Mitglieder von JETZT e.V. von Freitag, 23., bis Sonntag, 25. November 2018, in Berlin zusammen. Die Frage für das Wochenende: Wie geht es mit dem Netzwerk weiter, und wer übernimmt was?',
        'Am Anfang stand eine Liste aller Aufgaben, die 2019 innerhalb des Vereins und nach außen anstehen. Für jede fand sich jemand, der sie verantwortet. Danach blickten die Peers auf die Wochen seit dem Gründungsworkshop zurück: Was ist geschafft, was ist noch offen? Viel Zeit nahm die Frage ein, wie frühere Peers zurückgewonnen und neue Mitglieder geworben werden können.',
        'Der Samstagnachmittag gehörte ganz den AvO-Workshops, die Peers für andere anleiten. Besprochen wurde, wie der Verein sie künftig in eigener Regie organisiert und zu welchen Themen er sie anbieten will. Alle waren sich einig, dass die AvOs auch jetzt, da das Netzwerk auf eigenen Füßen steht, das Herzstück der praktischen Arbeit bleiben.',
        'Nach einem gemeinsamen Frühstück ging es am Sonntagvormittag um die Sichtbarkeit im Netz. Die Gruppe sammelte Ideen für eine neue Website und die Facebook-Seite und legte gemeinsam fest, wie beide aussehen sollen. Am Ende stand ein Wochenende, an dem aus vielen Ideen konkrete Vorhaben geworden sind.',
      ],
    },
    outcomes: {
      de: [
        'Aufgaben für 2019 gesammelt und jeweils einer verantwortlichen Person zugeordnet',
        'AvO-Workshops bleiben 2019 der Kern der praktischen Arbeit und werden künftig vom Verein selbst organisiert',
        'Frühere Peers und neue Mitglieder sollen gezielt angesprochen werden',
        'Konzept für neue Website und Facebook-Seite gemeinsam festgelegt',
      ],
    },
    nextSteps: {
      de: [
        'Als nächstes offizielles Treffen ist für März 2019 ein Konzeptionsworkshop vorgesehen; der genaue Termin steht noch nicht fest.',
        'Der Verein und das BfDT sehen die weitere Entwicklung des Netzwerks zuversichtlich.',
      ],
    },
    tags: ['arbeitstreffen', 'vereinsgruendung', 'peer-arbeit', 'avo-workshops', 'website'],
    publicationDate: '2018-11-30',
  },
  {
    slug: 'zwh-transferworkshop-2021',
    networkSlug: 'zwh',
    eventSlug: 'zwh-transferworkshop-februar-2021',
    title: { de: 'Transferworkshop: Wie die Initiative 2021 digital und persönlich weiterarbeitet' },
    summary: {
      de: 'Am 1. Februar 2021 tauschten sich die Koordinierungskräfte der vier Pilotierungskammern online mit dem zentralen Koordinierungsteam der ZWH aus. Die Richtung für das Jahr: Begegnung vor Ort, wann immer es geht – digitale Formate dort, wo es ohne sie nicht geht.',
    },
    body: {
      de: [
        'Gleich zu Beginn des Jahres 2021 lud das zentrale Koordinierungsteam der ZWH in Düsseldorf die regionalen Koordinierungskräfte aus den vier Pilotierungskammern zu einem Transferworkshop ein. Wegen der Pandemie trafen sich alle online.',
        'Zunächst ging es um das vergangene Jahr: Was ist gut gelaufen, und wo stehen die einzelnen Kammern? Danach rückten die Folgen von COVID-19 für die Modellinitiative in den Mittelpunkt. Soll das neue Jahr digital, hybrid oder wieder wie gewohnt vor Ort beginnen?',
        'Die Kammern sind unterschiedlich weit, und auch die Technik ist nicht überall gleich gut. Bei den Schwierigkeiten und dem, was gebraucht wird, waren sich trotzdem alle einig – ebenso bei der Richtung: Persönliche Begegnung hat Vorrang, digitale Wege ergänzen sie dort, wo es nicht anders geht.',
        'Zwei Aufgaben stehen im Vordergrund. Die Botschafter*innen, also ehrenamtlich engagierte Handwerkerinnen und Handwerker, sollen Ratsuchende vorübergehend auch digital erreichen. Dafür entwickeln die Partnerkammern mit der ZWH neue Aktivitäten und Veranstaltungsformen und probieren sie aus. Außerdem sollen digitale Medien helfen, mit den Ehrenamtlichen in Verbindung zu bleiben, sie zu begleiten und weiterzubilden.',
        'Als Werkzeug steht das Videokonferenzsystem BigBlueButton bereit, das die ZWH für die Arbeit in der Initiative kostenlos und mit technischer Unterstützung anbietet. Auch soziale Medien und ein größeres Videoprojekt kamen zur Sprache. Damit all das trägt, müssen alle Beteiligten ihre Kenntnisse im Umgang mit digitalen Medien ausbauen – eine Aufgabe, die das Team gemeinsam angehen will.',
      ],
    },
    outcomes: {
      de: [
        'Leitlinie für 2021: persönliche Begegnung zuerst, digitale Formate als Ergänzung, wo sie nötig sind',
        'Partnerkammern und ZWH entwickeln und erproben Formate, mit denen Botschafter*innen Ratsuchende übergangsweise digital erreichen',
        'Digitale Medien sollen Kontakt, Begleitung und Qualifizierung der Ehrenamtlichen unterstützen',
        'BigBlueButton steht für Aktivitäten der Initiative kostenlos und mit technischem Support zur Verfügung',
        'Digital- und Medienkompetenzen aller Beteiligten sollen gezielt gestärkt werden',
      ],
    },
    nextSteps: {
      de: [
        'Die Partnerkammern erproben gemeinsam mit der ZWH die neuen digitalen Formate.',
        'Geprüft wird, wie soziale Medien stärker genutzt und das Videoprojekt ausgeweitet werden kann.',
      ],
    },
    tags: ['transferworkshop', 'digitalisierung', 'ehrenamt', 'handwerk', 'online-format'],
    contact: {
      role: 'Zentrales Koordinierungsteam (ZWH, Düsseldorf)',
      rolePublic: true,
      email: 'koordination@example.org',
      emailPublic: true,
    },
    publicationDate: '2021-02-01',
  },
  {
    slug: 'bke-expertinnentreffen-hannover-2023',
    networkSlug: 'bke',
    eventSlug: 'bke-expertinnentreffen-2023',
    title: {
      de: 'BKE Expert*innentreffen 2023 in Hannover: Die Fachbereiche rücken zusammen',
      en: 'BKE experts’ meeting 2023 in Hanover: the divisions move closer together',
    },
    summary: {
      de: 'Vom 3. bis 5. November 2023 trafen sich die Fachbereiche Medien, JULITI und Wendepunkt mit dem Bundesvorstand in Hannover. Im Projekt „Mehr werden! Aktivieren.Werben.Fördern“ ging es um engere Zusammenarbeit, den Kontakt zu den Gruppenbegleitenden und neue Mitglieder.',
      en: 'From 3 to 5 November 2023 the divisions Medien, JULITI and Wendepunkt met the federal board in Hanover. Within the project „Mehr werden! Aktivieren.Werben.Fördern“ they worked on closer cooperation, contact with group facilitators and new members.',
    },
    body: {
      de: [
        'Vom 3. bis 5. November 2023 war Hannover Treffpunkt für das BKE Expert*innentreffen. Mit dabei waren die Fachbereiche Medien, JULITI und Wendepunkt und der Bundesvorstand, die gemeinsam das Projekt „Mehr werden! Aktivieren.Werben.Fördern“ tragen. Zwei Ziele bestimmten das Wochenende: die Verbindung zu den Gruppenbegleitenden stärken und die Fachbereiche enger zusammenarbeiten lassen – beides, um mehr Menschen für eine Mitgliedschaft zu gewinnen.',
        'Gemeinsam blickten die Teilnehmenden auf ein Jahr zurück, in dem die Fachbereiche viel und erfolgreich gearbeitet haben. Sie überarbeiteten die Konzepte der Fachbereiche und Fachgruppen, damit Menschen im BKE künftig noch besser begleitet werden. Erfahrene Aktive und neue Gesichter brachten sich gleichermaßen mit viel Energie ein.',
        'Anregungen kamen auch aus den Themenseminaren zu Öffentlichkeitsarbeit und zu jungen Menschen sowie aus dem Projekt „Vernetzung braucht (Frei)-Räume“ des Landesverbands NRW, das auf dem Treffen vorgestellt wurde.',
        'Für 2024 ist klar: Die Selbsthilfegruppen sollen noch mehr persönlichen Kontakt erfahren, damit die Arbeit an Qualität und Reichweite gewinnt. Wer sich einbringen möchte, findet in Fachbereichen und Fachgruppen einen Platz; Rückmeldungen, Ideen und auch Kritik helfen dabei, besser zu werden. Ein herzlicher Dank geht an alle, die mit ihren Beiträgen und ihrem Einsatz zum Gelingen beigetragen haben.',
      ],
      en: [
        'From 3 to 5 November 2023, Hanover hosted the BKE experts’ meeting. The divisions Medien, JULITI and Wendepunkt attended together with the federal board; between them they run the project „Mehr werden! Aktivieren.Werben.Fördern“. The weekend had two aims: to strengthen the link with the group facilitators and to get the divisions working together more closely, both in order to win more people as members.',
        'Participants looked back together at a year in which the divisions had done a great deal of successful work. They revised the concepts of the divisions and their working groups so that people in the BKE can be supported even better. Experienced members and newcomers alike took part with a lot of energy.',
        'Further ideas came from the topic seminars on public relations and on young people, and from the NRW regional association’s project „Vernetzung braucht (Frei)-Räume“, which was presented at the meeting.',
        'For 2024 one thing is clear: the self-help groups should get even more personal contact, so that the work gains in quality and reach. Anyone who wants to get involved is welcome in the divisions and working groups; feedback, ideas and criticism all help us improve. Warm thanks go to everyone whose contributions and commitment made the meeting a success.',
      ],
    },
    author: { name: 'Matthias Koll', role: 'Suchtreferent BKE Bundesverband' },
    outcomes: {
      de: [
        'Konzepte der Fachbereiche und Fachgruppen überarbeitet',
        'Zusammenarbeit von Medien, JULITI und Wendepunkt im Projekt „Mehr werden!“ gestärkt',
        'Persönlicher Kontakt zu den Selbsthilfegruppen soll 2024 intensiver werden',
      ],
      en: [
        'Concepts of the divisions and working groups revised',
        'Cooperation between Medien, JULITI and Wendepunkt within the „Mehr werden!“ project strengthened',
        'Personal contact with the self-help groups is to become more intensive in 2024',
      ],
    },
    nextSteps: {
      de: [
        'Im Jahr 2024 werden die Selbsthilfegruppen enger persönlich begleitet.',
        'Mitglieder sind eingeladen, sich in Fachbereichen und Fachgruppen zu engagieren und ihre Erfahrungen und Rückmeldungen einzubringen.',
      ],
      en: [
        'In 2024 the self-help groups will be accompanied more closely in person.',
        'Members are invited to join the divisions and working groups and to share their experience and feedback.',
      ],
    },
    tags: ['expertinnentreffen', 'selbsthilfe', 'mitgliedergewinnung', 'fachbereiche'],
    publicationDate: '2023-11-14',
  },
  {
    slug: 'bke-medien-bilanz-expertinnentreffen-2023',
    networkSlug: 'bke-medien',
    title: {
      de: 'Fachbereich Medien: Was wir vom Expert*innentreffen mitnehmen',
      en: 'Medien division: what we take away from the experts’ meeting',
    },
    summary: {
      de: 'Der Fachbereich Medien war beim BKE Expert*innentreffen in Hannover dabei. Eine kurze Bilanz aus Sicht des Fachbereichs.',
      en: 'The Medien division took part in the BKE experts’ meeting in Hanover. A short review from the division’s point of view.',
    },
    body: {
      de: [
        'Beim Expert*innentreffen vom 3. bis 5. November 2023 in Hannover saß der Fachbereich Medien mit JULITI, Wendepunkt und dem Bundesvorstand an einem Tisch. Für uns war das eine gute Gelegenheit, die eigene Arbeit mit den Augen der anderen Fachbereiche zu sehen. Gefreut hat uns, wie viele neue Gesichter neben den langjährig Aktiven dabei waren. Mit allen zusammen haben wir besprochen, wie die Fachbereiche ihre Vorhaben künftig besser aufeinander abstimmen.',
        'Unser Fachbereichskonzept haben wir dort gemeinsam mit den anderen überarbeitet. Viele Anregungen nehmen wir aus dem Bericht des Themenseminars Öffentlichkeitsarbeit mit, der auf dem Treffen vorgestellt wurde.',
        'Im Projekt „Mehr werden! Aktivieren.Werben.Fördern“ wollen wir 2024 dazu beitragen, dass die Selbsthilfegruppen vor Ort enger persönlich begleitet werden. Wer Lust hat, im Fachbereich mitzuarbeiten, ist herzlich eingeladen – ein erstes Kennenlernen ist bei unserer nächsten Online-Werkstatt möglich.',
      ],
      en: [
        'At the experts’ meeting in Hanover from 3 to 5 November 2023, the Medien division sat at one table with JULITI, Wendepunkt and the federal board. For us it was a good opportunity to see our own work through the eyes of the other divisions. We were pleased to see so many new faces alongside long-standing members. Together we discussed how the divisions can coordinate their plans better in future.',
        'We revised our division’s concept there together with the others. We take many ideas away from the report of the public-relations topic seminar that was presented at the meeting.',
        'Within the project „Mehr werden! Aktivieren.Werben.Fördern“ we want to help make personal contact with the self-help groups closer in 2024. Anyone who would like to work with the division is very welcome; our next online workshop is a good chance to get to know us.',
      ],
    },
    meetingStart: '2023-11-03',
    meetingEnd: '2023-11-05',
    place: { de: 'Hannover', en: 'Hanover' },
    tags: ['fachbereich-medien', 'öffentlichkeitsarbeit', 'expertinnentreffen'],
    publicationDate: '2023-11-28',
  },
  {
    slug: 'gifhorn-erste-fachvernetzung-2024',
    networkSlug: 'queeres-netzwerk-gifhorn',
    eventSlug: 'gifhorn-fachvernetzung-november-2024',
    title: {
      de: 'Erste Fachvernetzung: Initiativen im Landkreis Gifhorn wollen 2025 gemeinsam auftreten',
      en: 'First Fachvernetzung: initiatives in the district of Gifhorn want to act together in 2025',
    },
    summary: {
      de: 'Zur ersten Fachvernetzung am 23. November 2024 hatte das Projekt „Hass im Amt“ des Queeren Netzwerks Gifhorn e.V. eingeladen. Engagierte aus allen Teilen des Landkreises zogen Bilanz und verabredeten Kooperationen für 2025.',
      en: 'On 23 November 2024 the project „Hass im Amt“ of Queeres Netzwerk Gifhorn e.V. hosted its first Fachvernetzung. Representatives from all over the district looked back at 2024 and agreed to cooperate in 2025.',
    },
    body: {
      de: [
        'Mit der Fachvernetzung schafft das Projekt „Hass im Amt“ des Queeren Netzwerks Gifhorn e.V. einen offenen Rahmen, in dem sich Engagierte kennenlernen, austauschen und gemeinsame Veranstaltungen und Aktionen planen. Zum ersten Treffen am Samstag, 23. November 2024, kamen ab 12 Uhr Vertreter*innen von Initiativen, Vereinen und Bündnissen aus allen Teilen des Landkreises.',
        'Nach einer Runde, in der sich alle Anwesenden und ihre Gruppen vorstellten, ging es um das ablaufende Jahr. Die Initiativen berichteten von Demonstrationen, Vorträgen, Gedenkveranstaltungen und weiteren Aktionen, bewerteten gemeinsam, was gut funktioniert hat, und sprachen offen über das, was ihnen derzeit Sorgen macht.',
        'Für 2025 haben die meisten Gruppen noch keine festen Pläne, aber viele Ideen. Deutlich wurde der Wunsch, das Jahr gemeinsam zu denken und Kräfte zu bündeln. Vorträge und Veranstaltungen sollen deshalb künftig als Kooperationen stattfinden: So bekommen jüngere Bündnisse Rückenwind, und die Themen erreichen mehr Menschen im Landkreis.',
        'Auch interne Schwierigkeiten kamen zur Sprache. Die Teilnehmenden berieten einander, brachten neue Blickwinkel ein und legten so das Fundament für eine dauerhafte Zusammenarbeit.',
      ],
      en: [
        'With its Fachvernetzung meetings, the project „Hass im Amt“ of Queeres Netzwerk Gifhorn e.V. offers an open setting where committed people get to know each other, exchange ideas and plan joint events and actions. The first meeting took place on Saturday, 23 November 2024, starting at noon, with representatives of initiatives, associations and alliances from every part of the district.',
        'After a round in which everyone introduced themselves and their groups, the meeting turned to the year drawing to a close. The initiatives reported on demonstrations, talks, commemorations and other actions, assessed together what had worked well and spoke openly about their current worries.',
        'Most groups have no firm plans for 2025 yet, but plenty of ideas. There was a clear wish to think about the year together and to pool resources. Talks and events are therefore to be organised as joint events in future, which gives newer alliances a boost and helps the topics reach more people in the district.',
        'Internal difficulties were discussed as well. Participants advised each other, offered fresh perspectives and laid the foundation for lasting cooperation.',
      ],
    },
    outcomes: {
      de: [
        'Vorträge und Veranstaltungen werden künftig als Kooperationsveranstaltungen geplant',
        'Jüngere Bündnisse sollen durch die Zusammenarbeit gestärkt werden',
        'Die Bündnisse für Demokratiebildung wollen 2025 geschlossener auftreten',
        'Bei einer Fachvernetzung im Jahr 2025 soll mit allen Akteur*innen ein gemeinsames Demokratiekonzept für den Kreis entstehen',
      ],
      en: [
        'Talks and events will be planned as joint events in future',
        'Cooperation is meant to strengthen newer alliances',
        'The alliances working for democracy education want to present a more united front in 2025',
        'A Fachvernetzung in 2025 is to draft a democracy concept for the district together with all actors',
      ],
    },
    nextSteps: {
      de: [
        'Im Jahr 2025 lädt das Projekt zu einer weiteren Fachvernetzung ein, auf der gemeinsam mit allen Akteur*innen des Landkreises ein Demokratiekonzept entworfen werden soll.',
        'Die Initiativen stimmen ihre Vorhaben für 2025 untereinander ab und planen erste gemeinsame Veranstaltungen.',
      ],
      en: [
        'In 2025 the project will host another Fachvernetzung to draft a democracy concept together with all actors in the district.',
        'The initiatives will coordinate their plans for 2025 and prepare their first joint events.',
      ],
    },
    tags: ['fachvernetzung', 'demokratiebildung', 'hass-im-amt', 'landkreis-gifhorn'],
    contact: {
      role: 'Projektkoordination „Hass im Amt“',
      rolePublic: true,
      email: 'hass-im-amt@example.org',
      emailPublic: false,
    },
    publicationDate: '2024-11-27',
  },
  {
    slug: 'elbe-workshop-pevestorf-2020',
    networkSlug: 'partnernetzwerk-elbe',
    eventSlug: 'elbe-workshop-februar-2020',
    title: {
      de: 'Workshop in Pevestorf: Wie das Partnernetzwerk weiterwachsen soll',
      en: 'Workshop in Pevestorf: how the partner network wants to grow',
    },
    summary: {
      de: 'Mehr als 30 Partnerinnen und Partner aus vier Bundesländern trafen sich am 18. Februar 2020 in Pevestorf. Unter der Moderation von Dieter Bensmann entstanden Ideen für Arbeitsgruppen, gemeinsame Vermarktung und eine Online-Plattform.',
      en: 'More than 30 partners from four federal states met in Pevestorf on 18 February 2020. Moderated by Dieter Bensmann, they came up with ideas for working groups, joint marketing and an online platform.',
    },
    body: {
      de: [
        'Am 18. Februar 2020 reisten über 30 Mitglieder des Partnernetzwerks im Biosphärenreservat Flusslandschaft Elbe aus allen vier beteiligten Bundesländern nach Pevestorf, um gemeinsam an der Zukunft ihres Netzwerks zu arbeiten. Weil sich viele noch nicht kannten, begann der Tag mit einem Speeddating.',
        'Moderiert wurde der Workshop von Dieter Bensmann, der selbst zum Partnernetzwerk gehört. In einem kurzen Input erläuterte er, was gelingende Netzwerke ausmacht: gemeinsame Ziele, Vielfalt unter den Beteiligten, Austausch und gegenseitiges Vertrauen. Seine Botschaft an die Runde: Gerade die Unterschiede zwischen den Partnern können sie voranbringen, wenn sie offen miteinander reden und sich aufeinander verlassen.',
        'Danach wurde es praktisch. In einer schnellen Fragerunde im Plenum stellten Partner kurze Fragen, die andere sofort beantworteten, etwa zu gesuchten Rohstoffen, Liefermöglichkeiten oder Dienstleistungen. Anschließend arbeiteten Kleingruppen an den Merkmalen, die das Netzwerk ausmachen sollen.',
        'Zum Abschluss waren sich alle einig, dass es weitere Treffen dieser Art geben soll. Die Ideen setzen die Partnerinnen und Partner nun mit Unterstützung der Netzwerkkoordinatorinnen um.',
      ],
      en: [
        'On 18 February 2020, more than 30 partners of the Elbe River Landscape Biosphere Reserve travelled to Pevestorf from all four federal states involved to work together on the future of their network. As many of them had not met before, the day began with a round of speed dating.',
        'The workshop was moderated by Dieter Bensmann, himself a member of the partner network. In a short talk he explained what makes networks work: shared goals, diversity among the members, exchange and mutual trust. His message to the group: the very differences between the partners can move them forward, provided they talk openly and can rely on one another.',
        'Then things got practical. In a quick-fire question round in plenary, partners asked short questions that others answered on the spot, for example about raw materials they were looking for, delivery options or services. Small groups then worked on the features that should define the network.',
        'By the end of the day everyone agreed that there should be more meetings like this one. The partners are now putting the ideas into practice with the support of the network coordinators.',
      ],
    },
    participants: 31,
    outcomes: {
      de: [
        'Fachliche Arbeitsgruppen sollen gegründet werden',
        'Gemeinsame Vermarktung und gemeinsamer Einkauf sind gewünscht, etwa über regionale Zusammenschlüsse',
        'Mehr direkter Austausch zu verschiedenen Themen, am liebsten innerhalb der eigenen Branche',
        'Eine Online-Plattform soll den internen Austausch erleichtern',
      ],
      en: [
        'Specialist working groups are to be set up',
        'Joint marketing and joint purchasing are wanted, for example through regional groupings',
        'More direct exchange on various topics, preferably within each sector',
        'An online platform is to make internal exchange easier',
      ],
    },
    nextSteps: {
      de: [
        'Die Netzwerkkoordinatorinnen unterstützen die Partner dabei, die Ideen umzusetzen.',
        'Damit der Schwung erhalten bleibt, sind weitere Workshops vorgesehen, die an diese Themen anknüpfen.',
      ],
      en: [
        'The network coordinators will support the partners in putting the ideas into practice.',
        'To keep the momentum going, further workshops on these topics are planned.',
      ],
    },
    tags: ['workshop', 'netzwerkentwicklung', 'regionale-vermarktung', 'biosphärenreservat'],
    contact: {
      role: 'Netzwerkkoordinatorinnen',
      rolePublic: true,
      email: 'partnernetzwerk@example.org',
      emailPublic: true,
    },
    publicationDate: '2020-02-18',
  },
];

export const demoContent: DemoContent = { networks, events, reports };
